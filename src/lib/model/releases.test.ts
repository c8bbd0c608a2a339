import { describe, expect, it } from 'vitest';
import type { Allocation, Project } from '../schema/index.ts';
import { testAllocation, testMeta, testProject } from '../../../tests/lib/project-fixture.ts';
import { diffReleases, type Release } from './releases.ts';

const release = (date: string, projects: Project[], allocations: Allocation[]): Release => ({
  meta: testMeta(date),
  projects,
  allocations,
});

describe('diffReleases', () => {
  const prev = release(
    '2026-06-30',
    [testProject('A'), testProject('B'), testProject('C', { city: '072006' })],
    [testAllocation(1_000_000, '063049'), testAllocation(500_000, '072006')],
  );
  const curr = release(
    '2026-10-31',
    [
      testProject('A'),
      testProject('B', { payments: 40_050, status: 'Concluso', targetGroups: ['donne', 'giovani'] }),
      testProject('D', { action: null, targetGroups: null, cost: 25_025 }),
    ],
    [testAllocation(1_200_000, '063049'), testAllocation(500_000, '072006')],
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
