// With JavaScript off, the pages still show their charts (static SVG rendered at build
// time, inside a <figure>) and their data tables. Tables kept in a closed <details> count
// when its native <summary> opens them, which needs no script.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowser, pickPages, servedSite, visit } from './harness.ts';

const site = servedSite();
const pages = pickPages(site);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens every closed <details> in <main> by clicking its summary, as a reader would. */
async function openAllDetails(page: Page): Promise<void> {
  const closed = page.locator('main details:not([open]) > summary');
  for (let n = await closed.count(); n > 0; n = await closed.count()) await closed.first().click();
}

describe('without JavaScript', () => {
  it.for(Object.entries(pages))('%s page shows its charts and tables', async ([, path]) => {
    const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
    try {
      const page = await visit(context, site, path);
      // The context really runs no page script: an inline script added now stays inert.
      await page.addScriptTag({ content: "document.documentElement.setAttribute('data-script-ran', '')" });
      expect(await page.locator('html[data-script-ran]').count()).toBe(0);

      const charts = page.locator('main figure svg');
      const nCharts = await charts.count();
      expect(nCharts, `${path}: charts (<svg> inside <figure> in <main>)`).toBeGreaterThan(0);
      for (let i = 0; i < nCharts; i++) {
        const svg = charts.nth(i);
        if (!(await svg.evaluate((e) => e.closest('figure')?.querySelector('svg') === e))) continue; // icons inside a chart's caption
        expect(await svg.isVisible(), `${path}: chart ${i + 1} visible`).toBe(true);
        const box = await svg.boundingBox();
        expect(
          box && box.width > 100 && box.height > 50,
          `${path}: chart ${i + 1} is drawn at a readable size (${JSON.stringify(box)})`,
        ).toBe(true);
        expect(
          await svg.locator('rect, path, circle, line, text').count(),
          `${path}: chart ${i + 1} has marks`,
        ).toBeGreaterThan(0);
      }

      await openAllDetails(page);
      const tables = page.locator('main table:has(th)');
      const nTables = await tables.count();
      expect(nTables, `${path}: tables with header cells in <main>`).toBeGreaterThan(0);
      for (let i = 0; i < nTables; i++) {
        expect(await tables.nth(i).isVisible(), `${path}: table ${i + 1} visible`).toBe(true);
      }
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
  it("lists each city's largest projects on /progetti/ and links the rest in the city's full table", async () => {
    const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
    try {
      const page = await visit(context, site, '/progetti/');
      const sections = page.locator('section.city-list');
      let capped = 0;
      for (let i = 0; i < (await sections.count()); i++) {
        const sec = sections.nth(i);
        const total = Number((await sec.locator('h2 .muted').innerText()).replace(/\D/g, ''));
        const listed = await sec.locator('ul.project-links > li').count();
        expect(listed).toBe(Math.min(total, 50));
        const more = sec.locator('ul.project-links + p > a');
        expect(await more.count()).toBe(total > 50 ? 1 : 0);
        if (total > 50 && capped++ === 0) {
          expect(await more.innerText()).toContain(String(total - 50));
          const table = await visit(context, site, (await more.getAttribute('href'))!);
          expect(await table.locator('main table tbody tr').count()).toBe(total);
        }
      }
      // the bundled data has cities with more than 50 projects: the cap is exercised
      expect(capped).toBeGreaterThan(0);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
