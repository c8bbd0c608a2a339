// The catalogue of the site's figures: for each page, which charts it shows, built from the
// site's data (src/data.ts), the chart specs of src/lib/charts and the words of src/lib/i18n. The
// same definitions give the chart, its text summary, its table and its CSV download, so the four
// can never disagree. Pure: the data comes in as an argument; drawing and keeping the charts is
// ./chart-pool.ts's job, writing their files ./files.ts's.
import type { Project, SiteData } from '../data.ts';
import {
  formatDate,
  formatEuro,
  formatMillionsShort,
  formatMonthShort,
  formatNumber,
  formatPercent,
  formatThousandsShort,
  t,
  type Lang,
} from '../lib/i18n/index.ts';
import { routePath, type Route } from '../routes/table.ts';
import { emptyState, toQuery, type Facet } from '../lib/explorer/state.ts';
import { CENTS_PER_MILLION, centsToDecimal } from '../lib/model/money.ts';
import { emptyFunnel, funnelSteps, type Funnel } from '../lib/model/funnel.ts';
import { rank } from '../lib/model/ranking.ts';
import { amountTicks, barsSpec, funnelBars, type BarDatum } from '../lib/charts/bars.ts';
import { bulletSpec, type BulletDatum } from '../lib/charts/bullet.ts';
import { mapSpec } from '../lib/charts/map.ts';
import { matrixSpec, type MatrixDatum } from '../lib/charts/matrix.ts';
import { topShare } from '../lib/model/beneficiaries.ts';
import { linesSpec, type LineDatum } from '../lib/charts/lines.ts';
import type { Timeline, TimelinePoint } from '../lib/model/timeline.ts';
import { progressSpec, type ProgressDatum } from '../lib/charts/progress.ts';
import type { GroupIndicators } from '../lib/model/indicators.ts';
import { italyOutline } from '../lib/geo/italy.ts';
import { CITY_POINTS } from '../lib/geo/cities.ts';
import type { LegendItem } from '../lib/charts/render.ts';
import type { Cell, FigureDef } from './types.ts';

const M = CENTS_PER_MILLION;

function money(cents: number, lang: Lang): Cell {
  return { text: formatEuro(cents, lang), raw: centsToDecimal(cents) };
}
function moneyOrNa(cents: number | null, lang: Lang): Cell {
  return cents === null ? { text: t(lang).common.notAvailable, raw: '' } : money(cents, lang);
}
function pct(share: number | null, lang: Lang): Cell {
  return share === null
    ? { text: t(lang).common.notAvailable, raw: '' }
    : { text: formatPercent(share, lang), raw: (share * 100).toFixed(2) };
}
function text(s: string): Cell {
  return { text: s, raw: s };
}
/** "Napoli has the largest …, Cagliari the smallest …" of a ranking, or '' without one. */
function largestSmallest(r: ReturnType<typeof rank>, lang: Lang): string {
  const s = t(lang);
  const share = (x: { share: number | null }) =>
    x.share === null ? s.common.notAvailable : formatPercent(x.share, lang);
  return r.largest && r.smallest
    ? s.figures.sumLargestSmallest(
        r.largest.label,
        formatMillionsShort(r.largest.value, lang),
        share(r.largest),
        r.smallest.label,
        formatMillionsShort(r.smallest.value, lang),
        share(r.smallest),
      )
    : '';
}

/** What names a figure and places it: id, language, page and title. */
type FigureHead = Pick<FigureDef, 'id' | 'lang' | 'page' | 'title'>;

/** The heads of one page's figures: id `<prefix>-<part>`, title "<what> – <whose>". */
function headsOf(lang: Lang, page: Route, prefix: string, whose: string) {
  return (part: string, what: string): FigureHead => ({
    id: `${prefix}-${part}`,
    lang,
    page,
    title: `${what} – ${whose}`,
  });
}
/** "44,0% della dotazione" / "44.0% of the cost", or "non disponibile" without a base. */
function shareOf(part: number, base: number, ofAllocation: boolean, lang: Lang): string {
  const s = t(lang);
  return base > 0
    ? `${formatPercent(part / base, lang)} ${ofAllocation ? s.funnel.ofAllocated : s.funnel.ofCost}`
    : s.common.notAvailable;
}

/**
 * The explorer (/progetti/, /en/projects/) filtered by some facets, in its URL state format
 * (src/lib/explorer/state.ts).
 */
export function explorerLink(lang: Lang, facets: Partial<Record<Facet, string[]>>): string {
  const st = emptyState();
  return `${routePath(lang, { name: 'projects' })}${toQuery({ ...st, facets: { ...st.facets, ...facets } })}`;
}

/**
 * `href`: the page of the thing a row stands for, or the explorer on the combination it stands for,
 * as a root-relative path (the renderer and Figure.astro put the base path before it).
 */
type Row = { key: string; label: string; longLabel: string; f: Funnel; highlight?: boolean; href?: string };

