// npm run site-index -- [--site DIR] [--max-pages N]
//
// The last step of the build, after `astro build` has written the pages (DIR: OUT_DIR or dist/):
// the sitemap of every page and the static search index (scripts/lib/sitemap.ts,
// scripts/lib/search-index.ts), then the removal of what the previous build wrote and this one did not
// (scripts/lib/output-in-place.ts). A step of its own, run in a process of its own, so that the
// search indexer's memory never adds up with the page renderer's.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sweepStaleOutput } from './lib/output-in-place.ts';
import { MAX_PAGES_PER_BUNDLE, writeSearchIndex } from './lib/search-index.ts';
import { siteRootUrl } from './lib/site-address.ts';
import { sitePages } from './lib/site-pages.ts';
import { writeSitemaps } from './lib/sitemap.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: process.env['OUT_DIR'] ?? 'dist' },
    // Pages per search bundle (default MAX_PAGES_PER_BUNDLE); the tests set it low to get several.
    'max-pages': { type: 'string', default: String(MAX_PAGES_PER_BUNDLE) },
  },
});
const maxPages = Number(values['max-pages']);
if (!Number.isInteger(maxPages) || maxPages < 1)
  throw new Error(`--max-pages: a whole number above 0, not ${values['max-pages']}`);
const site = resolve(values.site);
const started = performance.now();
const pages = sitePages(site);
const sitemaps = writeSitemaps(site, pages, siteRootUrl());
const search = await writeSearchIndex(site, pages, maxPages);
const stale = sweepStaleOutput(site);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const summary = Object.entries(search.pages)
  .map(([lang, n]) => `${lang}: ${n} pages in ${search.bundles[lang]!.length} bundle(s)`)
  .join(', ');
process.stdout.write(
  `site-index: ${pages.length} pages; sitemap in ${sitemaps} file(s); search index ${summary}; ` +
    `${stale} file(s) of the previous build removed (${seconds} s)\n`,
);
