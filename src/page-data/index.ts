// The data of every HTML page, by its route's view: src/pages/[...path].astro reads the site's
// data once per route (siteData()), asks here for its page's data and hands it to the view with
// the frame's (./frame.ts). Views only render what they are given.
import type { SiteData } from '../data.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import type { Lang } from '../lib/i18n/index.ts';
import { figureOf, type FigureItem, type PageProps } from '../routes/paths.ts';
import { ROUTES, type Route, type RouteDef } from '../routes/table.ts';
import { aboutPage, methodsPage } from './about.ts';
import { actionPage } from './action.ts';
import { beneficiariesPage, beneficiaryPage } from './beneficiaries.ts';
import { cityPage, cityProjectsPage } from './city.ts';
import { dictionaryPage } from './dictionary.ts';
import { frameOf, type Frame } from './frame.ts';
import { homePage } from './home.ts';
import { listsPage, type ListKind } from './lists.ts';
import { objectivePage } from './objective.ts';
import { projectPage, projectsPage } from './projects.ts';
import { changesPage, releasePage } from './releases.ts';
import { targetGroupPage } from './target-group.ts';

/** What a page's route gives its page-data function: its language and arguments (`arg`), and its props. */
type Args = { lang: Lang; arg: (name: string) => string; props: PageProps; pub: Publication };

/** The page-data function of each view that shows data; the other views (text pages) get none. */
export const PAGE_DATA = {
  Home: (site, { lang }) => homePage(site, lang),
  Lists: (site, { lang, arg }) => listsPage(site, arg('kind') as ListKind, lang),
  Objective: (site, { lang, arg }) => objectivePage(site, arg('code'), lang),
  Action: (site, { lang, arg }) => actionPage(site, arg('code'), lang),
  City: (site, { lang, arg }) => cityPage(site, arg('slug'), lang),
  TargetGroup: (site, { lang, arg }) => targetGroupPage(site, arg('code'), lang),
  ProjectsIndex: (site, { lang }) => projectsPage(site, lang),
  CityProjects: (site, { arg }) => cityProjectsPage(site, arg('slug')),
  Project: (site, { lang, arg }) => projectPage(site, arg('id'), lang),
  Beneficiaries: (site, { lang }) => beneficiariesPage(site, lang),
  Beneficiary: (site, { lang, arg }) => beneficiaryPage(site, arg('id'), lang),
  Changes: (site) => changesPage(site),
  Release: (site, { lang, arg }) => releasePage(site, arg('date'), lang),
  About: (site, { lang, pub }) => aboutPage(site, lang, pub),
  Methods: (site) => methodsPage(site),
  Dictionary: (_site, { lang }) => dictionaryPage(lang),
  Embed: (_site, { lang, props }) => figureOf({ ...(props as unknown as FigureItem), lang }),
} as const satisfies Record<string, (site: SiteData, args: Args) => unknown>;

export type ViewName = keyof typeof PAGE_DATA;
/** The data a view gets, e.g. PageData<'City'> = CityPage. */
export type PageData<V extends ViewName> = ReturnType<(typeof PAGE_DATA)[V]>;

/**
 * The props every view gets: its language, its route (for the frame's links), the frame's data and its own (undefined
 * for text pages).
 */
export type ViewProps<D = undefined> = { lang: Lang; route: Route; frame: Frame; data: D };

/**
 * A page's view props, from the site's data, the props the route table gives the page and the site as a publication.
 */
export function viewProps(site: SiteData, props: PageProps, pub: Publication): ViewProps<unknown> {
  const { view }: RouteDef = ROUTES[props.name];
  const arg = (name: string) => {
    const v = props[name];
    if (typeof v !== 'string') throw new Error(`page data: the route "${props.name}" gives no "${name}"`);
    return v;
  };
  const make = (PAGE_DATA as Record<string, ((site: SiteData, args: Args) => unknown) | undefined>)[view ?? ''];
  const route = props as unknown as Route;
  // The page's own data first: it checks the route's arguments, which the frame's description reads too.
  const data = make?.(site, { lang: props.lang, arg, props, pub });
  return { lang: props.lang, route, frame: frameOf(site, route, pub, props.lang), data };
}
