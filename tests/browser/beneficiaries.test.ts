// The beneficiaries' pages on the bundled data: the ranking, an entity working in several cities
// with every project and its money by city, links both ways with project pages, no page for
// natural persons, and the search finding an entity by its name and by its tax code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Beneficiary, Project } from '../../src/lib/schema/index.ts';
import { guardedContext, openBrowser, servedSite, visit } from './harness.ts';

const site = servedSite();
const data = (file: string) => JSON.parse(readFileSync(join(site.dist, '..', 'data', file), 'utf8'));
const beneficiaries = data('beneficiaries.json') as Beneficiary[];
const projects = data('projects.json') as Project[];
const byCode = new Map(projects.map((p) => [p.code, p]));
const citiesOf = (b: Beneficiary) => new Set(b.projects.map((c) => byCode.get(c)!.city));
// The legal entity working in the most cities.
const entity = beneficiaries
  .filter((b) => b.kind === 'legal' && b.taxCode)
  .sort((a, b) => citiesOf(b).size - citiesOf(a).size || (a.id < b.id ? -1 : 1))[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('has a page per legal entity and none for natural persons', () => {
  expect(citiesOf(entity).size).toBeGreaterThanOrEqual(3);
  for (const b of beneficiaries) {
    for (const dir of ['beneficiari', 'en/beneficiaries'])
      expect(existsSync(join(site.dist, dir, b.id, 'index.html')), `${dir}/${b.id}`).toBe(b.kind === 'legal');
  }
});

it("shows an entity's every project, its money by city, and links from its projects back", async () => {
  const { context, outside } = await guardedContext(browser, site);
  try {
    for (const [path, projectsPath] of [
      [`/beneficiari/${entity.id}/`, '/progetti/'],
      [`/en/beneficiaries/${entity.id}/`, '/en/projects/'],
    ] as const) {
      const page = await visit(context, site, path);
      expect(await page.locator('h1').innerText()).toBe(entity.name);
      expect(await page.locator('main').innerText()).toContain(entity.taxCode!);
      const links = await page
        .locator('table.tbl-projects tbody th a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).toEqual(entity.projects.map((c) => `${projectsPath}${byCode.get(c)!.id}/`).sort());
      // by city: one row per city, the projects counted there
      const byCity = page.locator('table.tbl-cards').first().locator('tbody tr');
      expect(await byCity.count()).toBe(citiesOf(entity).size);
      const counted = await byCity
        .locator('td')
        .evaluateAll((tds) => tds.filter((_, i) => i % 3 === 0).map((td) => Number(td.textContent)));
      expect(counted.reduce((a, b) => a + b, 0)).toBe(entity.projects.length);
    }
    const project = byCode.get(entity.projects[0]!)!;
    const page = await visit(context, site, `/progetti/${project.id}/`);
    expect(await page.locator(`a[href="/beneficiari/${entity.id}/"]`).count()).toBeGreaterThan(0);
    const index = await visit(context, site, '/beneficiari/');
    expect(await index.locator(`a[href="/beneficiari/${entity.id}/"]`).count()).toBe(1);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});

it.for([['name'], ['tax code']])('the search finds an entity by its %s', async ([what]) => {
  const q = what === 'name' ? entity.name!.replace(/\s*\(.*\)$/, '') : entity.taxCode!;
  const { context } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, `/cerca/?q=${encodeURIComponent(q)}`);
    // The results are drawn as placeholders first and filled in as their fragments load: wait for the links.
    const firstLinks = () =>
      page
        .locator('.pagefind-ui__result-link')
        .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(firstLinks, { timeout: 15_000 }).toContain(`/beneficiari/${entity.id}/`);
  } finally {
    await context.close();
  }
});

it('counts natural persons together in the ranking, one unnamed row without a link, and says what the top 10 hold', async () => {
  const natural = beneficiaries.find((b) => b.kind === 'natural')!;
  const { context } = await guardedContext(browser, site, { javaScriptEnabled: false });
  try {
    for (const [path, label, top] of [
      [
        '/beneficiari/',
        'Persone fisiche',
        /I primi 10 beneficiari .* il [\d,]+% del costo di tutti i progetti della Priorità 4/,
      ],
      [
        '/en/beneficiaries/',
        'Natural persons',
        /The top 10 beneficiaries .* worth [\d.]+% of the cost of all Priority 4 projects/,
      ],
    ] as const) {
      const page = await visit(context, site, path);
      const row = page.locator('tr[data-natural]');
      expect(await row.count()).toBe(1);
      expect(await row.locator('th').innerText()).toContain(label);
      expect(await row.locator('a').count()).toBe(0);
      expect(Number(await row.locator('td').nth(2).innerText())).toBe(natural.projects.length);
      expect(await page.locator('main').innerText()).toMatch(top);
    }
  } finally {
    await context.close();
  }
});