/** Allocated/committed/paid for a list of rows (cities, actions, objectives); `rowDesc` says what a row is. */
function bulletFigure(head: FigureHead, rows: Row[], useAllocation: boolean, rowDesc: string): FigureDef {
  const { lang, title } = head;
  const s = t(lang);
  const baseOf = (f: Funnel) => (useAllocation ? (f.allocated ?? 0) : f.cost);
  const baseName = useAllocation ? s.funnel.allocated : s.funnel.cost;
  const r = rank(rows.map((x) => ({ key: x.key, label: x.label, value: baseOf(x.f) })));
  const totals = rows.reduce((a, x) => ({ base: a.base + baseOf(x.f), c: a.c + x.f.committed, p: a.p + x.f.paid }), {
    base: 0,
    c: 0,
    p: 0,
  });
  const summary = [
    largestSmallest(r, lang),
    (useAllocation ? s.figures.sumFunnel : s.figures.sumFunnelNoAlloc)(
      formatMillionsShort(totals.base, lang),
      formatMillionsShort(totals.c, lang),
      shareOf(totals.c, totals.base, useAllocation, lang),
      formatMillionsShort(totals.p, lang),
      shareOf(totals.p, totals.base, useAllocation, lang),
    ),
  ]
    .filter(Boolean)
    .join(' ');
  const legend: LegendItem[] = [
    { label: baseName, swatch: 'allocated' },
    { label: s.funnel.committed, swatch: 'committed' },
    { label: s.funnel.paid, swatch: 'paid' },
  ];
  return {
    ...head,
    summary,
    table: {
      head: [
        s.columns.name,
        baseName,
        s.funnel.committed,
        s.funnel.paid,
        `${s.funnel.paid} / ${baseName.toLowerCase()}`,
      ],
      numeric: [false, true, true, true, true],
      units: [null, 'euro', 'euro', 'euro', '%'],
      descriptions: [
        rowDesc,
        s.figureColumns.money(useAllocation ? s.funnel.allocatedDef : s.funnel.costDef),
        s.figureColumns.money(s.funnel.committedDef),
        s.figureColumns.money(s.funnel.paidDef),
        s.figureColumns.paidShare(baseName.toLowerCase()),
      ],
      rows: rows.map((x) => [
        { ...text(x.longLabel), ...(x.href ? { href: x.href } : {}) },
        useAllocation ? moneyOrNa(x.f.allocated, lang) : money(x.f.cost, lang),
        money(x.f.committed, lang),
        money(x.f.paid, lang),
        pct(baseOf(x.f) ? x.f.paid / baseOf(x.f) : null, lang),
      ]),
    },
    spec: () =>
      bulletSpec(
        rows.map((x): BulletDatum => {
          const b = baseOf(x.f);
          return {
            key: x.key,
            label: x.label,
            base: b / M,
            committed: x.f.committed / M,
            paid: x.f.paid / M,
            highlight: x.highlight,
            href: x.href,
            title: `${x.longLabel}: ${baseName.toLowerCase()} ${useAllocation && x.f.allocated === null ? s.common.notAvailable : formatMillionsShort(b, lang)}, ${s.funnel.committed.toLowerCase()} ${formatMillionsShort(x.f.committed, lang)}, ${s.funnel.paid.toLowerCase()} ${formatMillionsShort(x.f.paid, lang)}`,
            valueLabel: `${formatMillionsShort(b, lang)} · ${b ? formatPercent(x.f.paid / b, lang, 0) : '–'} ${s.figures.paidShort}`,
          };
        }),
        { title, description: summary, xLabel: s.figures.millionsEuro, tickFormat: amountTicks(lang), legend },
      ),
  };
}

/** The allocated -> committed -> paid funnel of one page. */
export function funnelFigure(head: FigureHead, f: Funnel): FigureDef {
  const { lang, title } = head;
  const s = t(lang);
  const steps = funnelSteps(f, f.allocated !== null);
  const base = f.allocated ?? f.cost;
  const share = (c: number) => shareOf(c, base, f.allocated !== null, lang);
  const summary = (f.allocated !== null ? s.figures.sumFunnel : s.figures.sumFunnelNoAlloc)(
    formatMillionsShort(base, lang),
    formatMillionsShort(f.committed, lang),
    share(f.committed),
    formatMillionsShort(f.paid, lang),
    share(f.paid),
  );
  const ofBase = f.allocated !== null ? s.funnel.ofAllocated : s.funnel.ofCost;
  return {
    ...head,
    summary,
    note:
      f.missingCommitments || f.missingPayments
        ? s.funnel.missingFigures(f.missingCommitments, f.missingPayments)
        : undefined,
    table: {
      head: [s.columns.name, s.columns.amount, `${s.columns.share} ${ofBase}`],
      numeric: [false, true, true],
      units: [null, 'euro', '%'],
      descriptions: [s.figureColumns.step, s.figureColumns.amount, s.figureColumns.stepShare(ofBase)],
      rows: steps.map((st) => [text(s.funnel[st.key]), money(st.cents, lang), pct(st.shareOfBase, lang)]),
    },
    spec: () =>
      barsSpec(funnelBars(steps, s.funnel, lang), {
        title,
        description: summary,
        xLabel: s.figures.millionsEuro,
        tickFormat: amountTicks(lang),
      }),
  };
}

/** An indicator's value as the site writes it: whole numbers as such, decimals with two places. */
export function formatQuantity(v: number, lang: Lang): string {
  return formatNumber(v, lang, Number.isInteger(v) ? 0 : 2);
}
function quantity(v: number, lang: Lang): Cell {
  return { text: formatQuantity(v, lang), raw: String(v) };
}
function count(n: number, lang: Lang): Cell {
  return { text: formatNumber(n, lang), raw: String(n) };
}

/** A chart label no wider than the chart: the text cut at a word, with an ellipsis. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const head = s.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${(space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:(–-]+$/, '')}…`;
}

/**
 * Achieved against planned for every indicator of a group of projects (GroupIndicators), one row
 * per code and unit; null when none of them reports an indicator (the page says so in words).
 */
