// Spending over time: the money of every kept release (a dated snapshot of the data), summed for
// the priority, each city and each action. A project's commitments and payments are already
// cumulative in each snapshot (what was committed or paid up to that date), so the sums are the
// cumulative amounts at each release date. Between two releases nothing is known: a chart joins
// two points with a straight line, it does not show daily data.
import type { Project } from '../schema/index.ts';
import { sumCents } from './money.ts';

/** One release's totals, in cents; `missing*` counts projects that gave no figure (left out of the sum). */
export type TimelinePoint = {
  date: string;
  projects: number;
  committed: number;
  paid: number;
  missingCommitments: number;
  missingPayments: number;
};

/** What the timeline is read from: each release's date and projects, oldest first. */
export type TimelineRelease = {
  date: string;
  projects: readonly Pick<Project, 'city' | 'action' | 'commitments' | 'payments'>[];
};

export type Timeline = {
  total: TimelinePoint[];
  /** By ISTAT code: a city with no project in a release has a point of zeros there. */
  byCity: Map<string, TimelinePoint[]>;
  /** By action code; projects whose action is not classified count only in the total and their city. */
  byAction: Map<string, TimelinePoint[]>;
};

function point(date: string, projects: TimelineRelease['projects']): TimelinePoint {
  const c = sumCents(projects.map((p) => p.commitments));
  const p = sumCents(projects.map((x) => x.payments));
  return {
    date,
    projects: projects.length,
    committed: c.cents,
    paid: p.cents,
    missingCommitments: c.missing,
    missingPayments: p.missing,
  };
}

/** The timeline of `releases` (oldest first) for the given cities and actions, one point per release each. */
export function spendingTimeline(
  releases: readonly TimelineRelease[],
  cities: readonly string[],
  actions: readonly string[],
): Timeline {
  const dates = releases.map((r) => r.date);
  if (dates.some((d, i) => i > 0 && d <= dates[i - 1]!))
    throw new Error('spendingTimeline: releases must be in date order, each date once.');
  const byCity = new Map(cities.map((c) => [c, [] as TimelinePoint[]]));
  const byAction = new Map(actions.map((a) => [a, [] as TimelinePoint[]]));
  const total: TimelinePoint[] = [];
  for (const r of releases) {
    total.push(point(r.date, r.projects));
    const ofCity = new Map<string, TimelineRelease['projects'][number][]>();
    const ofAction = new Map<string, TimelineRelease['projects'][number][]>();
    for (const p of r.projects) {
      let l = ofCity.get(p.city);
      if (!l) ofCity.set(p.city, (l = []));
      l.push(p);
      if (p.action !== null) {
        let m = ofAction.get(p.action);
        if (!m) ofAction.set(p.action, (m = []));
        m.push(p);
      }
    }
    for (const [c, list] of byCity) list.push(point(r.date, ofCity.get(c) ?? []));
    for (const [a, list] of byAction) list.push(point(r.date, ofAction.get(a) ?? []));
  }
  return { total, byCity, byAction };
}
