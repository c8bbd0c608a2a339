// What a page says of itself when it is shared (its <meta name="description">, Open Graph and
// Twitter card, src/components/Layout.astro) and which share image it has: the 1200 × 630 PNG of
// its main chart — the first figure the catalogue (./catalogue.ts) gives that page, whatever
// the page — with its title and the demonstration mark (./images.ts, written by ./files.ts after
// the pages); a project's page shares its city's image; a page without a chart, the site's
// image. Descriptions are written from the data, with the site's formatters, in each language.
// Pure, and runs in plain Node too (scripts/charts.ts): nothing here may use import.meta.env.
import { spendingTimeline } from '../lib/model/timeline.ts';
import type { SiteData } from '../data.ts';
import { formatEuro, formatMillionsShort, formatNumber, formatPercent, t, type Lang } from '../lib/i18n/index.ts';
import type { Funnel } from '../lib/model/funnel.ts';
import { routePath, type Route } from '../routes/table.ts';
import { allFigures } from './catalogue.ts';
import type { FigureDef } from './types.ts';

/** The share image of a page without a chart of its own: /condivisione/sito.png, /en/share/sito.png. */
export const SITE_IMAGE = 'sito';

/** Path of a share image: /condivisione/<id>.png, /en/share/<id>.png (id: a figure's, or SITE_IMAGE). */
export function shareImagePath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'shareImage', id });
}

/** Whether a figure has its SVG and PNG downloads (and so may be a page's share image). */
export function hasImages(f: Pick<FigureDef, 'images'>): boolean {
  return f.images !== false;
}

const NO_TIMELINE = spendingTimeline([], [], []);
const mains = new WeakMap<SiteData, Map<Lang, Map<string, FigureDef>>>();

/**
 * Every page's main figure in a language, by the page's path: the first figure of the page (with images) in the
 * catalogue's order.
 */
export function mainFigures(d: SiteData, lang: Lang): ReadonlyMap<string, FigureDef> {
  let byLang = mains.get(d);
  if (!byLang) mains.set(d, (byLang = new Map()));
  let m = byLang.get(lang);
  if (!m) {
    m = new Map();
    // The spending-over-time figures come after each page's own figures in the catalogue, so they are
    // never a page's first: the timeline is left empty here.
    for (const f of allFigures(d, lang, NO_TIMELINE)) {
      const path = routePath(lang, f.page);
      if (hasImages(f) && !m.has(path)) m.set(path, f);
    }
    byLang.set(lang, m);
  }
  return m;
}

/** The route whose share image a page shows: a project's page shows its city's. */
function imageRoute(d: SiteData, route: Route): Route {
  if (route.name === 'project') {
    const p = d.projectById.get(route.id);
    const c = p && d.cityByIstat.get(p.city);
    if (c) return { name: 'city', slug: c.slug };
  }
  return route;
}

export type PageImage = { id: string; path: string; alt: string };

/** The share image of a page: its main chart's, its city's (a project), or the site's. */
export function pageImage(d: SiteData, route: Route, lang: Lang): PageImage {
  const s = t(lang);
  const r = imageRoute(d, route);
  const fig = mainFigures(d, lang).get(routePath(lang, r));
  if (!fig) return { id: SITE_IMAGE, path: shareImagePath(lang, SITE_IMAGE), alt: s.pageShare.siteImageAlt };
  return {
    id: fig.id,
    path: shareImagePath(lang, fig.id),
    alt: s.pageShare.imageAlt(pageHeading(d, r, lang) ?? fig.title, fig.title),
  };
}

/**
 * The title a share image shows for a page: the page's own heading (as its view writes it), or null where it is not
 * known here.
 */
export function pageHeading(d: SiteData, route: Route, lang: Lang): string | null {
  const s = t(lang);
  switch (route.name) {
    case 'home':
      return s.site.priority;
    case 'objective':
      return `${s.nav.objective} ${route.code}`;
    case 'action':
      return `${s.nav.action} ${route.code}`;
    case 'city':
      return d.cityBySlug.get(route.slug)?.name ?? null;
    case 'targetGroup':
      return d.targetGroup.get(route.code)?.name[lang] ?? null;
    case 'objectives':
    case 'actions':
    case 'cities':
    case 'targetGroups':
      return s.nav[route.name];
    case 'projects':
      return s.nav.projects;
    case 'beneficiaries':
      return s.beneficiaries.title;
    case 'beneficiary':
      return d.beneficiarySummary.get(route.id)?.beneficiary.name ?? null;
    default:
      return null;
  }
}

/** Money in a description: short millions from a million up, exact euro below. */
function money(cents: number, lang: Lang): string {
  return Math.abs(cents) >= 100_000_000 ? formatMillionsShort(cents, lang) : formatEuro(cents, lang);
}

function share(part: number, base: number, lang: Lang): string {
  return base > 0 ? formatPercent(part / base, lang, 0) : t(lang).common.notAvailable;
}

function projects(n: number, lang: Lang): string {
  return t(lang).pageShare.projects(n, formatNumber(n, lang));
}

