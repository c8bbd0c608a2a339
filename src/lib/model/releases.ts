// "What changed" between two releases of the data: projects new, removed and changed, and the
// money moved per city and per action. Projects are matched by their code, the one identifier
// the sources keep from one export to the next.
import type { ActionCode, Allocation, Meta, Project } from '../schema/index.ts';

export type Release = { meta: Meta; allocations: Allocation[]; projects: Project[] };

/** Fields whose change is reported, in the order a reader scans them. */
export const TRACKED_FIELDS = [
  'title',
  'status',
  'cost',
  'euFunding',
  'commitments',
  'payments',
  'beneficiary',
  'cup',
  'action',
  'targetGroups',
  'startDate',
  'plannedEndDate',
  'actualEndDate',
] as const satisfies ReadonlyArray<keyof Project>;
export type TrackedField = (typeof TRACKED_FIELDS)[number];

export type FieldChange = { field: TrackedField; before: Project[TrackedField]; after: Project[TrackedField] };
export type ProjectChange = { before: Project; after: Project; fields: FieldChange[] };

/** Cents before and after, for one city or action. */
export type Money = {
  allocated: [number, number];
  cost: [number, number];
  committed: [number, number];
  paid: [number, number];
};

export type ReleaseDiff = {
  from: string | null;
  to: string | null;
  added: Project[];
  removed: Project[];
  changed: ProjectChange[];
  byCity: Map<string, Money>;
  byAction: Map<ActionCode | 'non-classificato', Money>;
  total: Money;
};

function emptyMoney(): Money {
  return { allocated: [0, 0], cost: [0, 0], committed: [0, 0], paid: [0, 0] };
}

function same(a: unknown, b: unknown): boolean {
  return Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((x, i) => x === b[i]) : a === b;
}

export function diffReleases(prev: Release, curr: Release): ReleaseDiff {
  const before = new Map(prev.projects.map((p) => [p.code, p]));
  const after = new Map(curr.projects.map((p) => [p.code, p]));
  const byCode = (a: Project, b: Project) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  const added = curr.projects.filter((p) => !before.has(p.code)).sort(byCode);
  const removed = prev.projects.filter((p) => !after.has(p.code)).sort(byCode);
  const changed: ProjectChange[] = [];
  for (const p of [...curr.projects].sort(byCode)) {
    const q = before.get(p.code);
    if (!q) continue;
    const fields = TRACKED_FIELDS.filter((f) => !same(q[f], p[f])).map((f) => ({
      field: f,
      before: q[f],
      after: p[f],
    }));
    if (fields.length > 0) changed.push({ before: q, after: p, fields });
  }

  const byCity = new Map<string, Money>();
  const byAction = new Map<ActionCode | 'non-classificato', Money>();
  const total = emptyMoney();
  const at = <K>(m: Map<K, Money>, k: K) => {
    let v = m.get(k);
    if (!v) m.set(k, (v = emptyMoney()));
    return v;
  };
  const add = (i: 0 | 1, key: keyof Money, city: string, action: ActionCode | null, cents: number | null) => {
    if (cents === null) return;
    for (const m of [at(byCity, city), at(byAction, action ?? 'non-classificato'), total]) m[key][i] += cents;
  };
  (
    [
      [prev, 0],
      [curr, 1],
    ] as const
  ).forEach(([rel, i]) => {
    for (const a of rel.allocations) add(i, 'allocated', a.city, a.action, a.total);
    for (const p of rel.projects) {
      add(i, 'cost', p.city, p.action, p.cost);
      add(i, 'committed', p.city, p.action, p.commitments);
      add(i, 'paid', p.city, p.action, p.payments);
    }
  });
  return {
    from: prev.meta.referenceDate,
    to: curr.meta.referenceDate,
    added,
    removed,
    changed,
    byCity,
    byAction,
    total,
  };
}
