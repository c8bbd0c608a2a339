// What the frame of every page (src/components/Layout.astro) shows besides the page itself: the
// demonstration banner, the reference date and sources of the footer, and the feeds named in the
// <head> (the priority's, and a city's own on its page); the publication every figure cites
// (src/components/Figure.astro); and what the page says of itself when shared: its description
// and share image (src/figures/page-share.ts).
import type { City, SiteData } from '../data.ts';
import { pageDescription, pageImage, type PageImage } from '../figures/page-share.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import type { Lang } from '../lib/i18n/index.ts';
import type { Route } from '../routes/table.ts';
import type { SiteConfig } from '../lib/schema/site-config.ts';
import { siteConfig } from '../site-config.ts';

export type Frame = {
  /**
   * The site as a publication: its data's meta (demonstration, reference date, sources), publisher, licence and
   * address.
   */
  pub: Publication;
  /** The city whose feed the page names besides the priority's: the city page's own. */
  feedCity: City | null;
  /** The page's description from its data (a view may give its own instead) and its share image (og:image). */
  description: string;
  image: PageImage;
  /**
   * The footer's configured addresses (data/config/site.json): the error report's pattern and the AgID declaration;
   * null: not configured.
   */
  links: { reportError: string | null; accessibilityDeclaration: string | null };
};

export function frameOf(
  site: SiteData,
  route: Route,
  pub: Publication,
  lang: Lang,
  config: SiteConfig = siteConfig(),
): Frame {
  return {
    pub,
    feedCity: route.name === 'city' ? (site.cityBySlug.get(route.slug) ?? null) : null,
    description: pageDescription(site, route, lang),
    image: pageImage(site, route, lang),
    links: { reportError: config.reportError.url, accessibilityDeclaration: config.accessibilityDeclaration.url },
  };
}
