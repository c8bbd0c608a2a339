import { describe, expect, it } from 'vitest';
import { smallSite } from '../../tests/lib/site-small.ts';
import { TOP_PROJECTS } from './axis.ts';
import { cityPage, cityProjectsPage } from './city.ts';

const site = smallSite();
const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe('cityPage', () => {
  it("gives each city's funnel as the sum of its own projects, and its allocation as the sum of its allocation rows", () => {
    for (const c of site.cities) {
      const page = cityPage(site, c.slug, 'it');
      const own = site.projects.filter((p) => p.city === c.istat);
      expect(page.funnel.projects).toBe(own.length);
      expect(page.funnel.cost).toBe(sum(own.map((p) => p.cost)));
      expect(page.funnel.paid).toBe(sum(own.map((p) => (p.payments === null ? 0 : p.payments))));
      expect(page.funnel.missingPayments).toBe(own.filter((p) => p.payments === null).length);
      expect(page.funnel.allocated).toBe(sum(site.allocations.filter((a) => a.city === c.istat).map((a) => a.total)));
    }
  });

  it('lists its largest projects, largest first, all of them when there are fewer than the table holds', () => {
    for (const c of site.cities) {
      const { top } = cityPage(site, c.slug, 'en');
      const own = site.projects.filter((p) => p.city === c.istat);
      expect(top.total).toBe(own.length);
      expect(top.rows.length).toBe(Math.min(own.length, TOP_PROJECTS));
      for (let i = 1; i < top.rows.length; i++) expect(top.rows[i - 1]!.cost).toBeGreaterThanOrEqual(top.rows[i]!.cost);
      for (const r of top.rows) expect(r.city).toBe(c.name);
    }
  });

  it('ranks the cities by allocation: positions 1 to 14, each once, larger allocations first', () => {
    const pages = site.cities.map((c) => cityPage(site, c.slug, 'it'));
    expect(pages.map((p) => p.allocationRank.position).sort((a, b) => a - b)).toEqual(
      site.cities.map((_c, i) => i + 1),
    );
    const byPosition = [...pages].sort((a, b) => a.allocationRank.position - b.allocationRank.position);
    for (let i = 1; i < byPosition.length; i++)
      expect(byPosition[i - 1]!.funnel.allocated!).toBeGreaterThanOrEqual(byPosition[i]!.funnel.allocated!);
    for (const p of pages) expect(p.allocationRank.of).toBe(site.cities.length);
  });

  it("compares the city's paid share with the median of all cities'", () => {
    const rates = site.cities.map((c) => cityPage(site, c.slug, 'it').paidRate!).sort((a, b) => a - b);
    const median = (rates[6]! + rates[7]!) / 2;
    for (const c of site.cities) {
      const page = cityPage(site, c.slug, 'it');
      expect(page.paidRate).toBeCloseTo(page.funnel.paid / page.funnel.allocated!, 12);
      expect(page.medianPaidRate).toBe(median);
    }
  });

  it("makes the city's own figures", () => {
    const page = cityPage(site, 'napoli', 'en');
    expect(page.figures.funnel.lang).toBe('en');
    expect(page.figures.compare.table.rows.length).toBe(site.cities.length);
  });

  it('fails on a city the reference does not have', () => {
    expect(() => cityPage(site, 'atlantide', 'it')).toThrow(/no city atlantide/);
  });
});

describe('cityProjectsPage', () => {
  it('lists every project of the city, largest first, none of another city', () => {
    for (const c of site.cities) {
      const { rows } = cityProjectsPage(site, c.slug);
      expect(rows.map((r) => r.id).sort()).toEqual(
        site.projects
          .filter((p) => p.city === c.istat)
          .map((p) => p.id)
          .sort(),
      );
      for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.cost).toBeGreaterThanOrEqual(rows[i]!.cost);
    }
  });
});
