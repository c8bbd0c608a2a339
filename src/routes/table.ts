// The route table: every page and file of the site, once, with its path in each language, the
// pages that exist (`each`) and what makes them. Astro's getStaticPaths (src/routes/paths.ts)
// and every link (routePath, and href() in src/site.ts) are both made from it, so a link cannot
// point where no page is built. The same codes and slugs serve both languages: a page and its
// twin differ only in their path (/citta/napoli/ <-> /en/cities/napoli/).
//
// What makes a route:
// - `view: 'City'`: an HTML page, rendered by src/pages/[...path].astro from src/views/City.astro
//   with the props { name, lang, ...its `each` item, ...its `props` }. '/404.html' alone is
//   rendered by src/pages/404.astro: Astro writes 404.html only from a file of that name.
// - `file: 'astro'`: a file made by the endpoint at src/pages/<its path>.ts (the path patterns use
//   Astro's own syntax), whose getStaticPaths comes from here too (filePaths).
// - `file: 'charts'`: a file written by `npm run charts` (src/figures/files.ts), not by Astro.
//
// Paths are root-relative, as the site links them (src/site.ts prefixes the base path); pages end
// with '/'. `[name]` is a parameter, `[...name]` one that may hold '/'. A route's parameters are
// its arguments (the fields of its Route besides `name`) unless `params` derives them.
//
// This module imports nothing at run time but the list of languages, so links can be made
// anywhere, the command-line scripts included; the data the pages come from reaches `each` as
// `site` (src/routes/paths.ts).
import { LANGS, type Lang } from '../lib/i18n/locales.ts';
import type { Site } from './paths.ts';

/** A path in each language, or one path that both languages link (a file made once). */
type Paths = string | Readonly<Record<Lang, string>>;
export type Params = Readonly<Record<string, string>>;

export type RouteDef = {
  path: Paths;
  /** The view that renders an HTML page: src/views/<view>.astro. */
  view?: string;
  /** Who makes a file that is not a page. */
  file?: 'astro' | 'charts';
  /**
   * Every page of the route in a language: its arguments plus whatever else its view needs (kept
   * small: Astro holds every page's props for the whole build). Without `each` the route is one page.
   */
  each?: (site: Site, lang: Lang) => readonly object[];
  /** The path's parameters, when they are not the route's arguments. */
  params?: (args: never) => Params;
  /** Fixed props for the view. */
  props?: Readonly<Record<string, string>>;
  /** false: left out of the sitemap (scripts/lib/sitemap.ts). */
  sitemap?: false;
};

/** The URL slug of a specific objective: ESO4.8 -> eso4-8. */
export function objectiveSlug(code: string): string {
  return code.toLowerCase().replace(/\./g, '-');
}

