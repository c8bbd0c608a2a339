// The sitemap (sitemaps.org 0.9): every page of the built site except those of the routes marked
// `sitemap: false` in the route table (src/routes/table.ts: the 404 pages and the charts' embed
// pages, noindex, made for other sites' iframes), in files of at most 50,000 URLs
// (the protocol's limit) under one sitemap-index.xml. Written from the files on disk after the
// build, in one pass of plain strings: the Astro integration did the same from inside the build,
// where its URL objects per page raised the build's peak memory (README, "Dependencies and why").
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inSitemapPath } from '../../src/routes/table.ts';
import type { SitePage } from './site-pages.ts';

export const URLS_PER_SITEMAP = 50_000;
const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Whether a page belongs in the sitemap. */
export function inSitemap(page: SitePage): boolean {
  return page.file.endsWith('index.html') && inSitemapPath(`/${page.path}`);
}

/** The sitemap files for these pages: name -> XML. `root` is the site's absolute root URL, ending with '/'. */
export function sitemapFiles(
  pages: readonly SitePage[],
  root: string,
  perFile = URLS_PER_SITEMAP,
): Map<string, string> {
  const urls = pages
    .filter(inSitemap)
    .map((p) => escapeXml(root + p.path.split('/').map(encodeURIComponent).join('/')));
  const files = new Map<string, string>();
  const index: string[] = [];
  for (let i = 0; i * perFile < Math.max(urls.length, 1); i++) {
    const name = `sitemap-${i}.xml`;
    const body = urls
      .slice(i * perFile, (i + 1) * perFile)
      .map((u) => `<url><loc>${u}</loc></url>`)
      .join('');
    files.set(name, `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="${XMLNS}">${body}</urlset>\n`);
    index.push(`<sitemap><loc>${escapeXml(root)}${name}</loc></sitemap>`);
  }
  files.set(
    'sitemap-index.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="${XMLNS}">${index.join('')}</sitemapindex>\n`,
  );
  return files;
}

export function writeSitemaps(site: string, pages: readonly SitePage[], root: string): number {
  const files = sitemapFiles(pages, root);
  for (const [name, xml] of files) writeFileSync(join(site, name), xml);
  return files.size - 1;
}
