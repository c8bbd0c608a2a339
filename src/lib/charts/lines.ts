// Cumulative amounts over time: one line per series through the dated snapshots of the data
// (releases), with a marker on every release date. The line between two markers only joins two
// snapshots; the markers are the data. Series differ in colour, line style and marker shape, and
// the last value of each is written beside its marker, so colour is never the only cue.
import * as Plot from '@observablehq/plot';
import { THEME } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';

export type LineSeries = 'committed' | 'paid';
export type LineDatum = { series: LineSeries; date: string; value: number };

export type LinesOptions = {
  title: string;
  description: string;
  /** Axis label, e.g. "milioni di euro". */
  yLabel: string;
  tickFormat: (v: number) => string;
  /** A release date's tick label without its year ("giu"): the year is added below where it changes. */
  monthLabel: (iso: string) => string;
  /** The label written beside each series' last marker. */
  lastLabel: (d: LineDatum) => string;
  legend: LegendItem[];
};

export const LINES_WIDTH = 420;
export const LINES_HEIGHT = 260;

const STYLE: Record<LineSeries, { stroke: string; dash?: string; symbol: 'circle' | 'square' }> = {
  committed: { stroke: THEME.primary, symbol: 'circle' },
  paid: { stroke: THEME.dark, dash: '6,4', symbol: 'square' },
};

/** A release date as the instant the x scale places it at (UTC midnight). */
function at(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function linesSpec(data: readonly LineDatum[], o: LinesOptions): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.value), 0) || 1;
  const dates = [...new Set(data.map((d) => d.date))].sort();
  const marks: Plot.Markish[] = [Plot.ruleY([0], { stroke: THEME.muted })];
  for (const series of ['committed', 'paid'] as const) {
    const rows = data.filter((d) => d.series === series).sort((a, b) => (a.date < b.date ? -1 : 1));
    if (rows.length === 0) continue;
    const st = STYLE[series];
    marks.push(
      Plot.line(rows, {
        x: (d: LineDatum) => at(d.date),
        y: 'value',
        stroke: st.stroke,
        strokeWidth: 2,
        strokeDasharray: st.dash,
        curve: 'linear',
      }),
      Plot.dot(rows, {
        x: (d: LineDatum) => at(d.date),
        y: 'value',
        symbol: st.symbol,
        r: 4,
        fill: st.stroke,
        stroke: 'white',
        strokeWidth: 1,
      }),
      Plot.text(rows.slice(-1), {
        x: (d: LineDatum) => at(d.date),
        y: 'value',
        text: o.lastLabel,
        textAnchor: 'start',
        dx: 8,
        fill: THEME.text,
        fontWeight: 700,
      }),
    );
  }
  const first = dates[0]!;
  const last = dates.at(-1)!;
  // Every release date is a tick: its month, and below it the year where the year changes.
  const label = new Map(
    dates.map((d, i) => [
      d,
      i === 0 || d.slice(0, 4) !== dates[i - 1]!.slice(0, 4) ? `${o.monthLabel(d)}\n${d.slice(0, 4)}` : o.monthLabel(d),
    ]),
  );
  return {
    width: LINES_WIDTH,
    height: LINES_HEIGHT,
    title: o.title,
    description: o.description,
    legend: o.legend,
    plot: {
      marginLeft: 40,
      marginRight: 78,
      marginTop: 16,
      marginBottom: 40,
      // The release dates themselves are the ticks: a reader reads off when each snapshot was taken.
      x: {
        type: 'utc',
        domain: [at(first), at(last)],
        ticks: dates.map(at),
        tickFormat: (d: Date) => label.get(d.toISOString().slice(0, 10)) ?? '',
        label: null,
      },
      y: {
        domain: [0, max * 1.05],
        label: o.yLabel,
        labelAnchor: 'top',
        labelArrow: 'none',
        ticks: 4,
        tickFormat: o.tickFormat,
        grid: true,
      },
      marks,
    },
  };
}
