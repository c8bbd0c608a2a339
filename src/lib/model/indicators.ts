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
export function indicatorTotals(
  indicators: Iterable<Indicator>,
  keep: (projectCode: string) => boolean = () => true,
): IndicatorTotal[] {
  const groups = new Map<string, { total: IndicatorTotal; descriptions: Map<string, number> }>();
  for (const i of indicators) {
    if (!keep(i.project)) continue;
    const key = `${i.code}\u0000${i.unit}`;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          total: {
            code: i.code,
            unit: i.unit,
            description: null,
            projects: 0,
            planned: 0,
            achieved: 0,
            notReported: 0,
            share: null,
          },
          descriptions: new Map(),
        }),
      );
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
    for (const d of [...descriptions].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
      if (best === null || d[1] > best[1]) best = d;
    // Sums of decimals are rounded to six places, as values are read.
    const round = (x: number) => Math.round(x * 1e6) / 1e6;
    out.push({
      ...total,
      description: best?.[0] ?? null,
      planned: round(total.planned),
      achieved: round(total.achieved),
      share: total.planned > 0 ? total.achieved / total.planned : null,
    });
  }
  return out.sort((a, b) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0,
  );
}

/** What a page about a group of projects (an objective, an action, a city) says of their indicators. */
export type GroupIndicators = {
  /** Totals by code and unit (indicatorTotals). */
  totals: IndicatorTotal[];
  /** Projects in the group. */
  projects: number;
  /** Projects of the group that report at least one indicator; the others are in no total. */
  withIndicators: number;
  /** Planned values with no achieved value reported, over every total. */
  notReported: number;
  /** Codes given in more than one unit in the group: one total per unit, never added together. */
  splitCodes: string[];
};

/** The indicators of the projects whose codes are `projectCodes`, added up as indicatorTotals does. */
export function groupIndicators(indicators: Iterable<Indicator>, projectCodes: Iterable<string>): GroupIndicators {
  const codes = new Set(projectCodes);
  const reporting = new Set<string>();
  const totals = indicatorTotals(indicators, (p) => {
    if (!codes.has(p)) return false;
    reporting.add(p);
    return true;
  });
  const units = new Map<string, number>();
  for (const t of totals) units.set(t.code, (units.get(t.code) ?? 0) + 1);
  return {
    totals,
    projects: codes.size,
    withIndicators: reporting.size,
    notReported: totals.reduce((n, t) => n + t.notReported, 0),
    splitCodes: [...units].filter(([, n]) => n > 1).map(([c]) => c),
  };
}

/** The indicator codes each project reports, sorted, by project code: what the explorer filters on. */
export function indicatorCodesByProject(indicators: Iterable<Indicator>): Map<string, string[]> {
  const m = new Map<string, Set<string>>();
  for (const i of indicators) (m.get(i.project) ?? m.set(i.project, new Set()).get(i.project)!).add(i.code);
  return new Map([...m].map(([p, s]) => [p, [...s].sort()]));
}
