import { describe, expect, it } from 'vitest';
import type { Beneficiary, SiteData } from '../data.ts';
import { smallSite } from '../../tests/lib/site-small.ts';
import { projectRow } from './project-row.ts';
import { projectPage } from './projects.ts';

const site = smallSite();
const first = site.projects[0]!;

describe('projectRow', () => {
  it('shows the project as the tables do: code, title, city name, action, money, status, flags, its page', () => {
    const withoutPayments = site.projects.find((p) => p.payments === null)!;
    for (const p of [first, withoutPayments]) {
      const row = projectRow(site, p);
      expect(row).toMatchObject({
        id: p.id,
        code: p.code,
        title: p.title,
        action: p.action,
        cost: p.cost,
        payments: p.payments,
        status: p.status,
        flags: p.flags,
      });
      expect(row.city).toBe(site.cityByIstat.get(p.city)!.name);
      expect(row.route).toEqual({ name: 'project', id: p.id });
      expect(row.paidShare).toBe(p.payments === null ? null : p.payments / p.cost);
    }
  });

  it('links no page for a project the site does not have (a removed one), and shows an unknown city by its code', () => {
    const row = projectRow(site, { ...first, id: 'rimosso-1', city: '999999' });
    expect(row.route).toBeNull();
    expect(row.city).toBe('999999');
  });

  it('has no paid share when the cost is zero', () => {
    expect(projectRow(site, { ...first, cost: 0, payments: 0 }).paidShare).toBeNull();
  });

  it('links each legal beneficiary and never names a natural person', () => {
    const person: Beneficiary = {
      id: 'persone-fisiche',
      name: null,
      taxCode: null,
      kind: 'natural',
      projects: [first.code],
    };
    const edited = { ...first, beneficiaries: [...first.beneficiaries, person.id] };
    const withPerson: SiteData = {
      ...site,
      beneficiaryById: new Map([...site.beneficiaryById, [person.id, person]]),
      projectById: new Map([...site.projectById, [first.id, edited]]),
    };
    const row = projectRow(withPerson, edited);
    const legal = site.beneficiaryById.get(first.beneficiaries[0]!)!;
    expect(row.beneficiaries).toEqual([
      { name: legal.name, route: { name: 'beneficiary', id: legal.id } },
      { name: null, route: null },
    ]);
    expect(JSON.stringify(row.beneficiaries)).not.toContain('persone-fisiche');
    expect(projectPage(withPerson, first.id, 'it').hasNaturalPerson).toBe(true);
    expect(projectPage(withPerson, first.id, 'it').beneficiaries).toEqual(row.beneficiaries);
    expect(projectPage(site, first.id, 'it').hasNaturalPerson).toBe(false);
  });
});

describe('projectPage', () => {
  it("resolves the project's city, objective, action, target groups and indicators", () => {
    for (const p of site.projects) {
      const page = projectPage(site, p.id, 'it');
      expect(page.city.istat).toBe(p.city);
      expect(page.objective.code).toBe(p.objective);
      expect(page.action?.code ?? null).toBe(p.action);
      expect(page.targetGroups?.map((g) => g.code) ?? null).toEqual(p.targetGroups);
      for (const g of page.targetGroups ?? []) expect(g.group?.code).toBe(g.code);
      expect(page.indicators.every((i) => i.project === p.code)).toBe(true);
      expect(page.figure.id).toContain(p.id);
    }
    expect(site.projects.some((p) => projectPage(site, p.id, 'it').indicators.length > 0)).toBe(true);
  });
});
