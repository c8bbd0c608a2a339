// Indicators added up for a group of projects (an objective, an action, a city): only within one
// indicator code and one unit, never across them. A project's indicator counts in the planned
// total when it has a planned value, in the achieved total when it reports an achieved value;
// the share achieved is achieved / planned over the same projects' values, and how many of them
// report nothing achieved yet is said beside it, never guessed as zero.
import type { Indicator } from '../schema/index.ts';

export type IndicatorTotal = {
  code: string;
  unit: string;
  /** The description most often given for the code (ties: the first in code order). */
  description: string | null;
  /** Projects that carry the indicator. */
  projects: number;
  planned: number;
  achieved: number;
  /** Projects with a planned value but no achieved value reported. */
  notReported: number;
  /** achieved / planned, null when nothing is planned. */
  share: number | null;
};

/** Totals by code and unit, in code order (then unit). `keep` picks the projects of the group by code. */
export function indicatorTotals(indicators: Iterable<Indicator>, keep: (projectCode: string) => boolean = () => true): IndicatorTotal[] {
  const groups = new Map<string, { total: IndicatorTotal; descriptions: Map<string, number> }>();
  for (const i of indicators) {
    if (!keep(i.project)) continue;
    const key = `${i.code}\u0000${i.unit}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { total: { code: i.code, unit: i.unit, description: null, projects: 0, planned: 0, achieved: 0, notReported: 0, share: null }, descriptions: new Map() }));
    const t = g.total;
    t.projects++;
    if (i.planned !== null) t.planned += i.planned;
    if (i.achieved !== null) t.achieved += i.achieved;
    else if (i.planned !== null) t.notReported++;
    if (i.description) g.descriptions.set(i.description, (g.descriptions.get(i.description) ?? 0) + 1);
  }
  const out: IndicatorTotal[] = [];
  for (const { total, descriptions } of groups.values()) {
    let best: [string, number] | null = null;
    for (const d of [...descriptions].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (best === null || d[1] > best[1]) best = d;
    // Sums of decimals are rounded to six places, as values are read.
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    out.push({ ...total, description: best?.[0] ?? null, planned: round(total.planned), achieved: round(total.achieved), share: total.planned > 0 ? total.achieved / total.planned : null });
  }
  return out.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
}
