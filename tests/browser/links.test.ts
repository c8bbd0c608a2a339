// No broken link: every page of the sitemap, every internal link, anchor and download on them
// (href and src of a, link, script, img, iframe), resolved as a browser would, must exist in the
// built site; an anchor must name an id on its page. Links out are not followed, but each must be
// a well-formed absolute https, http or mailto address. Read from the built HTML: no browser needed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, inject, it } from 'vitest';
import { sitemapPaths } from './site.ts';

const ATTR = /<(a|link|script|img|iframe|source)\b[^>]*?\s(href|src)="([^"]*)"/gi;
const ID = /\sid="([^"]+)"/g;

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

it('every internal link, anchor and download of every page resolves', () => {
  const { dist, siteUrl } = inject('site');
  const origin = new URL(siteUrl).origin;
  const fileOf = (pathname: string): string | null => {
    const p = decodeURIComponent(pathname);
    const candidates = p.endsWith('/') ? [join(dist, p, 'index.html')] : [join(dist, p), join(dist, p, 'index.html')];
    return candidates.find((f) => existsSync(f) && statSync(f).isFile()) ?? null;
  };
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let set = ids.get(file);
    if (!set) ids.set(file, (set = new Set([...readFileSync(file, 'utf8').matchAll(ID)].map((m) => decode(m[1]!)))));
    return set;
  };

  const pages = sitemapPaths(dist, siteUrl);
  // the 404 pages are not in the sitemap but must exist and be crawled
  const toCrawl = [...pages, '/404.html', '/en/404/'];
  const broken: string[] = [];
  let links = 0;
  let anchors = 0;
  let outgoing = 0;
  const targets = new Set<string>();
  for (const page of toCrawl) {
    const file = fileOf(page);
    if (!file) {
      broken.push(`${page}: the page itself is missing`);
      continue;
    }
    const base = new URL(page, origin);
    for (const m of readFileSync(file, 'utf8').matchAll(ATTR)) {
      const raw = decode(m[3]!);
      if (raw === '' || /^(tel:|data:)/.test(raw)) continue;
      const u = new URL(raw, base);
      if (u.origin !== origin) {
        // outside links are not followed, only checked to be well-formed absolute addresses
        outgoing++;
        const ok =
          /^(https?:\/\/|mailto:)/.test(raw) &&
          !/\s/.test(raw) &&
          (u.protocol === 'mailto:' ? /^[^@]+@[^@]+$/.test(u.pathname) : u.hostname.includes('.'));
        if (!ok) broken.push(`${page} -> ${raw} (not a well-formed outgoing address)`);
        continue;
      }
      links++;
      const target = fileOf(u.pathname);
      if (!target) {
        broken.push(`${page} -> ${raw}`);
        continue;
      }
      targets.add(u.pathname);
      if (u.hash.length > 1 && target.endsWith('.html')) {
        anchors++;
        if (!idsOf(target).has(decodeURIComponent(u.hash.slice(1)))) broken.push(`${page} -> ${raw} (no such anchor)`);
      }
    }
  }
  console.log(
    `link crawl: ${toCrawl.length} pages, ${links} internal links (${anchors} with anchors), ${targets.size} distinct targets, ${outgoing} outgoing, ${broken.length} broken`,
  );
  expect(outgoing).toBeGreaterThan(pages.length);
  expect(pages.length).toBeGreaterThan(100);
  expect(links).toBeGreaterThan(pages.length * 10);
  expect(broken).toEqual([]);
}, 120_000);
