import { describe, expect, it } from 'vitest';
import type { Allocation, Meta, Project } from '../schema/index.ts';
import { diffReleases, type Release } from './releases.ts';

const meta = (date: string): Meta => ({
  referenceDate: date,
  demonstration: true,
  demonstrationNote: null,
  sources: [],
  files: [],
  counts: { allocations: 0, projects: 0, beneficiaries: 0, naturalPersons: 0, indicators: 0 },
});
const project = (code: string, over: Partial<Project> = {}): Project => ({
  id: code.toLowerCase(),
  code,
  cup: null,
  title: `Progetto ${code}`,
  description: null,
  city: '063049',
  objective: 'ESO4.8',
  action: '4.4.8.1',
  actionSource: 'input',
  beneficiary: 'Ente (fittizio)',
  beneficiaryTaxCode: null,
  beneficiaries: ['ente-fittizio'],
  targetGroups: ['giovani'],
  cost: 100_000,
  eligibleCost: null,
  euFunding: null,
  commitments: 50_000,
  payments: 10_000,
  startDate: null,
  plannedEndDate: null,
  actualEndDate: null,
  status: 'In corso',
  interventionCategory: null,
  lat: null,
  lon: null,
  updatedAt: null,
  ocLink: null,
  flags: [],
  sourceKind: 'projects',
  source: { file: 'p.csv', row: 2 },
  ...over,
});
const alloc = (city: string, total: number): Allocation => ({
  city,
  action: '4.4.8.1',
  objective: 'ESO4.8',
  eu: total,
  national: 0,
  total,
  referenceDate: null,
  source: { file: 'd.csv', row: 2 },
});
const release = (date: string, projects: Project[], allocations: Allocation[]): Release => ({
  meta: meta(date),
  projects,
  allocations,
});

describe('diffReleases', () => {
  const prev = release(
    '2026-06-30',
    [project('A'), project('B'), project('C', { city: '072006' })],
    [alloc('063049', 1_000_000), alloc('072006', 500_000)],
  );
  const curr = release(
    '2026-10-31',
    [
      project('A'),
      project('B', { payments: 40_050, status: 'Concluso', targetGroups: ['donne', 'giovani'] }),
      project('D', { action: null, targetGroups: null, cost: 25_025 }),
    ],
    [alloc('063049', 1_200_000), alloc('072006', 500_000)],
  );
  const d = diffReleases(prev, curr);

  it('lists new, removed and changed projects by code', () => {
    expect(d.from).toBe('2026-06-30');
    expect(d.to).toBe('2026-10-31');
    expect(d.added.map((p) => p.code)).toEqual(['D']);
    expect(d.removed.map((p) => p.code)).toEqual(['C']);
    expect(d.changed.map((c) => c.after.code)).toEqual(['B']);
    expect(d.changed[0]!.fields).toEqual([
      { field: 'status', before: 'In corso', after: 'Concluso' },
      { field: 'payments', before: 10_000, after: 40_050 },
      { field: 'targetGroups', before: ['giovani'], after: ['donne', 'giovani'] },
    ]);
  });

  it('counts the money moved per city and action in cents', () => {
    expect(d.byCity.get('063049')).toEqual({
      allocated: [1_000_000, 1_200_000],
      cost: [200_000, 225_025],
      committed: [100_000, 150_000],
      paid: [20_000, 60_050],
    });
    expect(d.byCity.get('072006')).toEqual({
      allocated: [500_000, 500_000],
      cost: [100_000, 0],
      committed: [50_000, 0],
      paid: [10_000, 0],
    });
    expect(d.byAction.get('non-classificato')?.cost).toEqual([0, 25_025]);
    expect(d.total.cost).toEqual([300_000, 225_025]);
  });

  it('finds nothing between a release and itself', () => {
    const same = diffReleases(curr, curr);
    expect([same.added, same.removed, same.changed]).toEqual([[], [], []]);
  });
});
