// The static search (pagefind) from the built files: a query finds projects in the page's
// language, the city and action filters are offered, and nothing breaks the CSP or leaves the site.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cspViolations, guardedContext, openBrowser, servedSite, visit } from './harness.ts';

const site = servedSite();
let browser: Browser;
beforeAll(async () => { browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); });

it.for([
  ['/cerca/?q=napoli', 'Città', 'Azione'],
  ['/en/search/?q=napoli', 'City', 'Action'],
])('%s finds projects and offers the city and action filters', async ([path, city, action]) => {
  const { context, outside } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, path!);
    await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 });
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
    expect(filters.map((f) => f.trim())).toEqual(expect.arrayContaining([city, action]));
    // results link to pages of the same language
    const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.startsWith('/en/')).toBe(path!.startsWith('/en/'));
    expect(await cspViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});
