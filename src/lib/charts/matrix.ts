// A heat map of rows × columns (cities × actions): each cell filled by the class its value falls
// in, with the value written inside, so that no colour has to be read alone; a legend of the
// classes above it. Cells that carry an href are links (markLinks), each with its title.
import * as Plot from '@observablehq/plot';
import { THEME, markLinks, type Linked } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';

export type MatrixDatum = Linked & { row: string; col: string; value: number; valueLabel: string };

/**
 * Five classes, light to dark. The value written in a cell is #1A1A1A on the first three (at
 * least 7.8:1) and white on the last two (5.6:1 and 12.6:1); legend swatches are outlined.
 */
export const MATRIX_COLORS = ['#E6F0FA', '#B3D1F0', '#80B3E6', THEME.primary, THEME.dark] as const;
const DARK_TEXT_CLASSES = 3;

/** The upper bounds of the classes below the last: `max` cut into equal steps, rounded to a whole number. */
export function matrixThresholds(max: number): number[] {
  const step = max / MATRIX_COLORS.length;
  const out: number[] = [];
  for (let i = 1; i < MATRIX_COLORS.length; i++) out.push(Math.round(step * i));
  return [...new Set(out)].filter((x) => x > 0);
}

/** The class a value falls in (0 = lightest). */
export function matrixClass(value: number, thresholds: readonly number[]): number {
  let i = 0;
  while (i < thresholds.length && value >= thresholds[i]!) i++;
  return i;
}

export type MatrixOptions = {
  title: string;
  description: string;
  rows: readonly { key: string; label: string }[];
  cols: readonly { key: string; label: string }[];
  /** Legend labels of the classes, from their bounds: "< 10", "10–20", … */
  classLabel: (lo: number | null, hi: number | null) => string;
  width?: number;
};

export const MATRIX = { rowHeight: 28, marginLeft: 128, marginTop: 30, marginRight: 4 } as const;

export function matrixSpec(data: readonly MatrixDatum[], o: MatrixOptions): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.value), 0);
  const th = matrixThresholds(max);
  const cls = (d: MatrixDatum) => matrixClass(d.value, th);
  const legend: LegendItem[] = [0, ...th].map((lo, i) => ({
    label: o.classLabel(i === 0 ? null : lo, th[i] ?? null),
    swatch: 'color' as const,
    color: MATRIX_COLORS[i],
  }));
  // Columns about 54 wide: an action's code (4.4.11.1) fits over its column.
  const width = o.width ?? 400;
  return {
    width,
    height: o.rows.length * MATRIX.rowHeight + MATRIX.marginTop + 6,
    title: o.title,
    description: o.description,
    legend,
    plot: {
      marginLeft: MATRIX.marginLeft,
      marginTop: MATRIX.marginTop,
      marginRight: MATRIX.marginRight,
      marginBottom: 6,
      x: {
        domain: o.cols.map((c) => c.key),
        axis: 'top',
        label: null,
        tickSize: 0,
        tickFormat: (k: string) => o.cols.find((c) => c.key === k)?.label ?? k,
        padding: 0.04,
      },
      y: {
        domain: o.rows.map((r) => r.key),
        label: null,
        tickSize: 0,
        tickFormat: (k: string) => o.rows.find((r) => r.key === k)?.label ?? k,
        padding: 0.08,
      },
      marks: [
        Plot.cell(data, {
          x: 'col',
          y: 'row',
          fill: (d: MatrixDatum) => MATRIX_COLORS[cls(d)],
          className: 'mark-cell',
          ...markLinks<MatrixDatum>(),
        }),
        Plot.text(data, {
          x: 'col',
          y: 'row',
          text: 'valueLabel',
          fill: (d: MatrixDatum) => (cls(d) < DARK_TEXT_CLASSES ? THEME.text : 'white'),
          pointerEvents: 'none',
        }),
      ],
    },
  };
}
