// What the frame of every page (src/components/Layout.astro) shows besides the page itself: the
// demonstration banner, the reference date and sources of the footer, and the feeds named in the
// <head> (the priority's, and a city's own on its page); and the publication every figure cites
// (src/components/Figure.astro).
import type { City, SiteData } from '../data.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import type { Route } from '../routes/table.ts';

export type Frame = {
  /** The site as a publication: its data's meta (demonstration, reference date, sources), publisher, licence and address. */
  pub: Publication;
  /** The city whose feed the page names besides the priority's: the city page's own. */
  feedCity: City | null;
};

export function frameOf(site: SiteData, route: Route, pub: Publication): Frame {
  return { pub, feedCity: route.name === 'city' ? (site.cityBySlug.get(route.slug) ?? null) : null };
}
