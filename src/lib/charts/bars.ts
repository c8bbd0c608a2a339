// Horizontal bars with the category written above each bar and a direct value label at its
// end: money by objective, action or city, and the allocated -> committed -> paid funnel.
// Labels above the bars leave the whole width to the bars, so the chart stays legible when a
// phone scales it down. A highlighted bar (the city being viewed) gets a hatch pattern, a bold
// label and a ▶ marker, not only another colour.
import * as Plot from '@observablehq/plot';
import { hatchFill, THEME, markLinks, type Linked } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';
import { formatMillionsShort, formatNumber, formatPercent } from '../i18n/format.ts';
import type { Lang } from '../i18n/locales.ts';
import type { FunnelStep } from '../model/funnel.ts';
import { CENTS_PER_MILLION } from '../model/money.ts';

export type BarStyle = 'bar' | 'allocated' | 'committed' | 'paid' | 'cost';
export type BarDatum = Linked & {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  highlight?: boolean;
  style?: BarStyle;
};

/** Layout shared by the bar charts: one band per row, label on top, bar below. */
export const ROW = { height: 46, labelDy: -12, barTop: 24, barBottom: 3 } as const;
export const CHART_WIDTH = 420;

/** How a series of bars is painted; `inset`: pixels thinner than the row's widest bar, at top and bottom. */
export type BarLook = { fill: string; stroke?: string; strokeWidth?: number; inset?: number };
export const LOOK = {
  allocated: { fill: THEME.allocatedFill, stroke: THEME.allocatedStroke },
  /** The highlighted row (the city being viewed): hatched, with an outline. */
  highlight: { fill: hatchFill(), stroke: THEME.highlight, strokeWidth: 1.5 },
} as const satisfies Record<string, BarLook>;

const STYLE: Record<BarStyle, BarLook> = {
  bar: { fill: THEME.primary },
  cost: { fill: THEME.primary },
  allocated: LOOK.allocated,
  committed: { fill: THEME.primary, inset: 3 },
  paid: { fill: THEME.dark, inset: 6 },
};

/** Bars in each row's band; `x`: the datum's field, or Plot's x1 and x2 for bars that start elsewhere. */
export function rowBars<T>(
  data: readonly T[],
  x: string | { x1: number; x2: number | string },
  { inset = 0, ...paint }: BarLook,
): Plot.Markish {
  return Plot.barX(data, {
    ...(typeof x === 'string' ? { x } : x),
    y: 'key',
    ...paint,
    insetTop: ROW.barTop + inset,
    insetBottom: ROW.barBottom + inset,
  });
}

/** Text in each row: the plain rows', then the highlighted one's in bold. */
function rowText<T extends { key: string; highlight?: boolean }>(
  data: readonly T[],
  o: { x: number | ((d: T) => number); text: (d: T) => string; dx: number; dy: number },
): Plot.Markish[] {
  const text = (rows: readonly T[], bold: boolean) =>
    Plot.text(rows, {
      x: o.x,
      y: 'key',
      text: o.text,
      textAnchor: 'start',
      dx: o.dx,
      dy: o.dy,
      fill: THEME.text,
      fontWeight: bold ? 700 : 400,
    });
  return [
    text(
      data.filter((d) => !d.highlight),
      false,
    ),
    text(
      data.filter((d) => d.highlight),
      true,
    ),
  ];
}

/**
 * The links of a row chart: over each row that has an href, a band as wide as the plot and as high
 * as the row (its label and bars), invisible until hovered or focused (site.css, .mark-link), that
 * is the row's link with its title. One link per row: one Tab stop, and a target as big as the row.
 */
export function rowLinks<T extends Linked & { key: string }>(data: readonly T[], max: number): Plot.Markish[] {
  const linked = data.filter((d) => d.href);
  return linked.length
    ? [
        Plot.barX(linked, {
          x1: 0,
          x2: max,
          y: 'key',
          fill: THEME.primary,
          fillOpacity: 0,
          className: 'mark-link',
          ...markLinks<T>(),
        }),
      ]
    : [];
}

export function xAxis(max: number, o: { xLabel: string; tickFormat: (v: number) => string }) {
  return {
    domain: [0, max],
    label: o.xLabel,
    labelAnchor: 'right',
    labelArrow: 'none',
    ticks: 3,
    tickFormat: o.tickFormat,
    grid: true,
  };
}

export type RowChartOptions = {
  title: string;
  description: string;
  /** Axis label, e.g. "milioni di euro". */
  xLabel: string;
  tickFormat: (v: number) => string;
  legend?: LegendItem[];
  width?: number;
};

/** A row's data: its key, its label above the bars and its value label at their end. */
type RowDatum = Linked & { key: string; label: string; valueLabel: string; highlight?: boolean };

/**
 * The frame shared by every row chart (one labelled row per key): size, margins, x axis, then the chart's `bars`, the
 * zero line, each row's label above and value label at `valueX`, and the links of rows that have one.
 */
export function rowChart<T extends RowDatum>(
  data: readonly T[],
  max: number,
  o: RowChartOptions,
  bars: Plot.Markish[],
  valueX: (d: T) => number,
): ChartSpec {
  return {
    width: o.width ?? CHART_WIDTH,
    height: data.length * ROW.height + 40,
    title: o.title,
    description: o.description,
    ...(o.legend ? { legend: o.legend } : {}),
    plot: {
      marginLeft: 6,
      marginRight: 165,
      marginTop: 4,
      marginBottom: 36,
      x: xAxis(max, o),
      y: { domain: data.map((d) => d.key), axis: null, padding: 0 },
      marks: [
        ...bars,
        Plot.ruleX([0], { stroke: THEME.muted }),
        ...rowText(data, { x: 0, text: (d) => (d.highlight ? `▶ ${d.label}` : d.label), dx: 2, dy: ROW.labelDy }),
        ...rowText(data, { x: valueX, text: (d) => d.valueLabel, dx: 5, dy: (ROW.barTop - ROW.barBottom) / 2 }),
        ...rowLinks(data, max),
      ],
    },
  };
}

export function barsSpec(data: readonly BarDatum[], o: RowChartOptions): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.value), 0) || 1;
  const styles = [...new Set(data.map((d) => d.style ?? 'bar'))];
  const bars = styles.map((s) =>
    rowBars(
      data.filter((d) => (d.style ?? 'bar') === s && !d.highlight),
      'value',
      STYLE[s],
    ),
  );
  if (data.some((d) => d.highlight))
    bars.push(
      rowBars(
        data.filter((d) => d.highlight),
        'value',
        LOOK.highlight,
      ),
    );
  return rowChart(data, max, o, bars, (d) => d.value);
}

/**
 * A funnel's steps (funnelSteps) as bars in millions of euro, each labelled with its amount and, after the first, its
 * share of the first; `name`: each step's label (a namespace of the strings that has one for each).
 */
export function funnelBars(
  steps: readonly FunnelStep[],
  name: Record<FunnelStep['key'], string>,
  lang: Lang,
): BarDatum[] {
  return steps.map((st, i) => ({
    key: st.key,
    label: name[st.key],
    value: st.cents / CENTS_PER_MILLION,
    style: st.key,
    valueLabel: `${formatMillionsShort(st.cents, lang)}${i === 0 ? '' : ` · ${st.shareOfBase === null ? '–' : formatPercent(st.shareOfBase, lang, 0)}`}`,
  }));
}

/** Tick labels of an axis of amounts (millions or thousands of euro): one decimal below 10. */
export function amountTicks(lang: Lang) {
  return (v: number) => formatNumber(v, lang, v > 0 && v < 10 ? 1 : 0);
}
