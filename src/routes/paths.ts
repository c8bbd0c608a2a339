// getStaticPaths of the route files of src/pages/, made from the route table (./table.ts): for
// each language, each route and each item its `each` lists, the path routePath gives and the
// props its view gets. Links and built pages cannot disagree: both come from routePath.
import { siteData, type Project, type SiteData } from '../data.ts';
import { downloadFiles, frozenFiles } from '../downloads.ts';
import { allFigures, projectFigure, projectFigureId } from '../figures/catalogue.ts';
import type { FigureDef } from '../figures/types.ts';
import type { ReleaseFile } from '../lib/downloads/release.ts';
import { LANGS, type Lang } from '../lib/i18n/locales.ts';
import { releases, releaseTimeline } from '../releases.ts';
import {
  pathPattern,
  routeParams,
  ROUTES,
  routePath,
  type Params,
  type Route,
  type RouteDef,
  type RouteName,
} from './table.ts';

/** What the table's `each` lists the pages from. */
export type Site = {
  data: SiteData;
  /** The reference dates of the releases that have an earlier one: each has a page of changes. */
  releases: () => string[];
  /** Every download file, and every kept release's frozen ones (src/downloads.ts). */
  downloads: () => ReleaseFile[];
  frozenDownloads: () => ReleaseFile[];
  /** Every chart of a language, for its embed page. */
  figures: (lang: Lang) => FigureItem[];
};

/**
 * A chart's embed page: the figure itself, or the project whose figure it is. A project's figure
 * is not built here but when its page is rendered (figureOf): Astro keeps every route's props for
 * the whole build, and every project's figure with its table would stay in memory until the end.
 * The charts' CSV and metadata are written after the pages (src/figures/files.ts).
 */
export type FigureItem =
  { id: string; fig: FigureDef; project?: undefined } | { id: string; project: Project; fig?: undefined };

/** The site the build renders: its data, releases, downloads and charts. */
export function builtSite(): Site {
  return {
    data: siteData(),
    releases: () =>
      releases()
        .slice(1)
        .map((r) => r.date),
    downloads: downloadFiles,
    frozenDownloads: frozenFiles,
    figures: (lang) => {
      const d = siteData();
      return [
        ...allFigures(d, lang, releaseTimeline()).map((fig) => ({ id: fig.id, fig })),
        ...d.projects.map((project) => ({ id: projectFigureId(project), project })),
      ];
    },
  };
}

/** The figure an embed page stands for. */
export function figureOf(props: FigureItem & { lang: Lang }): FigureDef {
  return props.fig ?? projectFigure(props.project, props.lang);
}

/** What every page and file gets as props: its route's name and arguments, its language, and what its view needs. */
export type PageProps = { name: RouteName; lang: Lang; [prop: string]: unknown };

/**
 * Every page or file of the routes that `keep` accepts, language by language and route by route in the table's order.
 */
function* pagesOf(
  site: Site,
  keep: (def: RouteDef, lang: Lang, name: RouteName) => boolean,
): Generator<{ path: string; props: PageProps }> {
  for (const lang of LANGS) {
    for (const [name, def] of Object.entries(ROUTES) as [RouteName, RouteDef][]) {
      // A path both languages share (a file made once) is listed once.
      if ((typeof def.path === 'string' && lang !== 'it') || !keep(def, lang, name)) continue;
      for (const item of def.each ? def.each(site, lang) : [{}]) {
        const props: PageProps = { ...def.props, ...item, name, lang };
        yield { path: routePath(lang, props as unknown as Route), props };
      }
    }
  }
}

/** An HTML page made by src/pages/[...path].astro: every page but /404.html, whose path is a file's. */
const isCatchAllPage = (def: RouteDef, lang: Lang) => def.view !== undefined && pathPattern(def, lang).endsWith('/');

/**
 * getStaticPaths of src/pages/[...path].astro: its parameter is the page's path without its first and last '/' (none
 * for the home page).
 */
export function pagePaths(site: Site = builtSite()): { params: { path: string | undefined }; props: PageProps }[] {
  return Array.from(pagesOf(site, isCatchAllPage), ({ path, props }) => ({
    params: { path: path.slice(1, -1) || undefined },
    props,
  }));
}

/** The props of /404.html, the one page whose path is a file's (src/pages/404.astro). */
export function notFoundPage(site: Site = builtSite()): PageProps {
  const [page, ...more] = pagesOf(site, (def, lang) => def.view !== undefined && !isCatchAllPage(def, lang));
  if (!page || more.length || page.path !== '/404.html')
    throw new Error('src/routes/table.ts: /404.html must be the one page whose path does not end with "/"');
  return page.props;
}

/**
 * The names of the routes whose files Astro makes, each by an endpoint of its own at src/pages/<its path>.ts (one per
 * language when the path differs).
 */
export type FileRouteName = { [N in RouteName]: (typeof ROUTES)[N] extends { file: 'astro' } ? N : never }[RouteName];

/**
 * getStaticPaths of a file route's endpoint in a language: its path's parameters. An endpoint keeps
 * a file of its own: Astro serves a path without a trailing slash only from a route file whose
 * name ends with an extension (modifiche.csv.ts, feed.xml.ts).
 */
export function filePaths(
  route: FileRouteName,
  lang: Lang = 'it',
  site: Site = builtSite(),
): { params: Params; props: PageProps }[] {
  return Array.from(
    pagesOf(site, (_def, l, name) => name === route && l === lang),
    ({ props }) => ({ params: routeParams(route, props), props }),
  );
}
