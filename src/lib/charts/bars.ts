// Horizontal bars with the category written above each bar and a direct value label at its
// end: money by objective, action or city, and the allocated -> committed -> paid funnel.
// Labels above the bars leave the whole width to the bars, so the chart stays legible when a
// phone scales it down. A highlighted bar (the city being viewed) gets a hatch pattern, a bold
// label and a ▶ marker, not only another colour.
import * as Plot from '@observablehq/plot';
import { hatchFill, THEME, markLinks, type Linked } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';

export type BarStyle = 'bar' | 'allocated' | 'committed' | 'paid' | 'cost';
export type BarDatum = Linked & {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  highlight?: boolean;
  style?: BarStyle;
};

export type BarsOptions = {
  title: string;
  description: string;
  /** Axis label, e.g. "milioni di euro". */
  xLabel: string;
  tickFormat: (v: number) => string;
  legend?: LegendItem[];
  width?: number;
};

/** Layout shared by the bar charts: one band per row, label on top, bar below. */
export const ROW = { height: 46, labelDy: -12, barTop: 24, barBottom: 3 } as const;
export const CHART_WIDTH = 420;

const STYLE: Record<BarStyle, { fill: string; stroke?: string; top: number; bottom: number }> = {
  bar: { fill: THEME.primary, top: ROW.barTop, bottom: ROW.barBottom },
  cost: { fill: THEME.primary, top: ROW.barTop, bottom: ROW.barBottom },
  allocated: { fill: THEME.allocatedFill, stroke: THEME.allocatedStroke, top: ROW.barTop, bottom: ROW.barBottom },
  committed: { fill: THEME.primary, top: ROW.barTop + 3, bottom: ROW.barBottom + 3 },
  paid: { fill: THEME.dark, top: ROW.barTop + 6, bottom: ROW.barBottom + 6 },
};

/** Category labels above the bars, the highlighted one in bold with a marker. */
export function rowLabels<T extends { key: string; label: string; highlight?: boolean }>(
  data: readonly T[],
): Plot.Markish[] {
  const text = (rows: readonly T[], bold: boolean) =>
    Plot.text(rows, {
      x: 0,
      y: 'key',
      text: (d: T) => (d.highlight ? `▶ ${d.label}` : d.label),
      textAnchor: 'start',
      dx: 2,
      dy: ROW.labelDy,
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

/** Value labels at the end of each bar, vertically centred on the bar. */
export function valueLabels<T extends { key: string; highlight?: boolean }>(
  data: readonly T[],
  x: (d: T) => number,
  label: (d: T) => string,
): Plot.Markish[] {
  const dy = (ROW.barTop - ROW.barBottom) / 2;
  const text = (rows: readonly T[], bold: boolean) =>
    Plot.text(rows, {
      x,
      y: 'key',
      text: label,
      textAnchor: 'start',
      dx: 5,
      dy,
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

type RowChartOptions = {
  title: string;
  description: string;
  xLabel: string;
  tickFormat: (v: number) => string;
  legend?: LegendItem[];
  width?: number;
};

/** The frame shared by every row chart (one labelled row per key): size, margins, x axis, rows. */
export function rowChart(
  data: readonly { key: string }[],
  max: number,
  o: RowChartOptions,
  marks: Plot.Markish[],
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
      marks,
    },
  };
}

export function barsSpec(data: readonly BarDatum[], o: BarsOptions): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.value), 0) || 1;
  const styles = [...new Set(data.map((d) => d.style ?? 'bar'))];
  const marks: Plot.Markish[] = [];
  for (const s of styles) {
    const st = STYLE[s];
    marks.push(
      Plot.barX(
        data.filter((d) => (d.style ?? 'bar') === s && !d.highlight),
        {
          x: 'value',
          y: 'key',
          fill: st.fill,
          stroke: st.stroke,
          insetTop: st.top,
          insetBottom: st.bottom,
        },
      ),
    );
  }
  if (data.some((d) => d.highlight)) {
    marks.push(
      Plot.barX(
        data.filter((d) => d.highlight),
        {
          x: 'value',
          y: 'key',
          fill: hatchFill(),
          stroke: THEME.highlight,
          strokeWidth: 1.5,
          insetTop: ROW.barTop,
          insetBottom: ROW.barBottom,
        },
      ),
    );
  }
  marks.push(
    Plot.ruleX([0], { stroke: THEME.muted }),
    ...rowLabels(data),
    ...valueLabels(
      data,
      (d) => d.value,
      (d) => d.valueLabel,
    ),
    ...rowLinks(data, max),
  );
  return rowChart(data, max, o, marks);
}
