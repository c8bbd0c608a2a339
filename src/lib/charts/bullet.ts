// Allocated, committed and paid for each city (or action): three nested bars of different
// heights (outlined allocation, medium commitments, thin payments), so the series are told
// apart by shape as well as colour; a direct label gives the amount and the share paid.
import type { ChartSpec, LegendItem } from './render.ts';
import { LOOK, rowBars, rowChart, type RowChartOptions } from './bars.ts';
import { THEME, type Linked } from './theme.ts';

export type BulletDatum = Linked & {
  key: string;
  label: string;
  base: number;
  committed: number;
  paid: number;
  valueLabel: string;
  highlight?: boolean;
};

export function bulletSpec(data: readonly BulletDatum[], o: RowChartOptions & { legend: LegendItem[] }): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.base, d.committed, d.paid), 0) || 1;
  return rowChart(
    data,
    max,
    o,
    [
      rowBars(
        data.filter((d) => !d.highlight),
        'base',
        LOOK.allocated,
      ),
      rowBars(
        data.filter((d) => d.highlight),
        'base',
        LOOK.highlight,
      ),
      rowBars(data, 'committed', { fill: THEME.primary, inset: 4 }),
      rowBars(data, 'paid', { fill: THEME.dark, inset: 7 }),
    ],
    (d) => Math.max(d.base, d.committed, d.paid),
  );
}
