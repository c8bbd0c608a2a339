// The "what changed" pages on the bundled data: the list links every release that has an
// earlier one, and the page of the newest release shows the counts of the pure diff
// (src/lib/model/releases.ts), every new and changed project, working project links, a CSV
// of the full list of changes, and stays within the page budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffReleases } from '../../src/lib/model/releases.ts';
import { loadReleases } from '../../src/releases.ts';
import { guardedContext, openBrowser, servedSite, visit } from './harness.ts';
import { ROOT, sitemapPaths } from './site.ts';

const site = servedSite();
const releases = loadReleases(join(ROOT, 'data/releases'));
const latest = releases.at(-1)!;
const diff = diffReleases(releases.at(-2)!, latest);
const PAGES = { it: `/novita/${latest.date}/`, en: `/en/changes/${latest.date}/` } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('ships at least two releases, so the pages are never empty', () => {
  expect(releases.length).toBeGreaterThanOrEqual(2);
  const all = sitemapPaths(site.dist, site.siteUrl);
  expect(all).toEqual(
    expect.arrayContaining([
      '/novita/',
      '/en/changes/',
      ...releases.slice(1).flatMap((r) => [`/novita/${r.date}/`, `/en/changes/${r.date}/`]),
    ]),
  );
});

it('lists every release, newest first, linking those with an earlier one', async () => {
  const { context } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, '/novita/');
    const rows = page.locator('main table tbody tr');
    expect(await rows.count()).toBe(releases.length);
    expect(await page.locator(`main table a[href="${PAGES.it}"]`).count()).toBe(1);
  } finally {
    await context.close();
  }
});

describe.concurrent('the page of the newest release', () => {
  it.for(['it', 'en'] as const)('%s: counts, lists and links', async (lang) => {
    const { context, outside } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, PAGES[lang]);
      expect(await page.locator('h1').count()).toBe(1);
      const kpis = await page.locator('main .kpi-value').allInnerTexts();
      expect(kpis.map((k) => Number(k.replace(/\D/g, '')))).toEqual([
        diff.added.length,
        diff.removed.length,
        diff.changed.length,
      ]);
      expect(await page.locator('#modificati ~ div table tbody tr').count()).toBe(diff.changed.length);
      expect(await page.locator('#nuovi ~ div table tbody tr').count()).toBe(diff.added.length);
      // Every project link leads to a built project page.
      const hrefs = await page
        .locator('main a[href*="/progetti/"], main a[href*="/en/projects/"]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const h of new Set(hrefs)) expect(() => readFileSync(join(site.dist, h, 'index.html')), h).not.toThrow();
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('offers the full list of changes as CSV', async () => {
    const res = await fetch(`${site.origin}/novita/${latest.date}/modifiche.csv`);
    expect(res.status).toBe(200);
    const lines = (await res.text()).split('\r\n');
    const fields = diff.changed.reduce((n, c) => n + c.fields.length, 0);
    expect(lines.length).toBe(1 + diff.added.length + diff.removed.length + fields + 1);
  });

  it('stays within the page budget (150 KB gzip)', () => {
    for (const p of Object.values(PAGES))
      expect(gzipSync(readFileSync(join(site.dist, p, 'index.html'))).length).toBeLessThan(150_000);
  });
});
