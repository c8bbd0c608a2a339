// Allocated, committed and paid for each city (or action): three nested bars of different
// heights (outlined allocation, medium commitments, thin payments), so the series are told
// apart by shape as well as colour; a direct label gives the amount and the share paid.
import * as Plot from '@observablehq/plot';
import { THEME } from './theme.ts';
import { hatchFill, type ChartSpec, type LegendItem } from './render.ts';
import { CHART_WIDTH, ROW, rowLabels, valueLabels, xAxis } from './bars.ts';

export type BulletDatum = { key: string; label: string; base: number; committed: number; paid: number; valueLabel: string; highlight?: boolean };

export function bulletSpec(data: readonly BulletDatum[], o: { title: string; description: string; xLabel: string; tickFormat: (v: number) => string; legend: LegendItem[]; width?: number }): ChartSpec {
  const width = o.width ?? CHART_WIDTH;
  const height = data.length * ROW.height + 40;
  const max = data.reduce((m, d) => Math.max(m, d.base, d.committed, d.paid), 0) || 1;
  const plain = data.filter((d) => !d.highlight);
  const hl = data.filter((d) => d.highlight);
  return {
    width,
    height,
    title: o.title,
    description: o.description,
    legend: o.legend,
    plot: {
      marginLeft: 6,
      marginRight: 165,
      marginTop: 4,
      marginBottom: 36,
      x: xAxis(max, o),
      y: { domain: data.map((d) => d.key), axis: null, padding: 0 },
      marks: [
        Plot.barX(plain, { x: 'base', y: 'key', fill: THEME.allocatedFill, stroke: THEME.allocatedStroke, insetTop: ROW.barTop, insetBottom: ROW.barBottom }),
        Plot.barX(hl, { x: 'base', y: 'key', fill: hatchFill(), stroke: THEME.highlight, strokeWidth: 1.5, insetTop: ROW.barTop, insetBottom: ROW.barBottom }),
        Plot.barX(data, { x: 'committed', y: 'key', fill: THEME.primary, insetTop: ROW.barTop + 4, insetBottom: ROW.barBottom + 4 }),
        Plot.barX(data, { x: 'paid', y: 'key', fill: THEME.dark, insetTop: ROW.barTop + 7, insetBottom: ROW.barBottom + 7 }),
        Plot.ruleX([0], { stroke: THEME.muted }),
        ...rowLabels(data),
        ...valueLabels(data, (d) => Math.max(d.base, d.committed, d.paid), (d) => d.valueLabel),
      ],
    },
  };
}
