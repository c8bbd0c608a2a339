import { describe, expect, it } from 'vitest';
import type { Indicator } from '../schema/index.ts';
import { groupIndicators, indicatorCodesByProject, indicatorTotals } from './indicators.ts';

const ind = (
  project: string,
  code: string,
  unit: string,
  planned: number | null,
  achieved: number | null,
  description: string | null = null,
): Indicator => ({ project, code, unit, planned, achieved, description, source: { file: 'indicatori.csv', row: 2 } });

describe('indicatorTotals', () => {
  const all = [
    ind('A', 'EECO01', 'Persone', 100, 40, 'Partecipanti'),
    ind('B', 'EECO01', 'Persone', 50, null, 'Numero totale di partecipanti'),
    ind('C', 'EECO01', 'Persone', 10, 12, 'Partecipanti'),
    ind('A', 'EECO01', 'Numero', 3, 1),
    ind('B', 'EECO16', 'Persone', 0.5, 0.25),
  ];
  it('adds up only within one code and one unit, and says how many report nothing achieved', () => {
    expect(indicatorTotals(all)).toEqual([
      {
        code: 'EECO01',
        unit: 'Numero',
        description: null,
        projects: 1,
        planned: 3,
        achieved: 1,
        notReported: 0,
        share: 1 / 3,
      },
      {
        code: 'EECO01',
        unit: 'Persone',
        description: 'Partecipanti',
        projects: 3,
        planned: 160,
        achieved: 52,
        notReported: 1,
        share: 52 / 160,
      },
      {
        code: 'EECO16',
        unit: 'Persone',
        description: null,
        projects: 1,
        planned: 0.5,
        achieved: 0.25,
        notReported: 0,
        share: 0.5,
      },
    ]);
  });
  it("keeps only the group's projects, and has no share when nothing is planned", () => {
    expect(indicatorTotals(all, (p) => p === 'C')).toEqual([
      {
        code: 'EECO01',
        unit: 'Persone',
        description: 'Partecipanti',
        projects: 1,
        planned: 10,
        achieved: 12,
        notReported: 0,
        share: 1.2,
      },
    ]);
    expect(indicatorTotals([ind('A', 'X', 'Numero', null, 5)])[0]).toMatchObject({
      planned: 0,
      achieved: 5,
      share: null,
      notReported: 0,
    });
  });
});

describe('groupIndicators', () => {
  const all = [
    ind('A', 'EECO01', 'Persone', 100, 40),
    ind('B', 'EECO01', 'Persone', 50, null),
    ind('A', 'EECO01', 'Numero', 3, null),
    ind('C', 'EECO18', 'Numero', 2, 2),
    ind('Z', 'EECO18', 'Numero', 9, 9),
  ];
  it('counts the projects reporting an indicator and those reporting none, and the values not yet achieved', () => {
    const g = groupIndicators(all, ['A', 'B', 'C', 'D']);
    expect(g.projects).toBe(4);
    expect(g.withIndicators).toBe(3); // D reports none; Z is not in the group
    expect(g.notReported).toBe(2);
    expect(g.totals.map((t) => [t.code, t.unit, t.planned, t.achieved])).toEqual([
      ['EECO01', 'Numero', 3, 0],
      ['EECO01', 'Persone', 150, 40],
      ['EECO18', 'Numero', 2, 2],
    ]);
    expect(g.splitCodes).toEqual(['EECO01']);
  });
  it('has nothing for a group whose projects report nothing', () => {
    expect(groupIndicators(all, ['D'])).toEqual({
      totals: [],
      projects: 1,
      withIndicators: 0,
      notReported: 0,
      splitCodes: [],
    });
  });
});

describe('indicatorCodesByProject', () => {
  it("lists each project's codes once, sorted, whatever the units", () => {
    const m = indicatorCodesByProject([
      ind('A', 'EECO16', 'Persone', 1, 1),
      ind('A', 'EECO01', 'Persone', 1, 1),
      ind('A', 'EECO01', 'Numero', 1, 1),
      ind('B', 'EECO18', 'Numero', 1, null),
    ]);
    expect(Object.fromEntries(m)).toEqual({ A: ['EECO01', 'EECO16'], B: ['EECO18'] });
  });
});
