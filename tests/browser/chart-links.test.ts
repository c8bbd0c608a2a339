// The marks of the charts are links (src/lib/charts/render.ts, markLinks): on each kind of chart
// (the map, a row chart of things, a bar chart of target groups and of beneficiaries, the city ×
// action matrix, a by-city chart that opens the explorer on a combination) a click on a mark leads
// to a page that exists, the explorer opening on the view the link names; every linked mark has a
// title; Tab reaches the marks, with a focus ring that is drawn.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowser, pickPages, servedSite, visit } from './harness.ts';

const site = servedSite();
const { action } = pickPages(site);

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** [page, the figure's id, where its marks lead: a page pattern or the explorer] */
const CHARTS: [string, string, RegExp][] = [
  ['/', 'cities-map', /^\/citta\/[^/]+\/$/],
  ['/', 'by-action', /^\/azioni\/[^/]+\/$/],
  ['/', 'city-action-matrix', /^\/progetti\/\?citta=[a-z-]+&az=[\d.]+$/],
  ['/en/cities/', 'cities-compare', /^\/en\/cities\/[^/]+\/$/],
  ['/destinatari/', 'target-groups-compare', /^\/destinatari\/[^/]+\/$/],
  ['/beneficiari/', 'beneficiaries-compare', /^\/beneficiari\/[^/]+\/$/],
  [action, `action-${action.split('/').at(-2)}-by-city`, /^\/progetti\/\?citta=[a-z-]+&az=[\d.]+$/],
];

describe.for(CHARTS)('the marks of %s #%s', ([path, id, target]) => {
  it('are links with a title, and the first leads to a page that exists', async () => {
    const { context, outside } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, path);
      const marks = await page.$$eval(`[id="${id}"] svg.chart a`, (as) =>
        as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.querySelector('title')?.textContent ?? '' })),
      );
      expect(marks.length, `${path} #${id}`).toBeGreaterThan(2);
      for (const m of marks) {
        expect(m.href).toMatch(target);
        expect(m.title.length).toBeGreaterThan(3);
      }
      // the chart's table links the same places
      const cells = await page.$$eval(`[id="${id}"] table a`, (as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect([...cells].sort()).toEqual(marks.map((m) => m.href).sort());
      const first = marks[0]!;
      const [response] = await Promise.all([
        page.waitForNavigation(),
        page.locator(`[id="${id}"] svg.chart a`).first().click(),
      ]);
      expect(response?.status(), first.href).toBe(200);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(first.href);
      await expect(page.locator('h1').count()).resolves.toBe(1);
      if (first.href.includes('?')) {
        // the explorer restores the view the link names: its state is the link's query
        await page.waitForFunction(() => document.querySelector('[data-caption]')?.textContent?.match(/\d/));
        expect(new URL(page.url()).search).toBe(first.href.slice(first.href.indexOf('?')));
      }
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/**
 * The focused element, and whether its mark draws a ring: a stroke at least 3 px wide that is not there without focus.
 */
function focusedMark(page: Page) {
  return page.evaluate(() => {
    const a = document.activeElement;
    const shape = a?.closest('svg.chart') ? a.firstElementChild : null;
    if (!a || !shape) return { inChart: false, ring: false, href: a?.getAttribute('href') ?? null };
    const cs = getComputedStyle(shape);
    return {
      inChart: true,
      ring: cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 3,
      href: a.getAttribute('href'),
    };
  });
}

describe('keyboard on the charts', () => {
  it('Tab reaches the marks of the home page with a visible focus ring', async () => {
    const { context } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, '/');
      const reached: string[] = [];
      for (let i = 0; i < 120 && reached.length < 3; i++) {
        await page.keyboard.press('Tab');
        const f = await focusedMark(page);
        if (f.inChart) {
          expect(f.ring, `focus on ${f.href}`).toBe(true);
          reached.push(f.href!);
        }
      }
      expect(reached.length).toBe(3);
      // without focus, the same mark draws no such ring
      const unfocused = await page.evaluate((href) => {
        (document.activeElement as HTMLElement).blur();
        const shape = document.querySelector(`svg.chart a[href="${href}"]`)!.firstElementChild!;
        const cs = getComputedStyle(shape);
        return cs.stroke !== 'none' && parseFloat(cs.strokeWidth) >= 3 && cs.stroke === 'rgb(26, 26, 26)';
      }, reached[0]!);
      expect(unfocused).toBe(false);
    } finally {
      await context.close();
    }
  });
});
