// The indicators of a city page on the bundled data, JavaScript off: every row is one code and
// one unit, with the sums of data/build/indicators.json over the city's projects (computed here
// again, not with the site's code), and the chart's CSV holds the same numbers. Then the
// explorer's indicator filter: the URL it reads and writes, and the projects it counts, from the
// city page's link and from a pasted address, in both languages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { City, Indicator, Project } from '../../src/lib/schema/index.ts';
import { cspViolations, guardedContext, openBrowser, pickPages, servedSite, visit, type Lang } from './harness.ts';

const site = servedSite();
const data = (file: string) => JSON.parse(readFileSync(join(site.dist, '..', 'data', file), 'utf8'));
const indicators = data('indicators.json') as Indicator[];
const projects = data('projects.json') as Project[];
const cities = (data('reference.json') as { cities: City[] }).cities;

const slug = pickPages(site).city.split('/').at(-2)!;
const city = cities.find((c) => c.slug === slug)!;
const own = new Set(projects.filter((p) => p.city === city.istat).map((p) => p.code));
/** The city's sums by code and unit, as the page must show them. */
const expected = new Map<string, { planned: number; achieved: number; projects: number; notReported: number }>();
for (const i of indicators) {
  if (!own.has(i.project)) continue;
  const key = `${i.code}|${i.unit}`;
  const e = expected.get(key) ?? { planned: 0, achieved: 0, projects: 0, notReported: 0 };
  e.planned += i.planned ?? 0;
  e.achieved += i.achieved ?? 0;
  e.projects += 1;
  if (i.achieved === null && i.planned !== null) e.notReported += 1;
  expected.set(key, e);
}
const reporting = new Set(indicators.filter((i) => own.has(i.project)).map((i) => i.project));

/** A number as the page writes it in `lang` ("1.234,5" / "1,234.5", "44,8%"). */
function parse(text: string, lang: Lang): number {
  const t = text.trim().replace('%', '');
  return Number(lang === 'it' ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, ''));
}

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("a city's indicators", () => {
  it.for([
    ['it', `/citta/${slug}/`],
    ['en', `/en/cities/${slug}/`],
  ] as const)('%s: each code and unit with the sums of indicators.json, JavaScript off', async ([lang, path]) => {
    expect(expected.size).toBeGreaterThan(1);
    const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
    try {
      const page = await visit(context, site, path);
      const rows = await page.locator('table[data-indicators] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          code: tr.getAttribute('data-code')!,
          unit: tr.getAttribute('data-unit')!,
          cells: [...tr.querySelectorAll('td')].map((td) => td.textContent ?? ''),
          link: tr.querySelector('a')?.getAttribute('href') ?? '',
        })),
      );
      expect(rows.map((r) => `${r.code}|${r.unit}`).sort()).toEqual([...expected.keys()].sort());
      for (const r of rows) {
        const e = expected.get(`${r.code}|${r.unit}`)!;
        const [, , planned, achieved, share, count, notReported] = r.cells.map((c) => c.trim());
        expect(parse(planned!, lang), r.code).toBeCloseTo(e.planned, 2);
        expect(parse(achieved!, lang), r.code).toBeCloseTo(e.achieved, 2);
        expect(parse(share!, lang), r.code).toBeCloseTo((100 * e.achieved) / e.planned, 1);
        expect(parse(count!, lang), r.code).toBe(e.projects);
        expect(parse(notReported!, lang), r.code).toBe(e.notReported);
        expect(r.link).toBe(`${lang === 'it' ? '/progetti/' : '/en/projects/'}?citta=${slug}&ind=${r.code}`);
      }
      // What is summed and what is not, in words: the projects reporting, and those reporting none.
      const section = await page.locator('#indicatori ~ p').first().innerText();
      expect(section).toContain(String(reporting.size));
      if (own.size > reporting.size) expect(section).toContain(String(own.size - reporting.size));
      // The chart, drawn without JavaScript, and its CSV with the same sums.
      const figure = page.locator(`figure#city-${slug}-indicators`);
      expect(await figure.locator('svg').count()).toBe(1);
      const csvHref = await figure.locator('a[download][href$=".csv"]').getAttribute('href');
      const csv = Papa.parse<string[]>(readFileSync(join(site.dist, csvHref!), 'utf8'), { skipEmptyLines: true }).data;
      expect(csv).toHaveLength(expected.size + 1);
      for (const [indicator, unit, planned, achieved] of csv.slice(1)) {
        const e = expected.get(`${indicator!.split(' ')[0]}|${unit}`)!;
        expect(Number(planned), indicator).toBeCloseTo(e.planned, 6);
        expect(Number(achieved), indicator).toBeCloseTo(e.achieved, 6);
      }
      expect(await cspViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("the explorer's indicator filter", () => {
  const withCode = (code: string) => new Set(indicators.filter((i) => i.code === code).map((i) => i.project));
  const announced = async (page: Page) =>
    Number((await page.locator('[data-live]').innerText()).replace(/[.,]/g, '').match(/\d+/)![0]);
  const open = async (path: string) => {
    const { context, outside } = await guardedContext(browser, site);
    const page = await visit(context, site, path);
    await page.waitForSelector('[data-explorer-ui]:not([hidden]) tbody[data-rows] tr', { timeout: 20_000 });
    return { page, outside, close: () => context.close() };
  };

  it('opens from a city page on the projects of one indicator, and keeps the filter in the URL', async () => {
    const { context } = await guardedContext(browser, site);
    let path: string;
    let code: string;
    try {
      const city = await visit(context, site, `/citta/${slug}/`);
      const link = city.locator('table[data-indicators] tbody tr').last().locator('a');
      path = (await link.getAttribute('href'))!;
      code = path.match(/ind=([^&]+)/)![1]!;
    } finally {
      await context.close();
    }
    const { page, outside, close } = await open(path);
    try {
      expect(await page.locator(`input[name="ind"][value="${code}"]`).isChecked()).toBe(true);
      expect(await page.evaluate(() => location.search)).toBe(`?citta=${slug}&ind=${code}`);
      const inCity = [...withCode(code)].filter((p) => own.has(p)).length;
      expect(inCity).toBeGreaterThan(0);
      expect(await announced(page)).toBe(inCity);
      expect(await cspViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it.for([['/progetti/'], ['/en/projects/']])(
    '%s: a pasted ?ind= selects, and ticking "none reported" adds to it',
    async ([base]) => {
      const codes = [...new Set(indicators.map((i) => i.code))].sort();
      const code = codes.find((c) => withCode(c).size < own.size)!;
      const { page, close } = await open(`${base}?ind=${code}`);
      try {
        expect(await announced(page)).toBe(withCode(code).size);
        expect(await page.locator('tbody[data-rows] tr').count()).toBe(Math.min(50, withCode(code).size));
        const none = projects.filter((p) => !indicators.some((i) => i.project === p.code)).length;
        // The facet is open: a value of it is selected.
        expect(await page.locator('details[data-facet="ind"]').getAttribute('open')).not.toBeNull();
        await page.locator('input[name="ind"][value="nd"]').check();
        await expect.poll(() => page.evaluate(() => location.search)).toBe(`?ind=${code},nd`);
        expect(await announced(page)).toBe(withCode(code).size + none);
        await page.goBack();
        await expect.poll(() => page.evaluate(() => location.search)).toBe(`?ind=${code}`);
        expect(await page.locator('input[name="ind"][value="nd"]').isChecked()).toBe(false);
        expect(await announced(page)).toBe(withCode(code).size);
      } finally {
        await close();
      }
    },
  );
});
