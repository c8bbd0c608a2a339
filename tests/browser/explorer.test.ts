// The project explorer in a real browser: filters, the URL that carries them (the same in both
// languages), back and forward, the keyboard alone, the selection downloads, and axe with the
// explorer open. The site's CSP stays on throughout.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n/strings.ts';
import {
  axeViolations,
  cspViolations,
  describeViolations,
  explorerChartsDrawn,
  guardedContext,
  isDemonstration,
  openBrowser,
  servedSite,
  visit,
} from './harness.ts';

const site = servedSite();
let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

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
const announced = async (page: Page) =>
  Number((await live(page)).replace(/\./g, '').replace(/,/g, '').match(/\d+/)![0]);

describe('the project explorer', () => {
  it('filters, counts and writes the filters in the URL', async () => {
    const { page, outside, close } = await open('/progetti/');
    try {
      const all = await announced(page);
      expect(all).toBe(
        (JSON.parse(readFileSync(`${site.dist}/dati/projects.json`, 'utf8')) as { data: unknown[] }).data.length,
      );
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
        found = await page.evaluate(
          () => document.activeElement?.matches('details[data-facet="citta"] > summary') ?? false,
        );
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
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('button[data-download="csv"]').click(),
      ]);
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

describe("the explorer's charts", () => {
  /** The accessible names of a chart's bars. */
  const barNames = (page: Page, chart: string) =>
    page
      .locator(`[data-chart="${chart}"] svg a[data-facet]`)
      .evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''));
  const bar = (page: Page, facet: string, value: string) =>
    page.locator(`[data-charts] a[data-facet="${facet}"][data-value="${value}"]`);

  it('are drawn after the list, with the demonstration mark, and redraw when a filter changes', async () => {
    const { page, outside, close } = await open('/progetti/');
    try {
      await explorerChartsDrawn(page);
      for (const id of ['funnel', 'citta', 'az', 'stato']) {
        const svg = page.locator(`[data-chart="${id}"] svg`);
        expect(await svg.count(), id).toBe(1);
        if (isDemonstration(site)) expect(await svg.locator('.demo-mark').textContent(), id).toBe(t('it').demo.mark);
        // Only attributes SVG allows (the W3C checker rejects Plot's font-variant): tabular figures come from CSS.
        expect(await svg.locator('[font-variant]').count(), id).toBe(0);
        expect(
          await svg
            .locator('text')
            .first()
            .evaluate((e) => getComputedStyle(e).fontVariantNumeric),
          id,
        ).toBe('tabular-nums');
      }
      const before = await barNames(page, 'az');
      const live = await page.locator('[data-charts-live]').textContent();
      expect(before.length).toBeGreaterThan(1);
      await page.locator('details[data-facet="citta"] summary').click();
      await page.locator('input[name="citta"][value="napoli"]').check();
      await expect.poll(() => barNames(page, 'az')).not.toEqual(before);
      // The action chart now sums Napoli's projects: the figures change, the actions stay the same kind.
      expect((await barNames(page, 'az')).every((n) => /M€, \d+ progett/.test(n))).toBe(true);
      await expect.poll(() => page.locator('[data-charts-live]').textContent()).not.toBe(live);
      // The city chart keeps every city (given the other filters), Napoli marked as selected.
      expect(await bar(page, 'citta', 'napoli').getAttribute('aria-label')).toMatch(/^Napoli: .*Selezionato/);
      expect(await page.locator('[data-chart="citta"] a[data-facet]').count()).toBeGreaterThan(1);
      const violations = await axeViolations(page);
      expect(violations, describeViolations('/progetti/ (charts drawn)', violations)).toEqual([]);
      expect(await cspViolations(page)).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await close();
    }
  });

  it('a click on a bar, Enter or Space on a focused bar toggle its filter, in the URL and the list', async () => {
    const { page, close } = await open('/en/projects/');
    try {
      await explorerChartsDrawn(page);
      expect(await bar(page, 'citta', 'bari').getAttribute('aria-label')).toMatch(
        /^Bari: €[\d.,]+m, \d+ projects, \d+% paid\. Press to add it to the filters\.$/,
      );
      await bar(page, 'citta', 'bari').click();
      await expect.poll(() => search(page)).toBe('?citta=bari');
      expect(await page.locator('input[name="citta"][value="bari"]').isChecked()).toBe(true);
      for (const c of await rows(page).locator('td:nth-child(2)').allInnerTexts()) expect(c).toContain('Bari');
      // From the keyboard: Tab reaches the bars, with a visible focus.
      await page.locator('[data-reset]').focus();
      let onBar = false;
      for (let i = 0; i < 40 && !onBar; i++) {
        await page.keyboard.press('Tab');
        onBar = await page.evaluate(() => document.activeElement?.matches('[data-charts] a[data-facet]') ?? false);
      }
      expect(onBar, 'a bar is reachable with Tab').toBe(true);
      expect(
        await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.xp-hit')!).strokeWidth),
      ).toBe('3px');
      // Enter on the selected Bari bar takes the filter off; Space on the action 4.4.8.1 adds it.
      await bar(page, 'citta', 'bari').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => search(page)).toBe('');
      expect(
        await page.evaluate(() => document.activeElement?.getAttribute('data-value')),
        'the focus stays on the bar',
      ).toBe('bari');
      await bar(page, 'az', '4.4.8.1').focus();
      await page.keyboard.press('Space');
      await expect.poll(() => search(page)).toBe('?az=4.4.8.1');
      for (const c of await rows(page).locator('td:nth-child(3)').allInnerTexts()) expect(c).toBe('4.4.8.1');
      expect(await announced(page)).toBeLessThan(
        JSON.parse(readFileSync(`${site.dist}/dati/projects.json`, 'utf8')).data.length,
      );
      await page.goBack();
      await expect.poll(() => search(page)).toBe('');
      expect(await cspViolations(page)).toEqual([]);
      // A text no project has: the facets' charts have nothing to show and are left out, the funnel stays.
      await page.locator('input[name="q"]').fill('zzzzzzzz');
      await page.locator('input[name="q"]').press('Enter');
      await expect.poll(() => page.locator('[data-chart="citta"]').isHidden()).toBe(true);
      expect(await page.locator('[data-chart="funnel"]').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it('the chart chunk is fetched only once the list has rendered', async () => {
    const { context } = await guardedContext(browser, site);
    const page = await context.newPage();
    const seen: { url: string; rows: number }[] = [];
    await page.route(/\.js$/, async (route) => {
      const rowsNow = await page
        .evaluate(() => document.querySelectorAll('tbody[data-rows] tr').length)
        .catch(() => -1);
      seen.push({ url: new URL(route.request().url()).pathname, rows: rowsNow });
      await route.continue();
    });
    try {
      await page.goto(`${site.origin}/progetti/`);
      await explorerChartsDrawn(page);
      const chunk = seen.filter((s) => /\/explorer-charts\.[\w-]+\.js$/.test(s.url));
      expect(chunk, JSON.stringify(seen)).toHaveLength(1);
      expect(chunk[0]!.rows).toBeGreaterThan(0);
      const first = seen.find((s) => /Explorer/.test(s.url));
      expect(first?.rows, 'the first script comes before any row').toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it('50,000 projects: a filter change stays fast, and the charts redraw after it (timed)', async () => {
    const { context, outside } = await guardedContext(browser, site);
    // The bundled index, its projects copied up to 50,000 (new ids): the same cities, actions and statuses.
    const ix = JSON.parse(readFileSync(`${site.dist}/progetti/indice.json`, 'utf8')) as { projects: unknown[][] };
    const base = ix.projects;
    ix.projects = Array.from({ length: 50_000 }, (_, i) => {
      const p = [...base[i % base.length]!];
      p[0] = `${p[0] as string}-${i}`;
      return p;
    });
    await context.route(/\/progetti\/indice\.json$/, (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(ix) }),
    );
    const page = await visit(context, site, '/progetti/');
    try {
      await explorerChartsDrawn(page);
      const t = await page.evaluate(async () => {
        const input = document.querySelector<HTMLInputElement>('input[name="citta"][value="napoli"]')!;
        performance.clearMeasures('explorer-charts');
        const t0 = performance.now();
        input.click(); // the list is filtered and written synchronously; the charts wait for the next frame
        const list = performance.now() - t0;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const charts = performance.getEntriesByName('explorer-charts').map((e) => e.duration);
        return { list, charts };
      });
      console.log(
        `explorer, 50,000 projects: filter + list ${t.list.toFixed(1)} ms; charts redraw ${t.charts.map((c) => c.toFixed(1)).join(', ')} ms`,
      );
      expect(t.charts).toHaveLength(1);
      expect(t.list).toBeLessThan(1000);
      expect(t.charts[0]!).toBeLessThan(1000);
      expect(await announced(page)).toBeGreaterThan(1000);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
