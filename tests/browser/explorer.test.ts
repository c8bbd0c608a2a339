// The project explorer in a real browser: filters, the URL that carries them (the same in both
// languages), back and forward, the keyboard alone, the selection downloads, and axe with the
// explorer open. The site's CSP stays on throughout.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, cspViolations, describeViolations, guardedContext, isDemonstration, openBrowser, servedSite, visit } from './harness.ts';

const site = servedSite();
let browser: Browser;
beforeAll(async () => { browser = await openBrowser(); });
afterAll(async () => { await browser?.close(); });

async function open(path: string): Promise<{ page: Page; outside: string[]; close: () => Promise<void> }> {
  const { context, outside } = await guardedContext(browser, site, { acceptDownloads: true });
  const page = await visit(context, site, path);
  await page.waitForSelector('[data-explorer-ui]:not([hidden]) tbody[data-rows] tr', { timeout: 20_000 });
  return { page, outside, close: () => context.close() };
}

const rows = (page: Page) => page.locator('tbody[data-rows] tr');
const live = (page: Page) => page.locator('[data-live]').innerText();
const search = (page: Page) => page.evaluate(() => location.search);
/** The number the live region announces first ("123 progetti ..."). */
const announced = async (page: Page) => Number((await live(page)).replace(/\./g, '').replace(/,/g, '').match(/\d+/)![0]);

describe('the project explorer', () => {
  it('filters, counts and writes the filters in the URL', async () => {
    const { page, outside, close } = await open('/progetti/');
    try {
      const all = await announced(page);
      expect(all).toBe((JSON.parse(readFileSync(`${site.dist}/dati/projects.json`, 'utf8')) as { data: unknown[] }).data.length);
      await page.locator('details[data-facet="citta"] summary').click();
      await page.locator('input[name="citta"][value="napoli"]').check();
      await expect.poll(() => search(page)).toContain('citta=napoli');
      const napoli = await announced(page);
      expect(napoli).toBeGreaterThan(0);
      expect(napoli).toBeLessThan(all);
      // every row shown is in Napoli
      const cities = await rows(page).locator('td:nth-child(2)').allInnerTexts();
      expect(cities.length).toBeGreaterThan(0);
      for (const c of cities) expect(c).toContain('Napoli');
      const violations = await axeViolations(page);
      expect(violations, describeViolations('/progetti/ (explorer open)', violations)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it('restores the same view from a pasted link, in Italian and in English', async () => {
    // a link as the explorer writes it: parameters in a fixed order, values sorted
    const query = '?citta=bari,napoli&az=4.4.12.1&ord=titolo';
    const counts: number[] = [];
    const firstTitles: string[] = [];
    for (const path of [`/progetti/${query}`, `/en/projects/${query}`]) {
      const { page, close } = await open(path);
      try {
        expect(await page.locator('input[name="citta"][value="napoli"]').isChecked()).toBe(true);
        expect(await page.locator('input[name="citta"][value="bari"]').isChecked()).toBe(true);
        expect(await page.locator('input[name="az"][value="4.4.12.1"]').isChecked()).toBe(true);
        expect(await page.locator('select[name="ord"]').inputValue()).toBe('titolo');
        expect(await search(page)).toBe(query);
        counts.push(await announced(page));
        firstTitles.push(await rows(page).first().locator('td, th').first().innerText());
      } finally {
        await close();
      }
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
    expect(firstTitles[1]).toBe(firstTitles[0]);
  });

  it('drops malformed parameters without breaking', async () => {
    const { page, close } = await open('/progetti/?citta=atlantide&pag=-3&ord=%3Cscript%3E&costo=abc');
    try {
      expect(await rows(page).count()).toBeGreaterThan(0);
      expect(await search(page)).toBe('');
    } finally {
      await close();
    }
  });

  it('goes back and forward through the filters', async () => {
    const { page, close } = await open('/progetti/');
    try {
      await page.locator('details[data-facet="citta"] summary').click();
      await page.locator('input[name="citta"][value="roma"]').check();
      await expect.poll(() => search(page)).toBe('?citta=roma');
      await page.locator('input[name="citta"][value="milano"]').check();
      await expect.poll(() => search(page)).toBe('?citta=milano,roma');
      await page.goBack();
      await expect.poll(() => search(page)).toBe('?citta=roma');
      await expect.poll(() => page.locator('input[name="citta"][value="milano"]').isChecked()).toBe(false);
      expect(await page.locator('input[name="citta"][value="roma"]').isChecked()).toBe(true);
      await page.goBack();
      await expect.poll(() => search(page)).toBe('');
      await page.goForward();
      await expect.poll(() => search(page)).toBe('?citta=roma');
    } finally {
      await close();
    }
  });

  it('works from the keyboard alone', async () => {
    const { page, close } = await open('/en/projects/');
    try {
      // Tab to the city filter's summary, open it with Enter, tab to Bari, tick it with Space.
      let found = false;
      for (let i = 0; i < 120 && !found; i++) {
        await page.keyboard.press('Tab');
        found = await page.evaluate(() => document.activeElement?.matches('details[data-facet="citta"] > summary') ?? false);
      }
      expect(found, 'the city filter is reachable with Tab').toBe(true);
      await page.keyboard.press('Enter');
      let onBari = false;
      for (let i = 0; i < 30 && !onBari; i++) {
        await page.keyboard.press('Tab');
        onBari = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'bari');
      }
      expect(onBari, 'Bari is reachable with Tab').toBe(true);
      await page.keyboard.press('Space');
      await expect.poll(() => search(page)).toBe('?citta=bari');
      expect(await live(page)).toMatch(/\d/);
    } finally {
      await close();
    }
  });

  it('downloads the selection as CSV, labelled while the data is a demonstration', async () => {
    const { page, close } = await open('/progetti/?citta=cagliari');
    try {
      const n = await announced(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button[data-download="csv"]').click()]);
      const name = download.suggestedFilename();
      const text = readFileSync((await download.path())!, 'utf8');
      const lines = text.trim().split(/\r?\n/);
      expect(lines.length - 1).toBe(n);
      expect(lines[0]).toContain('code');
      if (isDemonstration(site)) expect(name).toContain('dimostrativi');
    } finally {
      await close();
    }
  });
});
