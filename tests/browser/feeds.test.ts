// The Atom feeds of the bundled data: well-formed XML (parsed by Chromium), an entry per release
// that has an earlier one, newest first, with stable ids and dates from the data, links to pages
// that exist; every page names the priority's feed in its <head>, a city page its own too.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadReleases } from '../../src/releases.ts';
import { guardedContext, openBrowser, servedSite, visit } from './harness.ts';
import { ROOT } from './site.ts';

const site = servedSite();
const releases = loadReleases(join(ROOT, 'data/releases'));
const FEEDS = [
  '/novita/feed.xml',
  '/en/changes/feed.xml',
  '/citta/napoli/feed.xml',
  '/en/cities/reggio-calabria/feed.xml',
];

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

type Parsed = {
  error: string | null;
  root: string;
  ns: string | null;
  id: string;
  updated: string;
  entries: Array<{ id: string; updated: string; link: string; title: string }>;
};

it('publishes well-formed Atom 1.0 with one entry per release that has an earlier one', async () => {
  expect(releases.length).toBeGreaterThanOrEqual(6);
  const { context } = await guardedContext(browser, site);
  try {
    const page = await visit(context, site, '/');
    for (const path of FEEDS) {
      const xml = readFileSync(join(site.dist, path), 'utf8');
      const f = await page.evaluate((text): Parsed => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const err = doc.querySelector('parsererror');
        const root = doc.documentElement;
        const kid = (el: Element, name: string) => Array.from(el.children).find((c) => c.localName === name);
        return {
          error: err ? err.textContent : null,
          root: root.localName,
          ns: root.namespaceURI,
          id: kid(root, 'id')?.textContent ?? '',
          updated: kid(root, 'updated')?.textContent ?? '',
          entries: Array.from(root.children)
            .filter((c) => c.localName === 'entry')
            .map((e) => ({
              id: kid(e, 'id')?.textContent ?? '',
              updated: kid(e, 'updated')?.textContent ?? '',
              link: kid(e, 'link')?.getAttribute('href') ?? '',
              title: kid(e, 'title')?.textContent ?? '',
            })),
        };
      }, xml);
      expect(f.error, path).toBeNull();
      expect([f.root, f.ns]).toEqual(['feed', 'http://www.w3.org/2005/Atom']);
      expect(f.id).toBe(new URL(path.slice(1), site.siteUrl + '/').href);
      const dates = releases
        .slice(1)
        .map((r) => r.date)
        .reverse();
      expect(f.entries.map((e) => e.updated)).toEqual(dates.map((d) => `${d}T00:00:00Z`));
      expect(f.updated).toBe(`${dates[0]}T00:00:00Z`);
      expect(new Set(f.entries.map((e) => e.id)).size).toBe(f.entries.length);
      for (const e of f.entries) {
        expect(e.title).toMatch(/^\[(Dati dimostrativi|Demonstration data)\] /);
        const pathname = new URL(e.link).pathname;
        expect(existsSync(join(site.dist, pathname, 'index.html')), e.link).toBe(true);
      }
    }
  } finally {
    await context.close();
  }
});

it('names the feeds in every page head and links them where a reader sees them', () => {
  const head = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  const feeds = (html: string) =>
    [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/g)].map((m) => m[1]);
  expect(feeds(head('/'))).toEqual(['/novita/feed.xml']);
  expect(feeds(head('/en/'))).toEqual(['/en/changes/feed.xml']);
  expect(feeds(head('/citta/napoli/'))).toEqual(['/novita/feed.xml', '/citta/napoli/feed.xml']);
  expect(head('/citta/napoli/')).toMatch(/<a href="\/citta\/napoli\/feed\.xml" type="application\/atom\+xml">/);
  expect(head('/obiettivi/')).toMatch(/<a href="\/novita\/feed\.xml" type="application\/atom\+xml">/);
});
