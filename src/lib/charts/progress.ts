// Achieved against planned, one row per indicator: the planned value is an outlined bar to 100%,
// the achieved value a narrower bar inside it (beyond it when more was achieved than planned), so
// the two are told apart by shape as well as colour; a direct label gives the share and the values.
// Indicators are counted in different units, so the common axis is the share of what was planned,
// never the quantities themselves.
import { THEME } from './theme.ts';
import type { ChartSpec, LegendItem } from './render.ts';
import { LOOK, rowBars, rowChart, type RowChartOptions } from './bars.ts';

/** `achieved` is a percentage of what was planned; null when nothing was planned (no bar). */
export type ProgressDatum = { key: string; label: string; achieved: number | null; valueLabel: string };

export function progressSpec(data: readonly ProgressDatum[], o: RowChartOptions & { legend: LegendItem[] }): ChartSpec {
  const max = data.reduce((m, d) => Math.max(m, d.achieved ?? 0), 100);
  const planned = data.filter((d) => d.achieved !== null);
  return rowChart(
    data,
    max,
    o,
    [
      rowBars(planned, { x1: 0, x2: 100 }, LOOK.allocated),
      rowBars(planned, { x1: 0, x2: 'achieved' }, { fill: THEME.primary, inset: 4 }),
    ],
    (d) => (d.achieved === null ? 0 : Math.max(100, d.achieved)),
  );
}
