import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePages } from './site-pages.ts';
import { inSitemap, sitemapFiles } from './sitemap.ts';

function site(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'site-'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), '<html></html>');
  }
  return dir;
}

describe('sitePages', () => {
  it('lists every index.html and the top-level 404.html, sorted, with the path each is served at', () => {
    const dir = site(['index.html', '404.html', 'b/index.html', 'a/x/index.html', 'a/x/data.csv', 'a/other.html']);
    expect(sitePages(dir)).toEqual([
      { file: '404.html', path: '404.html' },
      { file: 'a/x/index.html', path: 'a/x/' },
      { file: 'b/index.html', path: 'b/' },
      { file: 'index.html', path: '' },
    ]);
  });
});

describe('sitemap', () => {
  const pages = sitePages(
    site([
      'index.html',
      '404.html',
      'en/404/index.html',
      'embed/x/index.html',
      'en/embed/x/index.html',
      'citta/napoli/index.html',
      'en/index.html',
      "a&b'/index.html",
    ]),
  );
  it('leaves out the 404 pages and the embed pages', () => {
    expect(pages.filter(inSitemap).map((p) => p.path)).toEqual(["a&b'/", 'citta/napoli/', 'en/', '']);
  });
  it('writes absolute, escaped URLs under one index, in files of at most the given size', () => {
    const files = sitemapFiles(pages, 'https://example.test/sub/', 3);
    expect([...files.keys()]).toEqual(['sitemap-0.xml', 'sitemap-1.xml', 'sitemap-index.xml']);
    const all = [...files.values()].join('');
    const locs = [...all.matchAll(/<url><loc>([^<]*)<\/loc><\/url>/g)].map((m) => m[1]);
    expect(locs).toEqual([
      'https://example.test/sub/a%26b&apos;/',
      'https://example.test/sub/citta/napoli/',
      'https://example.test/sub/en/',
      'https://example.test/sub/',
    ]);
    expect(files.get('sitemap-index.xml')).toContain('<loc>https://example.test/sub/sitemap-1.xml</loc>');
    expect(files.get('sitemap-0.xml')).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?><urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
  });
  it('writes one empty sitemap for a site without pages', () => {
    expect([...sitemapFiles([], 'https://example.test/').keys()]).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
  });
});
