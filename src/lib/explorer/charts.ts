// The explorer's charts of the current selection: cost, commitments and payments by city, by
// action and by status, and the allocated -> committed -> paid funnel. Pure (no DOM): it turns the
// rows and the state into the same chart specs the reading pages use (src/lib/charts), plus, for
// each bar, what it toggles. src/client/explorer-charts.ts draws them in the browser.
//
// A facet's chart follows the facet counts' rule (./filter.ts): the chart by city shows every city
// given the OTHER filters, so that a city can be added as well as removed; the selected values are
// highlighted. The funnel starts from the allocation only where one applies: allocations are set
// per city and action, so the selection may be narrowed by city, objective and action (classified)
// alone; with any other filter it starts from the projects' cost.
import { bulletSpec, type BulletDatum } from '../charts/bullet.ts';
import { amountTicks, barsSpec, CHART_WIDTH, funnelBars } from '../charts/bars.ts';
import type { ChartSpec } from '../charts/render.ts';
import { emptyFunnel, funnelOf, funnelSteps, type Funnel } from '../model/funnel.ts';
import { CENTS_PER_MILLION } from '../model/money.ts';
import { formatMillionsShort, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Strings } from '../i18n/strings.ts';
import type { CompactIndex, Row } from './compact.ts';
import { filterRows } from './filter.ts';
import { FACETS, NOT_AVAILABLE, NOT_CLASSIFIED, statusSlug, type Facet, type State } from './state.ts';

const M = CENTS_PER_MILLION;

/** The facets that have a chart, in the order they are drawn. */
export const CHART_FACETS = ['citta', 'az', 'stato'] as const satisfies readonly Facet[];
export type ChartFacet = (typeof CHART_FACETS)[number];

export type ChartContext = {
  lang: Lang;
  s: Strings['explorer'];
  index: Pick<CompactIndex, 'cities' | 'allocations'>;
  /** Every value each charted facet offers, in the form's order. */
  values: Record<ChartFacet, readonly string[]>;
  /** The address of a state (the bars' links). */
  link: (st: State) => string;
  width?: number;
};

/** One bar that toggles a filter: the facet, its value, and what pressing it does. */
export type ChartBar = { facet: ChartFacet; value: string; selected: boolean; name: string; href: string };

/** `name`: the chart's accessible name (with its figures when it has no bars to carry them). */
export type ExplorerChart = { id: string; title: string; name: string; spec: ChartSpec; bars: ChartBar[] };

export type SelectionCharts = { charts: ExplorerChart[]; allocationApplies: boolean; summary: string };

/** Whether the allocation can be compared with the selection: filters by city, objective and classified action only. */
export function allocationApplies(st: State): boolean {
  const allocated: readonly Facet[] = ['citta', 'ob', 'az'];
  return (
    FACETS.every((f) => allocated.includes(f) || st.facets[f].length === 0) &&
    st.cost.min === null &&
    st.cost.max === null &&
    st.q.trim() === '' &&
    !st.facets.az.includes(NOT_CLASSIFIED)
  );
}

/** The allocation (cents) of the cities, objectives and actions the state selects. */
export function allocatedCents(index: Pick<CompactIndex, 'cities' | 'allocations'>, st: State): number {
  const pick = (f: 'citta' | 'ob' | 'az') => (st.facets[f].length ? new Set(st.facets[f]) : null);
  const [cities, objectives, actions] = [pick('citta'), pick('ob'), pick('az')];
  let sum = 0;
  for (const [city, objective, action, total] of index.allocations) {
    if (cities && !cities.has(index.cities[city]?.[0] ?? '')) continue;
    if (objectives && !objectives.has(objective)) continue;
    if (actions && !actions.has(action)) continue;
    sum += total;
  }
  return sum;
}

function toggled(st: State, facet: Facet, value: string): State {
  const on = st.facets[facet];
  const next = on.includes(value) ? on.filter((v) => v !== value) : [...on, value].sort();
  return { ...st, facets: { ...st.facets, [facet]: next }, page: 1 };
}

function labelOf(facet: ChartFacet, value: string, ctx: ChartContext): string {
  const { s } = ctx;
  if (facet === 'citta') return ctx.index.cities.find(([slug]) => slug === value)?.[2] ?? value;
  if (facet === 'az') return value === NOT_CLASSIFIED ? s.notClassified : value;
  if (value === NOT_AVAILABLE) return s.notAvailable;
  const status = Object.keys(s.statuses).find((k) => statusSlug(k) === value);
  return status ? (s.statuses[status] ?? status) : value;
}

const share = (part: number, base: number, lang: Lang) => (base > 0 ? formatPercent(part / base, lang, 0) : '–');

/**
 * Funnels per value of each charted facet: one pass over the rows per distinct row set (every facet not set shares the
 * selection's).
 */