export const ROUTES = {
  home: { path: { it: '/', en: '/en/' }, view: 'Home' },
  objectives: { path: { it: '/obiettivi/', en: '/en/objectives/' }, view: 'Lists', props: { kind: 'objectives' } },
  objective: {
    path: { it: '/obiettivi/[slug]/', en: '/en/objectives/[slug]/' },
    view: 'Objective',
    each: (site) => site.data.objectives.map((o) => ({ code: o.code })),
    params: (a: { code: string }) => ({ slug: objectiveSlug(a.code) }),
  },
  actions: { path: { it: '/azioni/', en: '/en/actions/' }, view: 'Lists', props: { kind: 'actions' } },
  action: {
    path: { it: '/azioni/[code]/', en: '/en/actions/[code]/' },
    view: 'Action',
    each: (site) => site.data.actions.map((a) => ({ code: a.code })),
  },
  cities: { path: { it: '/citta/', en: '/en/cities/' }, view: 'Lists', props: { kind: 'cities' } },
  city: {
    path: { it: '/citta/[slug]/', en: '/en/cities/[slug]/' },
    view: 'City',
    each: (site) => site.data.cities.map((c) => ({ slug: c.slug })),
  },
  targetGroups: {
    path: { it: '/destinatari/', en: '/en/target-groups/' },
    view: 'Lists',
    props: { kind: 'targetGroups' },
  },
  targetGroup: {
    path: { it: '/destinatari/[code]/', en: '/en/target-groups/[code]/' },
    view: 'TargetGroup',
    each: (site) => site.data.targetGroups.map((g) => ({ code: g.code })),
  },
  projects: { path: { it: '/progetti/', en: '/en/projects/' }, view: 'ProjectsIndex' },
  cityProjects: {
    path: { it: '/progetti/citta/[slug]/', en: '/en/projects/cities/[slug]/' },
    view: 'CityProjects',
    each: (site) => site.data.cities.map((c) => ({ slug: c.slug })),
  },
  project: {
    path: { it: '/progetti/[id]/', en: '/en/projects/[id]/' },
    view: 'Project',
    each: (site) => site.data.projects.map((project) => ({ id: project.id })),
  },
  beneficiaries: { path: { it: '/beneficiari/', en: '/en/beneficiaries/' }, view: 'Beneficiaries' },
  // Legal entities only: natural persons have no page (they are never named).
  beneficiary: {
    path: { it: '/beneficiari/[id]/', en: '/en/beneficiaries/[id]/' },
    view: 'Beneficiary',
    each: (site) => site.data.beneficiaries.filter((b) => b.kind === 'legal').map((b) => ({ id: b.id })),
  },
  changes: { path: { it: '/novita/', en: '/en/changes/' }, view: 'Changes' },
  release: {
    path: { it: '/novita/[date]/', en: '/en/changes/[date]/' },
    view: 'Release',
    each: (site) => site.releases().map((date) => ({ date })),
  },
  methods: { path: { it: '/metodi/', en: '/en/methods/' }, view: 'Methods' },
  glossary: { path: { it: '/glossario/', en: '/en/glossary/' }, view: 'Glossary' },
  about: { path: { it: '/dati/', en: '/en/data/' }, view: 'About' },
  dictionary: { path: { it: '/dati/dizionario/', en: '/en/data/dictionary/' }, view: 'Dictionary' },
  accessibility: { path: { it: '/accessibilita/', en: '/en/accessibility/' }, view: 'Accessibility' },
  search: { path: { it: '/cerca/', en: '/en/search/' }, view: 'Search' },
  notFound: { path: { it: '/404.html', en: '/en/404/' }, view: 'NotFound', sitemap: false },
  // Every chart, on its own for other sites' <iframe>s (noindex).
  embed: {
    path: { it: '/embed/[id]/', en: '/en/embed/[id]/' },
    view: 'Embed',
    sitemap: false,
    each: (site, lang) => site.figures(lang),
  },
  // Files. A chart's CSV and metadata.json, beside each other.
  chartCsv: { path: { it: '/dati/grafici/[id].csv', en: '/en/data/charts/[id].csv' }, file: 'charts' },
  chartMetadata: {
    path: { it: '/dati/grafici/[id].metadata.json', en: '/en/data/charts/[id].metadata.json' },
    file: 'charts',
  },
  // A chart as a standalone SVG and as a PNG, beside its CSV (src/figures/images.ts).
  chartSvg: { path: { it: '/dati/grafici/[id].svg', en: '/en/data/charts/[id].svg' }, file: 'charts' },
  chartPng: { path: { it: '/dati/grafici/[id].png', en: '/en/data/charts/[id].png' }, file: 'charts' },
  // A page's share image (og:image, 1200 × 630): its main chart's, or the site's ('sito').
  shareImage: { path: { it: '/condivisione/[id].png', en: '/en/share/[id].png' }, file: 'charts' },
  // Every dataset in every format, datapackage.json and catalogo.jsonld: bilingual files, one set.
  download: {
    path: '/dati/[...file]',
    file: 'astro',
    each: (site) => site.downloads().map((download) => ({ file: download.path.replace(/^dati\//, ''), download })),
  },
  // Each kept release's datasets, frozen at /dati/rilasci/<date>/ (src/downloads.ts frozenFiles).
  releaseDownload: {
    path: '/dati/rilasci/[...file]',
    file: 'astro',
    each: (site) =>
      site.frozenDownloads().map((download) => ({ file: download.path.replace(/^dati\/rilasci\//, ''), download })),
  },
  // The full list of changes of a release, one CSV for both languages.
  releaseChanges: {
    path: '/novita/[date]/modifiche.csv',
    file: 'astro',
    each: (site) => site.releases().map((date) => ({ date })),
  },
  // The project explorer's data file, one for both languages (src/lib/explorer/compact.ts).
  explorerIndex: { path: '/progetti/indice.json', file: 'astro' },
  // The Atom feeds of the releases (src/feeds.ts): the priority's, and each city's.
  feed: { path: { it: '/novita/feed.xml', en: '/en/changes/feed.xml' }, file: 'astro' },
  cityFeed: {
    path: { it: '/citta/[slug]/feed.xml', en: '/en/cities/[slug]/feed.xml' },
    file: 'astro',
    each: (site) => site.data.cities.map((c) => ({ slug: c.slug })),
  },
} as const satisfies Readonly<Record<string, RouteDef>>;

export type RouteName = keyof typeof ROUTES;

/** The parameter names of a path pattern: '/citta/[slug]/' -> 'slug'. */
type ParamNames<P> = P extends `${string}[${infer N}]${infer Rest}`
  ? (N extends `...${infer M}` ? M : N) | ParamNames<Rest>
  : never;
type PatternOf<D> = D extends { path: infer P } ? (P extends string ? P : P[keyof P]) : never;
type ArgsOf<D> = D extends { params: (a: infer A) => unknown } ? A : { [K in ParamNames<PatternOf<D>>]: string };

/** A page or file of the site: its route's name and arguments, e.g. { name: 'city', slug: 'napoli' }. */
export type Route = { [N in RouteName]: { name: N } & ArgsOf<(typeof ROUTES)[N]> }[RouteName];

/**
 * A path pattern cut once: its literal text (even indices) and parameter names (odd indices), and a regular expression
 * that matches its paths.
 */
type Compiled = { parts: readonly string[]; re: RegExp };
function compile(pattern: string): Compiled {
  const cut = pattern.split(/\[((?:\.\.\.)?[^\]]+)\]/);
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A parameter holds no '/' unless it is a rest parameter ([...file]).
  const re = new RegExp(
    `^${cut.map((part, i) => (i % 2 ? (part.startsWith('...') ? '(.+)' : '([^/]+)') : escape(part))).join('')}$`,
  );
  return { parts: cut.map((part, i) => (i % 2 ? part.replace(/^\.\.\./, '') : part)), re };
}

/** A route's path pattern in a language. */
export function pathPattern(def: RouteDef, lang: Lang): string {
  return typeof def.path === 'string' ? def.path : def.path[lang];
}

const DEFS: Readonly<Record<string, RouteDef>> = ROUTES;
const COMPILED = new Map<string, Readonly<Record<Lang, Compiled>>>(
  Object.entries(DEFS).map(([name, def]) => {
    const it = compile(pathPattern(def, 'it'));
    return [name, { it, en: typeof def.path === 'string' ? it : compile(def.path.en) }];
  }),
);

/** The values of a path's parameters, from a route's arguments. */
function paramValues(def: RouteDef, args: object): Params {
  return (def.params ? (def.params as (a: object) => Params)(args) : args) as Params;
}

/**
 * Root-relative path of a route in a language, e.g. routePath('en', { name: 'city', slug: 'napoli' }) =
 * '/en/cities/napoli/'.
 */
export function routePath(lang: Lang, route: Route): string {
  const values = paramValues(DEFS[route.name]!, route);
  const { parts } = COMPILED.get(route.name)![lang];
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const value = values[parts[i]!];
    if (typeof value !== 'string' || value === '')
      throw new Error(`routePath: the route "${route.name}" needs its parameter "${parts[i]}"`);
    out += value + parts[i + 1]!;
  }
  return out;
}

/**
 * A route's path parameters and nothing else, from its arguments: what getStaticPaths gives Astro for a route file of
 * its own.
 */
export function routeParams(name: RouteName, args: object): Params {
  const values = paramValues(DEFS[name]!, args);
  const { parts } = COMPILED.get(name)!.it;
  const params: Record<string, string> = {};
  for (let i = 1; i < parts.length; i += 2) params[parts[i]!] = values[parts[i]!]!;
  return params;
}

export type RouteMatch = { name: RouteName; lang: Lang; params: Params };

/**
 * Every route whose path pattern a root-relative path matches, with the parameters read from it:
 * routePath backwards. More than one may match: '/dati/dizionario/' fits '/dati/[...file]' too.
 * A path both languages share is matched as Italian.
 */
export function matchRoutes(path: string): RouteMatch[] {
  const out: RouteMatch[] = [];
  for (const [name, byLang] of COMPILED) {
    for (const lang of LANGS) {
      const { parts, re } = byLang[lang];
      const m = re.exec(path);
      if (!m || (lang === 'en' && byLang.en === byLang.it)) continue;
      const params: Record<string, string> = {};
      for (let i = 1; i < parts.length; i += 2) params[parts[i]!] = m[(i + 1) / 2]!;
      out.push({ name: name as RouteName, lang, params });
    }
  }
  return out;
}

/**
 * Whether the page at a root-relative path belongs in the sitemap (scripts/lib/sitemap.ts): not when it is a page of a
 * route with `sitemap: false`.
 */
export function inSitemapPath(path: string): boolean {
  return !matchRoutes(path).some((m) => DEFS[m.name]!.sitemap === false);
}
