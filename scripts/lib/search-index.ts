// The static search: pagefind indexes the pages that carry data-pagefind-body (projects, cities,
// actions, objectives, target groups; src/components/Layout.astro), one language at a time, into
// bundles of at most `maxPages` pages: pagefind/it/, pagefind/it-2/, ..., pagefind/en/, ... and
// pagefind/bundles.json lists them ({"it": ["it/", "it-2/"], "en": ["en/"]}); the search page
// loads the first bundle of its language and merges the others (src/client/search.ts).
//
// Why bundles: pagefind holds every page it indexes in memory until it writes the index, about
// 120 KB a page here (measured: 7,193 project pages, 0.9 GB). 50,000 projects make 100,000 project
// pages; one index of them would need 12 GB. Each bundle is indexed by its own pagefind process,
// closed before the next starts, so the peak is one bundle's.
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { SitePage } from './site-pages.ts';

export const MAX_PAGES_PER_BUNDLE = 8_000;
/** Pages sent to pagefind before waiting for its answers: keeps a few files in flight, not all. */
const IN_FLIGHT = 64;

export type Bundles = Record<string, string[]>;

/** The language of a page (its <html lang>), or null when it is not to be indexed (no data-pagefind-body). */
export function searchableLanguage(html: string): string | null {
  if (!html.includes('data-pagefind-body')) return null;
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1];
  if (!lang) throw new Error('a page with data-pagefind-body has no <html lang>');
  return lang;
}

/** n items in k = ceil(n / max) runs of nearly equal length (the last ones shorter by one at most). */
export function splitEvenly<T>(items: readonly T[], max: number): T[][] {
  const k = Math.max(1, Math.ceil(items.length / max));
  const size = Math.ceil(items.length / k);
  return Array.from({ length: k }, (_, i) => items.slice(i * size, (i + 1) * size)).filter((c) => c.length > 0);
}

/** The folder of a language's i-th bundle (0-based), relative to pagefind/. */
export function bundleDir(lang: string, i: number): string {
  return i === 0 ? `${lang}/` : `${lang}-${i + 1}/`;
}

export type SearchIndexResult = { bundles: Bundles; pages: Record<string, number> };

export async function writeSearchIndex(site: string, pages: readonly SitePage[], maxPages = MAX_PAGES_PER_BUNDLE): Promise<SearchIndexResult> {
  // Only the file names are kept per language; each file is read again when it is sent.
  const byLang = new Map<string, string[]>();
  for (const p of pages) {
    const lang = searchableLanguage(readFileSync(join(site, p.file), 'utf8'));
    if (lang === null) continue;
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang)!.push(p.file);
  }
  const out = join(site, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const bundles: Bundles = {};
  const counts: Record<string, number> = {};
  for (const lang of [...byLang.keys()].sort()) {
    const files = byLang.get(lang)!;
    counts[lang] = files.length;
    bundles[lang] = [];
    for (const [i, chunk] of splitEvenly(files, maxPages).entries()) {
      const dir = bundleDir(lang, i);
      await indexBundle(site, chunk, join(out, dir));
      bundles[lang].push(dir);
    }
  }
  writeFileSync(join(out, 'bundles.json'), JSON.stringify(bundles) + '\n');
  return { bundles, pages: counts };
}

async function indexBundle(site: string, files: readonly string[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < files.length; i += IN_FLIGHT) {
      const added = await Promise.all(files.slice(i, i + IN_FLIGHT).map((file) =>
        index.addHTMLFile({ sourcePath: file, content: readFileSync(join(site, file), 'utf8') })));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`pagefind: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
