import { describe, expect, it } from 'vitest';
import type { Beneficiary, Project } from '../schema/index.ts';
import { beneficiarySummaries, rankByCost, topShare } from './beneficiaries.ts';

const project = (code: string, city: string, action: Project['action'], cost: number, beneficiaries: string[]) =>
  ({ code, city, action, cost, commitments: cost / 2, payments: null, beneficiaries }) as unknown as Project;
const legal = (id: string, projects: string[]): Beneficiary => ({
  id,
  name: id.toUpperCase(),
  taxCode: id,
  kind: 'legal',
  projects,
});

const projects = [
  project('A', '063049', '4.4.8.1', 10_000, ['x']),
  project('B', '072006', '4.4.8.1', 30_000, ['x', 'y']),
  project('C', '072006', null, 5_000, ['y']),
  project('D', '063049', '4.4.11.1', 100_000, ['persone-fisiche']),
];
const beneficiaries: Beneficiary[] = [
  legal('x', ['A', 'B']),
  legal('y', ['B', 'C']),
  { id: 'persone-fisiche', name: null, taxCode: null, kind: 'natural', projects: ['D'] },
];

describe('beneficiary summaries', () => {
  const summaries = beneficiarySummaries(beneficiaries, projects);
  it("totals each beneficiary's projects in cents, by city and by action, largest project first", () => {
    const x = summaries[0]!;
    expect(x.projects.map((p) => p.code)).toEqual(['B', 'A']);
    expect(x.funnel).toMatchObject({ cost: 40000, committed: 20000, paid: 0, projects: 2, missingPayments: 2 });
    expect(x.byCity.get('063049')?.cost).toBe(10000);
    expect(x.byCity.get('072006')?.cost).toBe(30000);
    expect(summaries[1]!.byAction.get(null)?.cost).toBe(5000);
  });
  it('ranks by cost, and gives the share of the whole held by the top legal entities, each project once', () => {
    expect(rankByCost(summaries).map((s) => s.beneficiary.id)).toEqual(['persone-fisiche', 'x', 'y']);
    // x and y share project B: 100 + 300 + 50 of 1450, natural persons left out of the top.
    expect(topShare(rankByCost(summaries), projects, 10)).toBeCloseTo(450 / 1450);
    expect(topShare(rankByCost(summaries), projects, 1)).toBeCloseTo(400 / 1450);
    expect(topShare([], [], 10)).toBeNull();
  });
});
