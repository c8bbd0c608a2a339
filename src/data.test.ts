import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadSiteData } from './data.ts';

// A small hand-made fixture with awkward values (a title with <script> and </svg>, accents,
// OpenCoesione rows without action or target groups, missing commitments).
const d = loadSiteData(resolve(import.meta.dirname, '../tests/fixtures/site-small'));

describe('loadSiteData', () => {
  it('sorts projects largest first', () => {
    for (let i = 1; i < d.projects.length; i++)
      expect(d.projects[i - 1].cost).toBeGreaterThanOrEqual(d.projects[i].cost);
  });
  it('indexes every city, action, objective and target group', () => {
    expect(d.byCity.size).toBe(14);
    expect(d.byAction.size).toBe(5);
    expect(d.byObjective.size).toBe(3);
    expect(d.byTargetGroup.size).toBe(17);
  });
  it('adds up: cities and objectives sum to the total; actions plus unclassified too', () => {
    const sum = (m: Map<string, { funnel: { cost: number; paid: number; allocated: number | null } }>) =>
      [...m.values()].reduce(
        (a, g) => ({
          cost: a.cost + g.funnel.cost,
          paid: a.paid + g.funnel.paid,
          alloc: a.alloc + (g.funnel.allocated ?? 0),
        }),
        { cost: 0, paid: 0, alloc: 0 },
      );
    const t = d.total.funnel;
    expect(sum(d.byCity)).toEqual({ cost: t.cost, paid: t.paid, alloc: t.allocated });
    expect(sum(d.byObjective)).toEqual({ cost: t.cost, paid: t.paid, alloc: t.allocated });
    const actions = sum(d.byAction);
    const unclassified = sum(d.unclassifiedByObjective);
    expect(actions.cost + unclassified.cost).toBe(t.cost);
    expect(actions.alloc).toBe(t.allocated);
  });
  it('never puts a project without target groups under a group', () => {
    const untagged = new Set(d.projects.filter((p) => p.targetGroups === null).map((p) => p.id));
    expect(untagged.size).toBe(d.untaggedCount);
    for (const g of d.byTargetGroup.values()) for (const p of g.projects) expect(untagged.has(p.id)).toBe(false);
  });
  it('fails loudly, naming the file, on a missing folder', () => {
    expect(() => loadSiteData('/nonexistent')).toThrow(/reference\.json/);
  });
});