export function indicatorFigure(head: FigureHead, g: GroupIndicators): FigureDef | null {
  if (g.totals.length === 0) return null;
  const { lang, title } = head;
  const s = t(lang);
  const si = s.indicators;
  const split = new Set(g.splitCodes);
  const key = (x: GroupIndicators['totals'][number]) => `${x.code}-${x.unit}`;
  const name = (x: GroupIndicators['totals'][number]) => `${x.code}${split.has(x.code) ? ` (${x.unit})` : ''}`;
  const ranked = g.totals
    .filter((x) => x.share !== null)
    .sort((a, b) => b.share! - a.share! || (key(a) < key(b) ? -1 : 1));
  const at = (x: GroupIndicators['totals'][number] | undefined) =>
    x ? si.at(name(x), formatPercent(x.share!, lang)) : s.common.notAvailable;
  const summary = [
    si.summary(g.totals.length, at(ranked[0]), at(ranked.at(-1))),
    g.notReported > 0 ? si.summaryNotReported(formatNumber(g.notReported, lang)) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const legend: LegendItem[] = [
    { label: si.planned, swatch: 'allocated' },
    { label: si.achieved, swatch: 'committed' },
  ];
  const fc = s.figureColumns;
  return {
    ...head,
    summary,
    note: si.chartNote,
    table: {
      head: [si.cols[1]!, si.cols[2]!, si.cols[3]!, si.cols[4]!, si.cols[5]!, si.cols[6]!, si.cols[7]!],
      numeric: [false, false, true, true, true, true, true],
      units: [null, null, null, null, '%', null, null],
      descriptions: [
        fc.indicator,
        fc.unit,
        fc.planned,
        fc.achieved,
        fc.achievedShare,
        fc.indicatorProjects,
        fc.notReported,
      ],
      rows: g.totals.map((x) => [
        text(x.description ? `${x.code} – ${x.description}` : x.code),
        text(x.unit),
        quantity(x.planned, lang),
        quantity(x.achieved, lang),
        pct(x.share, lang),
        count(x.projects, lang),
        count(x.notReported, lang),
      ]),
    },
    spec: () =>
      progressSpec(
        g.totals.map((x): ProgressDatum => ({
          key: key(x),
          label: cut(x.description ? `${name(x)} · ${x.description}` : name(x), 50),
          achieved: x.share === null ? null : x.share * 100,
          valueLabel:
            x.share === null
              ? s.common.notAvailable
              : `${formatPercent(x.share, lang, 0)} · ${formatQuantity(x.achieved, lang)} / ${formatQuantity(x.planned, lang)}`,
        })),
        { title, description: summary, xLabel: si.xLabel, tickFormat: (v) => formatNumber(v, lang), legend },
      ),
  };
}

/**
 * One row per city; `href` links each (to its page, or to the explorer on the city and what the page is about) but the
 * highlighted one, the page's own city.
 */
function cityRows(
  d: SiteData,
  funnelOf: (istat: string) => Funnel | undefined,
  href: (slug: string) => string,
  highlight?: string,
): Row[] {
  return d.cities.map((c) => ({
    key: c.slug,
    label: c.name,
    longLabel: c.name,
    f: funnelOf(c.istat) ?? emptyFunnel(0),
    highlight: c.slug === highlight,
    href: c.slug === highlight ? undefined : href(c.slug),
  }));
}
const cityPage = (lang: Lang) => (slug: string) => routePath(lang, { name: 'city', slug });

/** One row per specific objective, each linked to its page. */
function objectiveRows(d: SiteData, lang: Lang): Row[] {
  return d.objectives.map((o) => ({
    key: o.code,
    label: o.code,
    longLabel: `${o.code} – ${o.title[lang]}`,
    f: d.byObjective.get(o.code)!.funnel,
    href: routePath(lang, { name: 'objective', code: o.code }),
  }));
}

/** One row per action, each linked to its page. */
function actionRows(d: SiteData, lang: Lang): Row[] {
  return d.actions.map((a) => ({
    key: a.code,
    label: a.code,
    longLabel: `${a.code} – ${a.title[lang]}`,
    f: d.byAction.get(a.code)!.funnel,
    href: routePath(lang, { name: 'action', code: a.code }),
  }));
}

/** Largest allocation first (ties by key): the order of a comparison. */
const byAllocation = (a: Row, b: Row) => (b.f.allocated ?? 0) - (a.f.allocated ?? 0) || (a.key < b.key ? -1 : 1);

/** A label drawn above a bar, cut to `max` characters (the mark's title and the table have it whole). */
function clip(label: string, max = 46): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

export function homeFigures(d: SiteData, lang: Lang) {
  const s = t(lang);
  const cityAlloc = d.cities.map((c) => ({ c, f: d.byCity.get(c.istat)!.funnel }));
  const r = rank(cityAlloc.map(({ c, f }) => ({ key: c.slug, label: c.name, value: f.allocated ?? 0 })));
  const mapSummary = largestSmallest(r, lang);
  const home: Route = { name: 'home' };
  const map: FigureDef = {
    id: 'cities-map',
    lang,
    page: home,
    title: s.home.mapTitle,
    summary: mapSummary,
    table: {
      head: [
        s.columns.city,
        s.city.regionLabel,
        s.funnel.allocated,
        s.columns.share,
        s.funnel.committed,
        s.funnel.paid,
        s.columns.projects,
      ],
      numeric: [false, false, true, true, true, true, true],
      units: [null, null, 'euro', '%', 'euro', 'euro', null],
      descriptions: [
        s.figureColumns.city,
        s.figureColumns.region,
        s.figureColumns.money(s.funnel.allocatedDef),
        s.figureColumns.cityShare,
        s.figureColumns.money(s.funnel.committedDef),
        s.figureColumns.money(s.funnel.paidDef),
        s.figureColumns.projects,
      ],
      rows: r.sorted.map((it) => {
        const { c, f } = cityAlloc.find((x) => x.c.slug === it.key)!;
        return [
          { ...text(c.name), href: routePath(lang, { name: 'city', slug: c.slug }) },
          text(c.region),
          moneyOrNa(f.allocated, lang),
          pct(r.total && f.allocated !== null ? f.allocated / r.total : null, lang),
          money(f.committed, lang),
          money(f.paid, lang),
          count(f.projects, lang),
        ];
      }),
    },
    spec: () =>
      mapSpec(
        italyOutline(),
        cityAlloc.map(({ c, f }) => ({
          key: c.slug,
          label: c.name,
          value: (f.allocated ?? 0) / M,
          ...CITY_POINTS[c.istat],
          href: routePath(lang, { name: 'city', slug: c.slug }),
          title: `${c.name}: ${s.funnel.allocated.toLowerCase()} ${f.allocated === null ? s.common.notAvailable : formatMillionsShort(f.allocated, lang)}`,
        })),
        { title: s.home.mapTitle, description: mapSummary },
      ),
  };
  const head = (id: string, title: string): FigureHead => ({ id, lang, page: home, title });
  return {
    map,
    funnel: funnelFigure(head('total-funnel', s.funnel.title), d.total.funnel),
    byObjective: bulletFigure(
      head('by-objective', s.home.byObjectiveTitle),
      objectiveRows(d, lang),
      true,
      s.figureColumns.objective,
    ),
    byAction: bulletFigure(head('by-action', s.home.byActionTitle), actionRows(d, lang), true, s.figureColumns.action),
    matrix: cityActionFigure(d, lang),
  };
}

export function objectiveFigures(d: SiteData, code: string, lang: Lang) {
  const s = t(lang);
  const head = headsOf(lang, { name: 'objective', code }, `objective-${code.toLowerCase().replace(/\./g, '-')}`, code);
  const { funnel, indicators } = d.byObjective.get(code)!;
  return {
    funnel: funnelFigure(head('funnel', s.funnel.title), funnel),
    byCity: bulletFigure(
      head('by-city', s.home.byCityTitle),
      cityRows(
        d,
        (istat) => d.cityObjective.get(`${istat}|${code}`),
        (slug) => explorerLink(lang, { citta: [slug], ob: [code] }),
      ),
      true,
      s.figureColumns.city,
    ),
    indicators: indicatorFigure(head('indicators', s.indicators.chartTitle), indicators),
  };
}

export function actionFigures(d: SiteData, code: string, lang: Lang) {
  const s = t(lang);
  const head = headsOf(lang, { name: 'action', code }, `action-${code}`, `${s.nav.action.toLowerCase()} ${code}`);
  const { funnel, indicators } = d.byAction.get(code)!;
  return {
    funnel: funnelFigure(head('funnel', s.funnel.title), funnel),
    byCity: bulletFigure(
      head('by-city', s.home.byCityTitle),
      cityRows(
        d,
        (istat) => d.cityAction.get(`${istat}|${code}`),
        (slug) => explorerLink(lang, { citta: [slug], az: [code] }),
      ),
      true,
      s.figureColumns.city,
    ),
    indicators: indicatorFigure(head('indicators', s.indicators.chartTitle), indicators),
  };
}

export function cityFigures(d: SiteData, slug: string, lang: Lang) {
  const s = t(lang);
  const c = d.cityBySlug.get(slug)!;
  const head = headsOf(lang, { name: 'city', slug }, `city-${slug}`, c.name);
  const { funnel, indicators } = d.byCity.get(c.istat)!;
  const compareRows = cityRows(d, (istat) => d.byCity.get(istat)!.funnel, cityPage(lang), slug).sort(byAllocation);
  return {
    funnel: funnelFigure(head('funnel', s.funnel.title), funnel),
    byAction: bulletFigure(
      head('by-action', s.city.allocationByAction),
      d.actions.map((a) => ({
        key: a.code,
        label: a.code,
        longLabel: `${a.code} – ${a.title[lang]}`,
        f: d.cityAction.get(`${c.istat}|${a.code}`) ?? emptyFunnel(0),
        href: explorerLink(lang, { citta: [slug], az: [a.code] }),
      })),
      true,
      s.figureColumns.action,
    ),
    compare: bulletFigure(head('compare', s.city.compareTitle), compareRows, true, s.figureColumns.city),
    indicators: indicatorFigure(head('indicators', s.indicators.chartTitle), indicators),
  };
}

export function targetGroupFigures(d: SiteData, code: string, lang: Lang) {
  const s = t(lang);
  const head = headsOf(
    lang,
    { name: 'targetGroup', code },
    `target-group-${code}`,
    d.targetGroup.get(code)!.name[lang],
  );
  return {
    funnel: funnelFigure(head('funnel', s.funnel.titleCost), d.byTargetGroup.get(code)!.funnel),
    byCity: bulletFigure(
      head('by-city', s.targetGroup.moneyTitle),
      cityRows(
        d,
        (istat) => d.cityTargetGroup.get(`${istat}|${code}`),
        (slug) => explorerLink(lang, { citta: [slug], dest: [code] }),
      ),
      false,
      s.figureColumns.city,
    ),
  };
}

/**
 * The home page's matrix: each city's allocation for each action, each cell opening the explorer on that city and
 * action.
 */
export function cityActionFigure(d: SiteData, lang: Lang): FigureDef {
  const s = t(lang);
  const rows = cityRows(d, (istat) => d.byCity.get(istat)!.funnel, cityPage(lang)).sort(byAllocation);
  const cell = (slug: string, code: string) =>
    d.cityAction.get(`${d.cityBySlug.get(slug)!.istat}|${code}`)?.allocated ?? null;
  const cells = rows.flatMap((r) =>
    d.actions.map((a) => ({
      r,
      a,
      cents: cell(r.key, a.code),
      href: explorerLink(lang, { citta: [r.key], az: [a.code] }),
    })),
  );
  const top = cells.reduce<(typeof cells)[number] | null>((m, c) => ((c.cents ?? 0) > (m?.cents ?? 0) ? c : m), null);
  const zero = cells.filter((c) => !c.cents).length;
  const summary = top
    ? s.home.matrixSummary(top.r.label, top.a.code, formatMillionsShort(top.cents!, lang), zero)
    : s.common.notAvailable;
  const n = (v: number) => formatNumber(v, lang);
  return {
    id: 'city-action-matrix',
    lang,
    page: { name: 'home' },
    title: s.home.matrixTitle,
    summary,
    table: {
      head: [s.columns.city, ...d.actions.map((a) => `${s.nav.action} ${a.code}`)],
      numeric: [false, ...d.actions.map(() => true)],
      units: [null, ...d.actions.map(() => 'euro')],
      descriptions: [s.figureColumns.city, ...d.actions.map((a) => s.figureColumns.cityAction(a.code))],
      rows: rows.map((r) => [
        text(r.label),
        ...cells.filter((c) => c.r === r).map((c) => ({ ...moneyOrNa(c.cents, lang), href: c.href })),
      ]),
    },
    spec: () =>
      matrixSpec(
        cells.map((c): MatrixDatum => ({
          row: c.r.key,
          col: c.a.code,
          value: (c.cents ?? 0) / M,
          valueLabel: c.cents === null ? '–' : formatNumber(c.cents / M, lang, 1),
          href: c.href,
          title: `${c.r.label} · ${s.nav.action.toLowerCase()} ${c.a.code}: ${c.cents === null ? s.common.notAvailable : formatMillionsShort(c.cents, lang)}`,
        })),
        {
          title: s.home.matrixTitle,
          description: summary,
          rows: rows.map((r) => ({ key: r.key, label: r.label })),
          cols: d.actions.map((a) => ({ key: a.code, label: a.code })),
          classLabel: (lo, hi) =>
            lo === null && hi === null
              ? '0'
              : lo === null
                ? `< ${n(hi!)}`
                : hi === null
                  ? `≥ ${n(lo)}`
                  : `${n(lo)}–${n(hi)}`,
        },
      ),
  };
}

/** How many beneficiaries the comparison on /beneficiari/ shows. */
export const BENEFICIARIES_CHARTED = 15;

/** The comparison chart that opens each index page: cities, actions, objectives, target groups, beneficiaries. */
export function indexFigures(d: SiteData, lang: Lang) {
  const s = t(lang);
  const head = (id: string, page: Route, title: string): FigureHead => ({ id, lang, page, title });
  return {
    cities: bulletFigure(
      head('cities-compare', { name: 'cities' }, s.lists.compareCities),
      cityRows(d, (istat) => d.byCity.get(istat)!.funnel, cityPage(lang)).sort(byAllocation),
      true,
      s.figureColumns.city,
    ),
    actions: bulletFigure(
      head('actions-compare', { name: 'actions' }, s.lists.compareActions),
      actionRows(d, lang).sort(byAllocation),
      true,
      s.figureColumns.action,
    ),
    objectives: bulletFigure(
      head('objectives-compare', { name: 'objectives' }, s.lists.compareObjectives),
      objectiveRows(d, lang).sort(byAllocation),
      true,
      s.figureColumns.objective,
    ),
    targetGroups: targetGroupsFigure(d, lang),
    beneficiaries: beneficiariesFigure(d, lang),
  };
}

/** Projects and cost that name each target group, largest cost first; a project naming two groups counts in both. */
function targetGroupsFigure(d: SiteData, lang: Lang): FigureDef {
  const s = t(lang);
  const rows = d.targetGroups
    .map((g) => ({
      g,
      name: g.name[lang],
      f: d.byTargetGroup.get(g.code)!.funnel,
      href: routePath(lang, { name: 'targetGroup', code: g.code }),
    }))
    .sort((a, b) => b.f.cost - a.f.cost || (a.g.code < b.g.code ? -1 : 1));
  const top = rows[0];
  const projects = (k: number) => s.lists.projects(k, formatNumber(k, lang));
  const summary =
    top && top.f.cost > 0
      ? `${s.lists.groupsSummary(top.name, formatMillionsShort(top.f.cost, lang), top.f.projects, formatNumber(top.f.projects, lang))} ${s.lists.groupsNote}`
      : s.lists.groupsNote;
  return {
    id: 'target-groups-compare',
    lang,
    page: { name: 'targetGroups' },
    title: s.lists.compareGroups,
    summary,
    table: {
      head: [s.columns.name, s.columns.projects, s.funnel.cost, s.funnel.committed, s.funnel.paid],
      numeric: [false, true, true, true, true],
      units: [null, null, 'euro', 'euro', 'euro'],
      descriptions: [
        s.figureColumns.targetGroup,
        s.figureColumns.projectsNaming,
        s.figureColumns.costNaming,
        s.figureColumns.money(s.funnel.committedDef),
        s.figureColumns.money(s.funnel.paidDef),
      ],
      rows: rows.map((r) => [
        { ...text(r.name), href: r.href },
        count(r.f.projects, lang),
        money(r.f.cost, lang),
        money(r.f.committed, lang),
        money(r.f.paid, lang),
      ]),
    },
    spec: () =>
      barsSpec(
        rows.map((r): BarDatum => ({
          key: r.g.code,
          label: clip(r.name),
          value: r.f.cost / M,
          style: 'cost',
          href: r.href,
          valueLabel: `${formatMillionsShort(r.f.cost, lang)} · ${projects(r.f.projects)}`,
          title: `${r.name}: ${projects(r.f.projects)}, ${s.funnel.cost.toLowerCase()} ${formatMillionsShort(r.f.cost, lang)}`,
        })),
        {
          title: s.lists.compareGroups,
          description: summary,
          xLabel: s.figures.millionsEuro,
          tickFormat: amountTicks(lang),
        },
      ),
  };
}

/**
 * The beneficiaries with the highest cost of projects, natural persons together in one unnamed row (no page, no link).
 */
function beneficiariesFigure(d: SiteData, lang: Lang): FigureDef {
  const s = t(lang);
  const shown = d.beneficiaryRanking.slice(0, BENEFICIARIES_CHARTED).map((r) => {
    const legal = r.beneficiary.kind === 'legal';
    return {
      r,
      name: legal ? (r.beneficiary.name ?? r.beneficiary.id) : s.lists.naturalPersons,
      href: legal ? routePath(lang, { name: 'beneficiary', id: r.beneficiary.id }) : undefined,
    };
  });
  const title = s.lists.topBeneficiaries(shown.length);
  const first = shown[0];
  const legalCount = d.beneficiaryRanking.filter((r) => r.beneficiary.kind === 'legal').length;
  const natural = d.beneficiaryRanking.find((r) => r.beneficiary.kind === 'natural');
  const share = legalCount > 10 ? topShare(d.beneficiaryRanking, d.projects, 10) : null;
  const summary = [
    first ? s.lists.beneficiariesSummary(first.name, formatMillionsShort(first.r.funnel.cost, lang)) : '',
    share !== null ? s.beneficiaries.topShare(10, formatPercent(share, lang)) : '',
    natural && !shown.some((x) => x.r === natural)
      ? s.lists.naturalNotShown(formatMillionsShort(natural.funnel.cost, lang))
      : s.lists.beneficiariesNote,
  ]
    .filter(Boolean)
    .join(' ');
  const projects = (k: number) => s.lists.projects(k, formatNumber(k, lang));
  return {
    id: 'beneficiaries-compare',
    lang,
    page: { name: 'beneficiaries' },
    title,
    summary,
    table: {
      head: [s.beneficiaries.colName, s.columns.projects, s.funnel.cost, s.funnel.paid],
      numeric: [false, true, true, true],
      units: [null, null, 'euro', 'euro'],
      descriptions: [
        s.figureColumns.beneficiary,
        s.figureColumns.projects,
        s.figureColumns.money(s.funnel.costDef),
        s.figureColumns.money(s.funnel.paidDef),
      ],
      rows: shown.map((x) => [
        { ...text(x.name), ...(x.href ? { href: x.href } : {}) },
        count(x.r.funnel.projects, lang),
        money(x.r.funnel.cost, lang),
        money(x.r.funnel.paid, lang),
      ]),
    },
    spec: () =>
      barsSpec(
        shown.map((x): BarDatum => ({
          key: x.r.beneficiary.id,
          label: clip(x.name),
          value: x.r.funnel.cost / M,
          style: 'cost',
          href: x.href,
          valueLabel: formatMillionsShort(x.r.funnel.cost, lang),
          title: `${x.name}: ${projects(x.r.funnel.projects)}, ${s.funnel.cost.toLowerCase()} ${formatMillionsShort(x.r.funnel.cost, lang)}`,
        })),
        { title, description: summary, xLabel: s.figures.millionsEuro, tickFormat: amountTicks(lang) },
      ),
  };
}

/**
 * A legal entity's money (cost, committed, paid) by city and by action, largest cost first. Titles stay short (name –
 * by city): an embed page makes room for about two lines of title.
 */
export function beneficiaryFigures(d: SiteData, id: string, lang: Lang) {
  return beneficiaryFiguresOf(beneficiaryFigureInput(d, id), lang);
}

/**
 * What a legal entity's two charts are drawn from, in plain data (the chart worker gets it: ./chart-pool.ts): its
 * money by city and by action, largest cost first, with the names to show.
 */
export type BeneficiaryFigureInput = {
  id: string;
  name: string;
  cities: { key: string; name: string; f: Funnel }[];
  actions: { code: string | null; title: { it: string; en: string } | null; f: Funnel }[];
};

export function beneficiaryFigureInput(d: SiteData, id: string): BeneficiaryFigureInput {
  const r = d.beneficiarySummary.get(id)!;
  const sorted = <K>(m: Map<K, Funnel>) =>
    [...m].sort((x, y) => y[1].cost - x[1].cost || (String(x[0]) < String(y[0]) ? -1 : 1));
  return {
    id,
    name: r.beneficiary.name ?? id,
    cities: sorted(r.byCity).map(([istat, f]) => {
      const c = d.cityByIstat.get(istat)!;
      return { key: c.slug, name: c.name, f };
    }),
    actions: sorted(r.byAction).map(([code, f]) => ({
      code,
      title: code === null ? null : (d.action.get(code)?.title ?? null),
      f,
    })),
  };
}

/** A legal entity's money by city and by action (beneficiaryFigures), from its plain data. */
export function beneficiaryFiguresOf({ id, name, ...b }: BeneficiaryFigureInput, lang: Lang) {
  const s = t(lang);
  const page: Route = { name: 'beneficiary', id };
  const cities: Row[] = b.cities.map((c) => ({ key: c.key, label: c.name, longLabel: c.name, f: c.f }));
  const actions: Row[] = b.actions.map(({ code, title, f }) =>
    code === null
      ? { key: 'nc', label: s.common.notClassified, longLabel: s.common.notClassified, f }
      : { key: code, label: code, longLabel: `${code} – ${title?.[lang] ?? ''}`, f },
  );
  // Like a project's chart, one per entity: no SVG and PNG downloads and no share image (hundreds
  // of PNGs that would cost the build seconds); the CSV, the table and the embed page stay.
  const figure = (which: BeneficiaryChart, what: string, rows: Row[], rowDesc: string) => ({
    ...bulletFigure(
      { id: beneficiaryFigureId(id, which), lang, page, title: `${name} – ${what.toLowerCase()}` },
      rows,
      false,
      rowDesc,
    ),
    images: false as const,
  });
  return {
    byCity: figure('byCity', s.beneficiaries.byCity, cities, s.figureColumns.city),
    byAction: figure('byAction', s.beneficiaries.byAction, actions, s.figureColumns.action),
  };
}

/** A legal entity's two charts. */
export type BeneficiaryChart = 'byCity' | 'byAction';

/** The id of one of a legal entity's two charts (its embed page, CSV and anchor on its page). */
export function beneficiaryFigureId(id: string, which: BeneficiaryChart): string {
  return `beneficiary-${id}-${which === 'byCity' ? 'by-city' : 'by-action'}`;
}

/** The id of a project's funnel figure (its embed page, CSV and anchor on the project page). */
export function projectFigureId(p: Pick<Project, 'id'>): string {
  return `project-${p.id}-funnel`;
}

/** What a project's figure is made from. */
export type ProjectFigureInput = Pick<Project, 'id' | 'code' | 'cost' | 'commitments' | 'payments'>;

/** One project's own funnel: total cost -> committed -> paid, as shares of its cost. */
export function projectFigure(p: ProjectFigureInput, lang: Lang): FigureDef {
  const s = t(lang);
  const cost = p.cost;
  const steps = [
    { key: 'cost' as const, label: s.project.cost, cents: cost },
    { key: 'committed' as const, label: s.funnel.committed, cents: p.commitments === null ? null : p.commitments },
    { key: 'paid' as const, label: s.funnel.paid, cents: p.payments === null ? null : p.payments },
  ];
  const na = s.common.notAvailable;
  const money = (c: number | null) => (c === null ? na : formatEuro(c, lang));
  const share = (c: number | null) => (c === null || cost <= 0 ? null : c / cost);
  // Projects are drawn in thousands of euro unless one of their amounts reaches a million.
  const big = steps.some((st) => (st.cents ?? 0) >= 100_000_000);
  const unit = big ? M : 100_000;
  const short = (c: number) => (big ? formatMillionsShort(c, lang) : formatThousandsShort(c, lang));
  const summary = s.figures.sumFunnelNoAlloc(
    money(cost),
    money(steps[1].cents),
    shareOf(steps[1].cents ?? 0, steps[1].cents === null ? 0 : cost, false, lang),
    money(steps[2].cents),
    shareOf(steps[2].cents ?? 0, steps[2].cents === null ? 0 : cost, false, lang),
  );
  return {
    id: projectFigureId(p),
    lang,
    page: { name: 'project', id: p.id },
    title: `${s.project.funnel} – ${p.code}`,
    summary,
    images: false,
    table: {
      head: [s.columns.name, s.columns.amount, `${s.columns.share} ${s.funnel.ofCost}`],
      numeric: [false, true, true],
      units: [null, 'euro', '%'],
      descriptions: [s.figureColumns.step, s.figureColumns.amount, s.figureColumns.stepShare(s.funnel.ofCost)],
      rows: steps.map((st) => [text(st.label), moneyOrNa(st.cents, lang), pct(share(st.cents), lang)]),
    },
    spec: () =>
      barsSpec(
        steps.map((st): BarDatum => {
          const sh = share(st.cents);
          return {
            key: st.key,
            label: st.label,
            value: (st.cents ?? 0) / unit,
            style: st.key,
            valueLabel:
              st.cents === null
                ? na
                : `${short(st.cents)}${st.key === 'cost' || sh === null ? '' : ` · ${formatPercent(sh, lang, 0)}`}`,
          };
        }),
        {
          title: `${s.project.funnel} – ${p.code}`,
          description: summary,
          xLabel: big ? s.figures.millionsEuro : s.figures.thousandsEuro,
          tickFormat: amountTicks(lang),
        },
      ),
  };
}

/**
 * Cumulative commitments and payments at each release date, as a line through the dated
 * snapshots (a marker on each) and as a table, one row per release. Null without any release.
 */
export function spendingFigure(head: FigureHead, points: readonly TimelinePoint[]): FigureDef | null {
  if (points.length === 0) return null;
  const { lang, title } = head;
  const s = t(lang);
  const first = points[0]!;
  const last = points.at(-1)!;
  const short = (c: number) => formatMillionsShort(c, lang);
  const day = (iso: string) => formatDate(iso, lang);
  const summary =
    points.length === 1
      ? s.timeline.summaryOne(day(last.date), short(last.committed), short(last.paid))
      : s.timeline.summary(
          day(first.date),
          day(last.date),
          points.length,
          short(first.committed),
          short(last.committed),
          short(first.paid),
          short(last.paid),
        );
  const data: LineDatum[] = points.flatMap((p) => [
    { series: 'committed' as const, date: p.date, value: p.committed / M },
    { series: 'paid' as const, date: p.date, value: p.paid / M },
  ]);
  return {
    ...head,
    summary,
    note: s.timeline.how,
    table: {
      head: [s.timeline.colDate, s.funnel.committed, s.funnel.paid, s.columns.projects],
      numeric: [false, true, true, true],
      units: [null, 'euro', 'euro', null],
      descriptions: [s.timeline.dateDef, s.timeline.committedDef, s.timeline.paidDef, s.figureColumns.projects],
      rows: points.map((p) => [
        { text: day(p.date), raw: p.date },
        money(p.committed, lang),
        money(p.paid, lang),
        count(p.projects, lang),
      ]),
    },
    spec: () =>
      linesSpec(data, {
        title,
        description: summary,
        yLabel: s.figures.millionsEuro,
        tickFormat: amountTicks(lang),
        monthLabel: (iso) => formatMonthShort(iso, lang),
        lastLabel: (x) => formatMillionsShort(Math.round(x.value * M), lang),
        legend: [
          { label: s.funnel.committed, swatch: 'line-committed' },
          { label: s.funnel.paid, swatch: 'line-paid' },
        ],
      }),
  };
}

/** The spending-over-time figure of the priority (home page), a city or an action; null without releases. */
export function timelineFigure(
  d: SiteData,
  tl: Timeline,
  lang: Lang,
  of: { name: 'home' } | { name: 'city'; slug: string } | { name: 'action'; code: string },
): FigureDef | null {
  const s = t(lang);
  const head = (id: string, title: string): FigureHead => ({ id, lang, page: of, title });
  if (of.name === 'home') return spendingFigure(head('spending-over-time', s.timeline.title), tl.total);
  if (of.name === 'city') {
    const c = d.cityBySlug.get(of.slug)!;
    return spendingFigure(head(`city-${of.slug}-over-time`, s.timeline.titleOf(c.name)), tl.byCity.get(c.istat) ?? []);
  }
  return spendingFigure(
    head(`action-${of.code}-over-time`, s.timeline.titleOf(`${s.nav.action.toLowerCase()} ${of.code}`)),
    tl.byAction.get(of.code) ?? [],
  );
}

/** Every spending-over-time figure of a language: the priority's, each city's, each action's. */
function timelineFigures(d: SiteData, tl: Timeline, lang: Lang): FigureDef[] {
  return [
    timelineFigure(d, tl, lang, { name: 'home' }),
    ...d.cities.map((c) => timelineFigure(d, tl, lang, { name: 'city', slug: c.slug })),
    ...d.actions.map((a) => timelineFigure(d, tl, lang, { name: 'action', code: a.code })),
  ].filter((f): f is FigureDef => f !== null);
}

/** Every figure of the site in a language but the projects' (everyFigure adds them); `tl` is the releases' timeline. */
export function allFigures(d: SiteData, lang: Lang, tl: Timeline): FigureDef[] {
  const out: FigureDef[] = [];
  // A page's figure that has nothing to show (indicators no project reports) is null.
  const add = (figs: Record<string, FigureDef | null>) =>
    out.push(...Object.values(figs).filter((f): f is FigureDef => f !== null));
  add(homeFigures(d, lang));
  add(indexFigures(d, lang));
  for (const o of d.objectives) add(objectiveFigures(d, o.code, lang));
  for (const a of d.actions) add(actionFigures(d, a.code, lang));
  for (const c of d.cities) add(cityFigures(d, c.slug, lang));
  for (const g of d.targetGroups) add(targetGroupFigures(d, g.code, lang));
  out.push(...timelineFigures(d, tl, lang));
  for (const b of d.beneficiaries) if (b.kind === 'legal') add(beneficiaryFigures(d, b.id, lang));
  return out;
}

/** Every figure of a language, the projects' last: what has a CSV, a metadata.json and an embed page. */
export function* everyFigure(d: SiteData, lang: Lang, tl: Timeline): Generator<FigureDef> {
  yield* allFigures(d, lang, tl);
  for (const p of d.projects) yield projectFigure(p, lang);
}

/** The text of the demonstration mark drawn inside a chart of `lang`, or null for real data. */
export function chartMark(lang: Lang, demonstration: boolean): string | null {
  return demonstration ? t(lang).demo.mark : null;
}
