// The static search (pagefind) from the built files: a query finds projects in the page's
// language, the city and action filters are offered, and nothing breaks the CSP or leaves the site.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { nodeScriptArgs } from '../../scripts/lib/npm-scripts.ts';
import { searchableHtml, searchableLanguage } from '../../scripts/lib/search-index.ts';
import { sitePages } from '../../scripts/lib/site-pages.ts';
import { cspViolations, guardedContext, openBrowser, servedSite, visit } from './harness.ts';
import { ROOT, serveStatic } from './site.ts';

const site = servedSite();
let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it.for([
  ['/cerca/?q=napoli', 'Città', 'Azione'],
  ['/en/search/?q=napoli', 'City', 'Action'],
])('%s finds projects and offers the city and action filters', async ([path, city, action]) => {
  const { context, outside } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, path!);
    await page.waitForSelector('.pagefind-ui__result-link', { timeout: 15_000 });
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
    expect(filters.map((f) => f.trim())).toEqual(expect.arrayContaining([city, action]));
    // results link to pages of the same language
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) expect(h.startsWith('/en/')).toBe(path!.startsWith('/en/'));
    expect(await cspViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});

it('finds a project by its CUP', async () => {
  const id = readdirSync(join(site.dist, 'progetti'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'citta')
    .map((e) => e.name)
    .sort()[0]!;
  const cup = /CUP<\/dt>\s*<dd><span class="code">([A-Z0-9]{15})</.exec(
    readFileSync(join(site.dist, 'progetti', id, 'index.html'), 'utf8'),
  )?.[1];
  expect(cup).toBeTruthy();
  const { context, outside } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, `/cerca/?q=${cup!.toLowerCase()}`);
    // Results are drawn as placeholders first and filled in as their fragments load: wait for the links.
    const links = () =>
      page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(links, { timeout: 15_000 }).toEqual([`/progetti/${id}/`]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});

// A large site's index comes in several bundles per language (scripts/lib/search-index.ts). The
// bundled data fits in one, so a copy of the built site is indexed again with small bundles, and
// a project whose page went into the last Italian bundle must still be found by its code (three
// bundles; with more, pagefind's merged ranking can push the exact project out of the first results).
it('merges the bundles of a language: a project in the last bundle is found', async () => {
  const work = mkdtempSync(join(ROOT, 'test-results', 'sites', 'bundles-'));
  const dist = join(work, 'dist');
  cpSync(site.dist, dist, { recursive: true });
  const r = spawnSync(process.execPath, [...nodeScriptArgs('site-index'), '--site', dist, '--max-pages', '500'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(r.status, r.stderr.slice(-3000)).toBe(0);
  const bundles = JSON.parse(readFileSync(join(dist, 'pagefind/bundles.json'), 'utf8')) as Record<string, string[]>;
  expect(bundles['it']!.length).toBeGreaterThan(2);
  expect(bundles['en']!.length).toBe(bundles['it']!.length);
  // The pages are cut in file order: the last Italian project page is in the last bundle.
  const last = readdirSync(join(dist, 'progetti'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== 'citta')
    .map((e) => e.name)
    .sort()
    .at(-1)!;
  const code = /<dd class="code">([^<]+)<\/dd>/.exec(
    readFileSync(join(dist, 'progetti', last, 'index.html'), 'utf8'),
  )?.[1];
  expect(code).toBeTruthy();
  const server = await serveStatic(dist);
  const copy = { ...site, origin: server.origin, dist };
  const { context, outside } = await guardedContext(browser, copy);
  try {
    const page = await visit(context, copy, `/cerca/?q=${encodeURIComponent(code!)}`);
    const links = () =>
      page.locator('.pagefind-ui__result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await expect.poll(links, { timeout: 15_000 }).toContain(`/progetti/${last}/`);
    const filters = await page.locator('.pagefind-ui__filter-name').allInnerTexts();
    expect(filters.map((f) => f.trim())).toEqual(expect.arrayContaining(['Città', 'Azione']));
    expect(await cspViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}, 120_000);

// What pagefind is given of a page (searchableHtml: its <main>, without ignored figures and SVG) must index exactly as
// the whole page: the same files, byte for byte, for pages of every kind the search finds.
it('indexes the pages as sent to pagefind exactly as the whole pages', async () => {
  const pages = sitePages(site.dist)
    .map((p) => p.file)
    .filter((f) => searchableLanguage(readFileSync(join(site.dist, f), 'utf8')) === 'it');
  const kinds = new Map<string, string[]>();
  for (const f of pages) kinds.set(f.split('/')[0]!, [...(kinds.get(f.split('/')[0]!) ?? []), f]);
  expect([...kinds.keys()]).toEqual(expect.arrayContaining(['progetti', 'citta', 'azioni', 'beneficiari']));
  const sample = [...kinds.values()].flatMap((fs) => fs.slice(0, 40));
  const indexOf = async (content: (html: string) => string) => {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(errors.join('; '));
    try {
      for (const f of sample)
        await index.addHTMLFile({ sourcePath: f, content: content(readFileSync(join(site.dist, f), 'utf8')) });
      const { files } = await index.getFiles();
      return new Map(files.map((x) => [x.path, Buffer.from(x.content).toString('base64')]));
    } finally {
      await pagefind.close();
    }
  };
  const whole = await indexOf((html) => html);
  const sent = await indexOf(searchableHtml);
  expect(sample.every((f) => searchableHtml(readFileSync(join(site.dist, f), 'utf8')).length > 0)).toBe(true);
  expect([...sent.keys()].sort()).toEqual([...whole.keys()].sort());
  expect([...sent].filter(([path, bytes]) => whole.get(path) !== bytes).map(([path]) => path)).toEqual([]);
}, 60_000);