function facetFunnels(
  all: readonly Row[],
  selection: readonly Row[],
  st: State,
): Record<ChartFacet, Map<string, Funnel>> {
  const out = {} as Record<ChartFacet, Map<string, Funnel>>;
  const passes = new Map<readonly Row[], ChartFacet[]>();
  for (const facet of CHART_FACETS) {
    // The rows every OTHER filter lets through (the selection itself when this facet is not set).
    const rows = st.facets[facet].length
      ? filterRows(all, { ...st, facets: { ...st.facets, [facet]: [] } }).rows
      : selection;
    passes.set(rows, [...(passes.get(rows) ?? []), facet]);
    out[facet] = new Map();
  }
  for (const [rows, facets] of passes) {
    const ks = facets.map((f) => FACETS.indexOf(f));
    const maps = facets.map((f) => out[f]);
    for (const r of rows) {
      const { cost, commitments: committed, payments: paid } = r;
      for (let j = 0; j < ks.length; j++) {
        for (const v of r.fv[ks[j]!]!) {
          let f = maps[j]!.get(v);
          if (!f) maps[j]!.set(v, (f = emptyFunnel()));
          f.projects++;
          f.cost += cost;
          if (committed === null) f.missingCommitments++;
          else f.committed += committed;
          if (paid === null) f.missingPayments++;
          else f.paid += paid;
        }
      }
    }
  }
  return out;
}

function facetChart(
  by: Map<string, Funnel>,
  st: State,
  facet: ChartFacet,
  title: string,
  ctx: ChartContext,
): ExplorerChart {
  const { lang, s } = ctx;
  const selected = new Set(st.facets[facet]);
  let values = ctx.values[facet].filter((v) => selected.has(v) || (by.get(v)?.projects ?? 0) > 0);
  // Cities largest first; actions and statuses keep their own order (codes, the life of a project).
  if (facet === 'citta')
    values = values
      .map((v, i) => ({ v, i, c: by.get(v)?.cost ?? 0 }))
      .sort((a, b) => b.c - a.c || a.i - b.i)
      .map((x) => x.v);
  const data = values.map((v): BulletDatum & { f: Funnel } => {
    const f = by.get(v) ?? emptyFunnel();
    return {
      key: v,
      label: labelOf(facet, v, ctx),
      base: f.cost / M,
      committed: f.committed / M,
      paid: f.paid / M,
      highlight: selected.has(v),
      f,
      valueLabel: `${formatMillionsShort(f.cost, lang)} · ${share(f.paid, f.cost, lang)} ${s.charts.paidShort}`,
    };
  });
  const spec = bulletSpec(data, {
    title,
    description: s.charts.intro,
    xLabel: s.charts.millionsEuro,
    tickFormat: amountTicks(lang),
    legend: [],
    width: ctx.width ?? CHART_WIDTH,
  });
  return {
    id: facet,
    title,
    name: title,
    spec,
    bars: data.map((d) => ({
      facet,
      value: d.key,
      selected: d.highlight === true,
      href: ctx.link(toggled(st, facet, d.key)),
      name: s.charts.bar(
        d.label,
        formatMillionsShort(d.f.cost, lang),
        formatNumber(d.f.projects, lang),
        share(d.f.paid, d.f.cost, lang),
        d.highlight === true,
      ),
    })),
  };
}

/** The charts of a selection: `selection` is `filterRows(all, st).rows`. */
export function selectionCharts(
  all: readonly Row[],
  selection: readonly Row[],
  st: State,
  ctx: ChartContext,
): SelectionCharts {
  const { lang, s } = ctx;
  const applies = allocationApplies(st);
  const f = funnelOf(selection, applies ? allocatedCents(ctx.index, st) : null);
  const steps = funnelSteps(f, applies);
  const base = f.allocated ?? f.cost;
  const bars = funnelBars(steps, s.charts, lang);
  const title = applies ? s.charts.funnel : s.charts.funnelFromCost;
  const funnel: ExplorerChart = {
    id: 'funnel',
    title,
    name: `${title}: ${bars.map((b) => `${b.label} ${b.valueLabel}`).join('; ')}`,
    bars: [],
    spec: barsSpec(bars, {
      title,
      description: applies ? s.charts.funnelAllocated : s.charts.funnelCost,
      xLabel: s.charts.millionsEuro,
      tickFormat: amountTicks(lang),
      width: ctx.width ?? CHART_WIDTH,
    }),
  };
  const titles: Record<ChartFacet, string> = {
    citta: s.charts.byCity,
    az: s.charts.byAction,
    stato: s.charts.byStatus,
  };
  const funnels = facetFunnels(all, selection, st);
  return {
    charts: [funnel, ...CHART_FACETS.map((facet) => facetChart(funnels[facet], st, facet, titles[facet], ctx))],
    allocationApplies: applies,
    summary: s.charts.summary(
      formatMillionsShort(base, lang),
      applies ? s.charts.allocated : s.charts.cost,
      `${formatMillionsShort(f.committed, lang)} (${share(f.committed, base, lang)})`,
      `${formatMillionsShort(f.paid, lang)} (${share(f.paid, base, lang)})`,
    ),
  };
}
