import { describe, expect, it } from 'vitest';
import { smallSite } from '../../tests/lib/site-small.ts';
import { listsPage, type ListKind } from './lists.ts';

const site = smallSite();

describe('listsPage', () => {
  it('lists every item of each axis in the reference order, each linked to its page', () => {
    const expected: Record<ListKind, string[]> = {
      objectives: site.objectives.map((o) => o.code),
      actions: site.actions.map((a) => a.code),
      cities: site.cities.map((c) => c.name),
      targetGroups: site.targetGroups.map((g) => g.name.en),
    };
    for (const kind of Object.keys(expected) as ListKind[]) {
      const page = listsPage(site, kind, 'en');
      expect(page.rows.map((r) => r.label)).toEqual(expected[kind]);
      expect(new Set(page.rows.map((r) => JSON.stringify(r.route))).size).toBe(page.rows.length);
      // it opens with its comparison chart, whose home is this page
      expect(page.figure.page).toEqual({ name: kind });
      expect(page.figure.table.rows).toHaveLength(page.rows.length);
    }
  });

  it("measures cities against their allocation, and their allocations and payments add up to the priority's", () => {
    const page = listsPage(site, 'cities', 'it');
    expect(page.hasAllocation).toBe(true);
    expect(page.rows.reduce((s, r) => s + r.base!, 0)).toBe(site.total.funnel.allocated);
    expect(page.rows.reduce((s, r) => s + r.funnel.paid, 0)).toBe(site.total.funnel.paid);
    for (const r of page.rows) expect(r.paidRate).toBeCloseTo(r.funnel.paid / r.funnel.allocated!, 12);
    expect(page.rows.find((r) => r.label === 'Napoli')!.text).toMatch(/^Campania · /);
  });

  it('measures target groups against their cost: they have no allocation', () => {
    const page = listsPage(site, 'targetGroups', 'it');
    expect(page.hasAllocation).toBe(false);
    for (const r of page.rows) {
      expect(r.base).toBe(r.funnel.cost);
      expect(r.paidRate).toBe(r.funnel.cost > 0 ? r.funnel.paid / r.funnel.cost : null);
    }
    expect(page.rows.some((r) => r.paidRate === null)).toBe(true);
    expect(page.untagged).toBe(site.untaggedCount);
  });
});
