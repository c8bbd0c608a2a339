import { describe, expect, it } from 'vitest';
import { smallSite } from '../../tests/lib/site-small.ts';
import { beneficiariesPage, beneficiaryPage } from './beneficiaries.ts';

const site = smallSite();

describe('beneficiariesPage', () => {
  it('ranks legal entities only, largest cost first', () => {
    const page = beneficiariesPage(site, 'it');
    expect(page.ranking.length).toBe(Math.min(page.legalCount, page.shown));
    expect(page.legalCount).toBe(site.beneficiaries.filter((b) => b.kind === 'legal').length);
    for (const r of page.ranking) expect(r.beneficiary.kind).toBe('legal');
    for (let i = 1; i < page.ranking.length; i++)
      expect(page.ranking[i - 1]!.funnel.cost).toBeGreaterThanOrEqual(page.ranking[i]!.funnel.cost);
    expect(page.natural).toBeUndefined();
  });
  it("gives the share of all projects' cost the first entities hold, each project once", () => {
    const page = beneficiariesPage(site, 'it');
    const first = new Set(page.ranking.slice(0, page.top).map((r) => r.beneficiary.id));
    const cents = (list: typeof site.projects) => list.reduce((s, p) => s + p.cost, 0);
    const held = site.projects.filter((p) => p.beneficiaries.some((b) => first.has(b)));
    expect(held.length).toBeGreaterThan(0);
    expect(page.topShare).toBe(cents(held) / cents(site.projects));
  });
});

describe("the ranking's table", () => {
  it('ranks the legal entities listed 1, 2, 3…, and has natural persons as one row without a rank, where their total puts them', () => {
    const page = beneficiariesPage(site, 'it');
    const ranks = page.table.filter((x) => x.rank !== null).map((x) => x.rank);
    expect(ranks).toEqual(page.ranking.map((_, i) => i + 1));
    expect(page.table.filter((x) => x.rank !== null).map((x) => x.summary)).toEqual(page.ranking);
    const natural = page.table.filter((x) => x.rank === null);
    expect(natural.length).toBeLessThanOrEqual(1);
    for (const x of natural) expect(x.summary.beneficiary.kind).toBe('natural');
    for (let i = 1; i < page.table.length; i++)
      expect(page.table[i - 1]!.summary.funnel.cost).toBeGreaterThanOrEqual(page.table[i]!.summary.funnel.cost);
  });
});

describe('beneficiaryPage', () => {
  it("adds up the entity's money by city and by action to its funnel, largest first", () => {
    for (const b of site.beneficiaries) {
      const page = beneficiaryPage(site, b.id, 'en');
      const own = site.projects.filter((p) => p.beneficiaries.includes(b.id));
      expect(page.rows.map((r) => r.id).sort()).toEqual(own.map((p) => p.id).sort());
      expect(page.summary.funnel.cost).toBe(own.reduce((s, p) => s + p.cost, 0));
      for (const list of [page.byCity, page.byAction]) {
        expect(list.reduce((s, r) => s + r.funnel.cost, 0)).toBe(page.summary.funnel.cost);
        for (let i = 1; i < list.length; i++)
          expect(list[i - 1]!.funnel.cost).toBeGreaterThanOrEqual(list[i]!.funnel.cost);
      }
      for (const r of page.byCity) expect(r.route).toMatchObject({ name: 'city' });
      // Projects without an action are a row of their own, with no page.
      const none = page.byAction.find((r) => r.label === null);
      expect(none?.route ?? null).toBeNull();
      expect(none !== undefined).toBe(own.some((p) => p.action === null));
      expect(page.sole).toBe(own.every((p) => p.beneficiaries.length === 1));
      // Its charts have a row for each row of its tables.
      expect(page.figures.byCity.table.rows).toHaveLength(page.byCity.length);
      expect(page.figures.byAction.table.rows).toHaveLength(page.byAction.length);
    }
  });
});
