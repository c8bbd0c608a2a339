// The static search: pagefind indexes the pages that carry data-pagefind-body (projects, cities,
// actions, objectives, target groups; src/components/Layout.astro), each language on its own, in
// bundles of at most `maxPages` pages: pagefind/it/, pagefind/it-2/, ..., pagefind/en/, ... and
// pagefind/bundles.json lists them ({"it": ["it/", "it-2/"], "en": ["en/"]}); the search page
// loads the first bundle of its language and merges the others (src/client/search.ts).
//
// Why bundles: pagefind holds every page it indexes in memory until it writes the index, so one
// index of a large site would not fit (README, "Measured"). Each bundle is indexed by its own
// pagefind process, closed when the bundle is written. pagefind indexes on one core, and one
// pagefind process indexes one bundle at a time however many it is given: two bundles are
// indexed at once, each in a worker thread with a pagefind process of its own
// (./search-bundle.ts), so the peak is two bundles'.
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import { BUILD_STAMP } from './output-in-place.ts';
import type { SitePage } from './site-pages.ts';

export const MAX_PAGES_PER_BUNDLE = 5_000;
/** Bundles indexed at the same time: two at most (each holds its pages in memory). */
export const LANES = Math.min(2, availableParallelism());
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

/**
 * What pagefind is given of a page: its <html> tag (the language) and its <main data-pagefind-body>, without the
 * figures it is told to ignore whole (data-pagefind-ignore="all") and without SVG. Pagefind reads nothing else of a
 * page of ours, so its index is the same as from the whole page (tests/browser/search.test.ts compares them), for a
 * third of the bytes and 30 % less time (README, "Measured"). A page without such a <main> is given whole.
 */
export function searchableHtml(html: string): string {
  const html0 = /<html[^>]*>/i.exec(html)?.[0];
  const start = html.search(/<main[^>]*\sdata-pagefind-body[\s>=]/);
  const end = html.lastIndexOf('</main>');
  if (!html0 || start < 0 || end < start) return html;
  const main = html
    .slice(start, end + '</main>'.length)
    .replace(/<figure[^>]*\sdata-pagefind-ignore="all"[^>]*>[\s\S]*?<\/figure>/g, '')
    .replace(/<svg[\s>][\s\S]*?<\/svg>/g, '');
  return `<!doctype html>${html0}<head><meta charset="utf-8"></head><body>${main}</body></html>`;
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

export async function writeSearchIndex(
  site: string,
  pages: readonly SitePage[],
  maxPages = MAX_PAGES_PER_BUNDLE,
  lanes = LANES,
): Promise<SearchIndexResult> {
  // Only the file names are kept per language; each file is read again when it is sent.
  const byLang = new Map<string, string[]>();
  for (const p of pages) {
    const lang = searchableLanguage(readFileSync(join(site, p.file), 'utf8'));
    if (lang === null) continue;
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang)!.push(p.file);
  }
  const out = join(site, 'pagefind');
  // In a build the previous index is written over, and what is left of it swept with the rest of the previous build
  // (./output-in-place.ts): removing and creating its 2,500 files again cost 0.7 s. Indexing a built site again on
  // its own, the previous index goes first.
  if (!existsSync(join(site, BUILD_STAMP))) rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const bundles: Bundles = {};
  const counts: Record<string, number> = {};
  const jobs: BundleJob[] = [];
  for (const lang of [...byLang.keys()].sort()) {
    const files = byLang.get(lang)!;
    counts[lang] = files.length;
    bundles[lang] = splitEvenly(files, maxPages).map((chunk, i) => {
      jobs.push({ site, files: chunk, outputPath: join(out, bundleDir(lang, i)) });
      return bundleDir(lang, i);
    });
  }
  await inLanes(jobs, lanes, indexInWorker);
  writeFileSync(join(out, 'bundles.json'), JSON.stringify(bundles) + '\n');
  return { bundles, pages: counts };
}

/** Runs the jobs `lanes` at a time, in order. */
export async function inLanes<T>(jobs: readonly T[], lanes: number, run: (job: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(lanes, jobs.length) }, async () => {
      while (next < jobs.length) await run(jobs[next++]!);
    }),
  );
}

export type BundleJob = { site: string; files: readonly string[]; outputPath: string };

function indexInWorker(job: BundleJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-bundle.ts', import.meta.url), { workerData: job });
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`search bundle ${job.outputPath}: worker exited with ${code}`)),
    );
  });
}

/** Indexes one bundle with this thread's pagefind process, and closes it. */
export async function indexBundle({ site, files, outputPath }: BundleJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    for (let i = 0; i < files.length; i += IN_FLIGHT) {
      const added = await Promise.all(
        files
          .slice(i, i + IN_FLIGHT)
          .map((file) =>
            index.addHTMLFile({ sourcePath: file, content: searchableHtml(readFileSync(join(site, file), 'utf8')) }),
          ),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`pagefind: ${failed.join('; ')}`);
    }
    // Written here rather than by pagefind's writeFiles, which leaves a file alone when it exists already: in a build
    // every file of the index is written, over the previous build's where the name is the same, so that what the
    // previous index had and this one has not is swept as stale (./output-in-place.ts).
    const got = await index.getFiles();
    if (got.errors.length > 0) throw new Error(`pagefind: ${got.errors.join('; ')}`);
    for (const f of got.files) {
      const path = join(outputPath, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
  } finally {
    await pagefind.close();
  }
}
