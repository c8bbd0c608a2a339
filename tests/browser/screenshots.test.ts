// Full-page screenshots at a phone width and a desktop width, written as test artifacts
// (test-results/screenshots/, git-ignored) for a person to look at. What a machine can tell
// is asserted too: no page-wide horizontal scrolling (WCAG 1.4.10), and nothing empty.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explorerChartsDrawn, guardedContext, openBrowser, pickPages, servedSite, visit } from './harness.ts';
import { ROOT } from './site.ts';

const site = servedSite();
const { home, city, action, targetGroup, project } = pickPages(site);
const OUT = join(ROOT, 'test-results', 'screenshots');
const WIDTHS = [390, 1280];

let browser: Browser;
beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Chart texts that lie past the left or right edge of their SVG, described. */
function cutText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main figure svg')].flatMap((svg) => {
      const box = svg.getBoundingClientRect();
      const caption = svg.closest('figure')?.querySelector('figcaption')?.textContent?.trim() ?? '';
      return [...svg.querySelectorAll('text')]
        .filter((t) => {
          const r = t.getBoundingClientRect();
          // Horizontal only: a text's box is as tall as the font's line, taller than the
          // glyphs, so top and bottom would flag labels that are drawn whole.
          return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1);
        })
        .map(
          (t) =>
            `"${caption}": "${t.textContent}" (${Math.round(Math.max(box.left - t.getBoundingClientRect().left, t.getBoundingClientRect().right - box.right))} px past the edge)`,
        );
    }),
  );
}

/** The explorer, once its charts are drawn (in the browser, after the list). */
const EXPLORER = '/progetti/?citta=napoli';

describe('chart text', () => {
  // An SVG clips what lies outside its viewBox: a value label past the edge is cut off
  // ("24% paga") in every browser and at every width, so one width is enough to check.
  it.for(Object.entries(pickPages(site)))('on the %s page lies inside its chart', async ([, path]) => {
    const { context } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, path);
      await page.evaluate(() => document.fonts.ready);
      expect(await cutText(page), `${path}: chart text cut off by the edge of its SVG`).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // The explorer draws its charts at the width they are shown at: both widths are checked.
  it.for(WIDTHS)('on the explorer, its charts drawn at %i px, lies inside its charts', async (width) => {
    const { context } = await guardedContext(browser, site, { viewport: { width, height: 900 } });
    try {
      const page = await visit(context, site, EXPLORER);
      await explorerChartsDrawn(page);
      await page.evaluate(() => document.fonts.ready);
      expect(await page.locator('main figure svg').count()).toBe(4);
      expect(await cutText(page), `${EXPLORER} at ${width} px: chart text cut off by the edge of its SVG`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe.for(WIDTHS)('at %i px', (width) => {
  it.for(Object.entries({ home, city, action, 'target-group': targetGroup, project, explorer: EXPLORER }))(
    '%s',
    async ([name, path]) => {
      const { context, outside } = await guardedContext(browser, site, { viewport: { width, height: 900 } });
      try {
        const page = await visit(context, site, path);
        if (path === EXPLORER) await explorerChartsDrawn(page);
        await page.evaluate(() => document.fonts.ready);
        const file = join(OUT, `${name}-${width}.png`);
        const png = await page.screenshot({ path: file, fullPage: true });
        expect(png.length, file).toBeGreaterThan(10_000);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(clientWidth);
        expect(outside).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
