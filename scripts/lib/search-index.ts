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
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as pagefind from 'pagefind';
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
  rmSync(out, { recursive: true, force: true });
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
          .map((file) => index.addHTMLFile({ sourcePath: file, content: readFileSync(join(site, file), 'utf8') })),
      );
      const failed = added.flatMap((a) => a.errors);
      if (failed.length > 0) throw new Error(`pagefind: ${failed.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