/** "Napoli: 78,27 M€ assegnati, 53% impegnato, …", or the same from the cost where no allocation applies. */
function funnelText(name: string, f: Funnel, lang: Lang): string {
  const s = t(lang).pageShare;
  return f.allocated !== null
    ? s.funnel(
        name,
        money(f.allocated, lang),
        share(f.committed, f.allocated, lang),
        share(f.paid, f.allocated, lang),
        projects(f.projects, lang),
      )
    : s.funnelCost(
        name,
        money(f.cost, lang),
        share(f.committed, f.cost, lang),
        share(f.paid, f.cost, lang),
        projects(f.projects, lang),
      );
}

/** An index page: how many things it compares and the largest, by allocation (or cost where none applies). */
function compareText(title: string, rows: { label: string; f: Funnel }[], lang: Lang): string {
  const s = t(lang);
  const alloc = rows.some((r) => r.f.allocated !== null);
  const base = (f: Funnel) => (alloc ? (f.allocated ?? 0) : f.cost);
  const top = [...rows].sort((a, b) => base(b.f) - base(a.f))[0];
  return top ? s.pageShare.compare(title, rows.length, top.label, money(base(top.f), lang), !alloc) : title;
}

/** A page's description: from the data where the page is about data, fitting words elsewhere. */
export function pageDescription(d: SiteData, route: Route, lang: Lang): string {
  const s = t(lang);
  const ps = s.pageShare;
  switch (route.name) {
    case 'home': {
      const f = d.total.funnel;
      const a = f.allocated ?? 0;
      return ps.home(
        money(a, lang),
        share(f.committed, a, lang),
        share(f.paid, a, lang),
        projects(f.projects, lang),
        d.cities.length,
      );
    }
    case 'objective': {
      const o = d.objective.get(route.code)!;
      // the objective's wording is a long sentence: its code names it
      return funnelText(`${s.nav.objective} ${o.code}`, d.byObjective.get(o.code)!.funnel, lang);
    }
    case 'action': {
      const a = d.action.get(route.code)!;
      return funnelText(
        `${s.nav.action} ${a.code} – ${a.title[lang].replace(/\.$/, '')}`,
        d.byAction.get(a.code)!.funnel,
        lang,
      );
    }
    case 'city': {
      const c = d.cityBySlug.get(route.slug)!;
      return funnelText(c.name, d.byCity.get(c.istat)!.funnel, lang);
    }
    case 'targetGroup': {
      const g = d.targetGroup.get(route.code)!;
      return funnelText(g.name[lang], d.byTargetGroup.get(g.code)!.funnel, lang);
    }
    case 'objectives':
      return compareText(
        s.nav.objectives,
        d.objectives.map((o) => ({ label: o.code, f: d.byObjective.get(o.code)!.funnel })),
        lang,
      );
    case 'actions':
      return compareText(
        s.nav.actions,
        d.actions.map((a) => ({ label: a.code, f: d.byAction.get(a.code)!.funnel })),
        lang,
      );
    case 'cities':
      return compareText(
        s.nav.cities,
        d.cities.map((c) => ({ label: c.name, f: d.byCity.get(c.istat)!.funnel })),
        lang,
      );
    case 'targetGroups':
      return compareText(
        s.nav.targetGroups,
        d.targetGroups.map((g) => ({ label: g.name[lang], f: d.byTargetGroup.get(g.code)!.funnel })),
        lang,
      );
    case 'projects':
      return ps.projectsIndex;
    case 'cityProjects': {
      const c = d.cityBySlug.get(route.slug)!;
      const f = d.byCity.get(c.istat)!.funnel;
      return ps.cityProjects(c.name, projects(f.projects, lang), money(f.cost, lang));
    }
    case 'project': {
      const p = d.projectById.get(route.id)!;
      const cost = p.cost;
      const part = (v: number | null) => (v === null ? s.common.notAvailable : share(v, cost, lang));
      return ps.project(
        p.code,
        d.cityByIstat.get(p.city)?.name ?? p.city,
        money(cost, lang),
        part(p.commitments),
        part(p.payments),
        p.status ? (s.project.statuses[p.status] ?? p.status) : s.common.notAvailable,
      );
    }
    case 'beneficiaries': {
      const legal = d.beneficiaryRanking.filter((r) => r.beneficiary.kind === 'legal');
      return ps.beneficiaries(formatNumber(legal.length, lang), money(d.total.funnel.cost, lang));
    }
    case 'beneficiary': {
      const r = d.beneficiarySummary.get(route.id)!;
      return ps.beneficiary(
        r.beneficiary.name ?? route.id,
        projects(r.funnel.projects, lang),
        money(r.funnel.cost, lang),
        r.byCity.size,
      );
    }
    case 'changes':
    case 'release':
      return ps.changes;
    case 'methods':
      return ps.methods;
    case 'glossary':
      return ps.glossary;
    case 'about':
      return ps.about;
    case 'dictionary':
      return ps.dictionary;
    case 'accessibility':
      return ps.accessibility;
    case 'search':
      return ps.search;
    case 'notFound':
      return ps.notFound;
    default:
      return s.site.tagline;
  }
}
