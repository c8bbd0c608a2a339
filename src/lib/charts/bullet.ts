// Allocated, committed and paid for each city (or action): three nested bars of different
// heights (outlined allocation, medium commitments, thin payments), so the series are told
// apart by shape as well as colour; a direct label gives the amount and the share paid.
import * as Plot from '@observablehq/plot';
import { hatchFill, THEME, type Linked } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';
import { ROW, rowChart, rowLabels, rowLinks, valueLabels } from './bars.ts';

export type BulletDatum = Linked & {
  key: string;
  label: string;
  base: number;
  committed: number;
  paid: number;
  valueLabel: string;
  highlight?: boolean;
};

export function bulletSpec(
  data: readonly BulletDatum[],
  o: {
    title: string;
    description: string;
    xLabel: string;
    tickFormat: (v: number) => string;
    legend: LegendItem[];
    width?: number;
  },
): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.base, d.committed, d.paid), 0) || 1;
  const plain = data.filter((d) => !d.highlight);
  const hl = data.filter((d) => d.highlight);
  return rowChart(data, max, o, [
    Plot.barX(plain, {
      x: 'base',
      y: 'key',
      fill: THEME.allocatedFill,
      stroke: THEME.allocatedStroke,
      insetTop: ROW.barTop,
      insetBottom: ROW.barBottom,
    }),
    Plot.barX(hl, {
      x: 'base',
      y: 'key',
      fill: hatchFill(),
      stroke: THEME.highlight,
      strokeWidth: 1.5,
      insetTop: ROW.barTop,
      insetBottom: ROW.barBottom,
    }),
    Plot.barX(data, {
      x: 'committed',
      y: 'key',
      fill: THEME.primary,
      insetTop: ROW.barTop + 4,
      insetBottom: ROW.barBottom + 4,
    }),
    Plot.barX(data, {
      x: 'paid',
      y: 'key',
      fill: THEME.dark,
      insetTop: ROW.barTop + 7,
      insetBottom: ROW.barBottom + 7,
    }),
    Plot.ruleX([0], { stroke: THEME.muted }),
    ...rowLabels(data),
    ...valueLabels(
      data,
      (d) => Math.max(d.base, d.committed, d.paid),
      (d) => d.valueLabel,
    ),
    ...rowLinks(data, max),
  ]);
}
