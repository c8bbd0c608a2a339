// npm run bench -- [--sizes 1000,10000,50000] [--import-size-mb N] [--no-import] [--no-lighthouse]
//                  [--vnu-jar PATH] [--out FILE]
//
// One command that measures, on this machine, in one run:
// - import: the importer's benchmark (scripts/bench/import.ts) on a synthetic national export;
// - build: the site on demonstration data of each size, step by step as `npm run build` runs
//   them (data import; astro build with the charts' files written alongside; sitemap and search index), wall time,
//   pages/s, peak RSS (each step's own and with its child processes), size of dist/, against a trivial Astro page
//   built the same number of times in the same run, with the same Node flags and build settings
//   (the ceiling on this machine);
// - bundled: `npm run build`'s steps on the repository's own data, into a new folder (a fresh clone's first build)
//   and again over it (a rebuild: ./output-in-place.ts), wall and CPU time of each step;
// - pages: bytes of HTML, CSS, JS and SVG, raw and gzip, of each page type;
// - Lighthouse (mobile defaults) on each page type, with the browser tests' Chromium;
// - with --vnu-jar PATH: the W3C Nu Html Checker over every page of the smallest build and the
//   explorer with its charts drawn (./vnu.ts; vnu-jar from npm, installed by hand, and Java 17+).
// Writes a JSON report (default bench-results/bench.json) and prints a table. Timings live here,
// not in tests; the page budgets are tests (tests/budgets.test.ts).
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunch } from '../../tests/browser/browser.ts';
import { serveStatic } from '../../tests/browser/site.ts';
import { alongside, withCharts } from '../lib/charts-alongside.ts';
import { buildSteps, nodeScriptArgs } from '../lib/npm-scripts.ts';
import { runMeasured, type ChildRun } from './measure.ts';
import { checkSite, formatSummary, type VnuSummary } from './vnu.ts';
import { weighPage, type PageWeight } from './weights.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = nodeScriptArgs('data');
const SITE = nodeScriptArgs('site');
const SITE_INDEX = nodeScriptArgs('site-index');
const CHARTS = nodeScriptArgs('charts');
// Each step of `npm run build` is measured on its own, below: a step added to the build must be added here.
if (buildSteps().join() !== 'data,site,site-index')
  throw new Error(`bench: the build's steps are now ${buildSteps().join(', ')}; measure each in build() below`);

/** One page of each type, on every build (codes the bundled reference data always has). */
export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  objective: '/obiettivi/eso4-12/',
  action: '/azioni/4.4.12.1/',
  city: '/citta/napoli/',
  'target group': '/destinatari/senza-dimora/',
  project: '', // the first project page found, filled in per build
  explorer: '/progetti/',
};

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,50000' },
    'import-size-mb': { type: 'string', default: '1024' },
    'no-import': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    'vnu-jar': { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'bench-results/bench.json') },
  },
});
// Checked now, not after an hour of building.
if (args['vnu-jar'] !== undefined && !existsSync(args['vnu-jar'])) {
  process.stderr.write(`bench: --vnu-jar ${args['vnu-jar']}: no such file\n`);
  process.exit(2);
}
const sizes = args.sizes
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
// Builds go under the project: Astro keeps prerender chunks in the project's .astro/ when the
// output folder is outside it, and two builds at once would then break each other.
mkdirSync(join(ROOT, '.bench-tmp'), { recursive: true });
const work = mkdtempSync(join(ROOT, '.bench-tmp', 'run-'));
// A PNG cache of this run's own, empty at its start: every build measured draws its PNGs, as a fresh clone's first
// build does, except the bundled data's rebuild (src/lib/raster/png-cache.ts).
process.env['PNG_CACHE_DIR'] = join(work, 'png-cache');

function must(run: ChildRun, what: string): ChildRun {
  if (run.code !== 0) {
    process.stderr.write(`${what} failed (exit ${run.code}):\n${run.stderr.slice(-4000)}\n`);
    process.exit(1);
  }
  return run;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function firstProjectPage(dist: string): string {
  const dir = join(dist, 'progetti');
  const id = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && e.name !== 'citta')?.name;
  return `/progetti/${id}/`;
}

/** A trivial Astro site of `pages` pages: the ceiling this machine puts on any build of that size. */
function trivialSite(pages: number): string {
  const dir = join(ROOT, '.bench-tmp', `trivial-${pages}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  // The same build settings as the site's (astro.config.mjs): static, directory pages, four in flight.
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory', concurrency: 4 } });\n",
  );
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---\nexport function getStaticPaths() { return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } })); }\nconst { n } = Astro.params;\n---\n<html lang="it"><head><meta charset="utf-8"><title>Pagina {n}</title></head><body><h1>Pagina {n}</h1></body></html>\n`,
  );
  return dir;
}

type Step = { seconds: number; peakRssMB: number | null; peakTreeRssMB: number | null };
type BuildResult = {
  projects: number;
  pages: number;
  distMB: number;
  data: Step;
  /** astro build (with the charts' files written alongside), then the sitemap and search index. */
  site: Step & { pagesPerSecond: number; astro: Step; charts: Step | null; siteIndex: Step };
  trivial: Step & { pagesPerSecond: number };
  ratioToTrivial: number;
  dist: string;
};

const step = (r: ChildRun): Step => ({ seconds: r.seconds, peakRssMB: r.peakRssMB, peakTreeRssMB: r.peakTreeRssMB });
const maxOf = (...xs: (number | null)[]) => (xs.every((x) => x === null) ? null : Math.max(...xs.map((x) => x ?? 0)));

async function build(projects: number): Promise<BuildResult> {
  const input = join(work, `input-${projects}`);
  const data = join(work, `data-${projects}`);
  const dist = join(work, `dist-${projects}`);
  must(
    await runMeasured(
      [join(ROOT, 'scripts/demo-data.ts'), '--projects', String(projects), '--output', input],
      work,
      `demo-${projects}`,
    ),
    'demo-data',
  );
  const imp = must(
    await runMeasured([...DATA, '--input', input, '--output', data], work, `data-${projects}`),
    'import',
  );
  const astro = must(
    await runMeasured([...SITE], work, `build-${projects}`, { DATA_DIR: data, OUT_DIR: dist }),
    'astro build',
  );
  // Above 20,000 projects the charts' files are a step of their own after the pages, as scripts/build.ts runs them.
  const charts = alongside(data)
    ? null
    : must(await runMeasured([...CHARTS, '--site', dist], work, `charts-${projects}`, { DATA_DIR: data }), 'charts');
  const index = must(await runMeasured([...SITE_INDEX, '--site', dist], work, `site-index-${projects}`), 'site index');
  const files = walk(dist);
  const pages = files.filter((f) => f.endsWith('.html')).length;
  const trivialDir = trivialSite(pages);
  // `astro build` of the trivial site, run exactly as the site's own (SITE: Node flags, astro, build).
  const trivial = must(
    await runMeasured([...SITE, '--root', trivialDir], work, `trivial-${projects}`),
    'trivial build',
  );
  rmSync(trivialDir, { recursive: true, force: true });
  const siteSeconds = astro.seconds + (charts?.seconds ?? 0) + index.seconds;
  return {
    projects,
    pages,
    distMB: files.reduce((s, f) => s + statSync(f).size, 0) / 1048576,
    data: step(imp),
    site: {
      seconds: siteSeconds,
      peakRssMB: maxOf(astro.peakRssMB, charts?.peakRssMB ?? null, index.peakRssMB),
      peakTreeRssMB: maxOf(astro.peakTreeRssMB, charts?.peakTreeRssMB ?? null, index.peakTreeRssMB),
      pagesPerSecond: pages / siteSeconds,
      astro: step(astro),
      charts: charts && step(charts),
      siteIndex: step(index),
    },
    trivial: { ...step(trivial), pagesPerSecond: pages / trivial.seconds },
    ratioToTrivial: siteSeconds / trivial.seconds,
    dist,
  };
}

type Timed = { seconds: number; cpuSeconds: number | null };
type BundledRun = { steps: Record<string, Timed>; seconds: number };

/**
 * `npm run build` on the repository's own data, step by step as package.json runs them, into `dist` (wall time and the
 * CPU time of each step's own process; the charts' process that astro build starts is not in its CPU time).
 */
async function bundledBuild(dist: string, label: string): Promise<BundledRun> {
  const steps: Record<string, Timed> = {};
  const run = async (name: string) => {
    const extra = name === 'site-index' || name === 'charts' ? ['--site', dist] : [];
    const r = must(
      await runMeasured([...nodeScriptArgs(name), ...extra], work, `${label}-${name}`, { OUT_DIR: dist }),
      name,
    );
    steps[name] = { seconds: r.seconds, cpuSeconds: r.cpuSeconds };
  };
  // As scripts/build.ts runs them: `charts` after `site` when astro build does not write the charts alongside.
  for (const step of buildSteps()) for (const name of withCharts(step, resolve(ROOT, 'data/build'))) await run(name);
  return { steps, seconds: Object.values(steps).reduce((t, s) => t + s.seconds, 0) };
}

type Scores = Record<string, number | null>;

async function lighthouseScores(dist: string, pages: Record<string, string>): Promise<Record<string, Scores>> {
  const server = await serveStatic(dist, { gzip: true });
  const { executablePath, args: flags } = await chromiumLaunch();
  const chrome = await chromeLauncher.launch({ chromePath: executablePath, chromeFlags: [...flags, '--headless=new'] });
  const out: Record<string, Scores> = {};
  try {
    for (const [type, path] of Object.entries(pages)) {
      const r = await lighthouse(server.origin + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      out[type] = Object.fromEntries(
        Object.entries(r?.lhr.categories ?? {}).map(([k, v]) => [
          k,
          v.score === null ? null : Math.round(v.score * 100),
        ]),
      );
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  return out;
}

const kb = (n: number) => (n / 1024).toFixed(1);

async function main() {
  const report: Record<string, unknown> = {
    machine: {
      cpu: os.cpus()[0]?.model,
      cores: os.cpus().length,
      memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
  };
  if (!args['no-import']) {
    const out = join(work, 'import.json');
    must(
      await runMeasured(
        [join(ROOT, 'scripts/bench/import.ts'), '--size-mb', args['import-size-mb'], '--out', out],
        work,
        'import-bench',
      ),
      'import benchmark',
    );
    report['import'] = JSON.parse(readFileSync(out, 'utf8'));
  }

  // The bundled data: a first build into a new folder, then a rebuild over it.
  const bundledDist = join(work, 'dist-bundled');
  process.stderr.write('building the site on the bundled data, then again over it ...\n');
  const fresh = await bundledBuild(bundledDist, 'bundled-fresh');
  const again = await bundledBuild(bundledDist, 'bundled-again');
  report['bundled'] = { fresh, again };

  const builds: BuildResult[] = [];
  for (const n of sizes) {
    process.stderr.write(`building the site on ${n} projects ...\n`);
    builds.push(await build(n));
  }
  report['builds'] = builds.map(({ dist: _, ...b }) => b);

  const smallest = builds[0]!;
  const pages = { ...PAGE_TYPES, project: firstProjectPage(smallest.dist) };
  const weights: Record<string, PageWeight> = Object.fromEntries(
    Object.entries(pages).map(([t, p]) => [t, weighPage(smallest.dist, p)]),
  );
  report['pages'] = { projects: smallest.projects, weights };
  if (!args['no-lighthouse']) report['lighthouse'] = await lighthouseScores(smallest.dist, pages);
  if (args['vnu-jar']) {
    process.stderr.write(`the W3C Nu Html Checker over the site of ${smallest.projects} projects ...\n`);
    report['vnu'] = { projects: smallest.projects, ...(await checkSite(args['vnu-jar'], smallest.dist)) };
  }

  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, JSON.stringify(report, null, 2) + '\n');

  const lines: string[] = [];
  const imp = report['import'] as
    { results?: Record<string, { mbPerSecond?: number; peakRssMB?: number }>; ratio?: number } | undefined;
  if (imp) lines.push(`import: see ${args.out} (import)`, '');
  const bundledLine = (label: string, r: BundledRun) =>
    `${label.padEnd(22)} ${r.seconds.toFixed(1).padStart(6)} s  (` +
    Object.entries(r.steps)
      .map(([n, t]) => `${n} ${t.seconds.toFixed(1)} s, CPU ${t.cpuSeconds?.toFixed(1) ?? '?'} s`)
      .join('; ') +
    ')';
  lines.push(bundledLine('bundled, new folder', fresh), bundledLine('bundled, over it', again), '');
  lines.push(
    'build  projects   pages  data s  astro s  index s  site s  pages/s  RSS MB (astro/index, with children)  dist MB  trivial s  trivial RSS  x trivial',
  );
  const mb = (x: number | null) => (x === null ? '?' : x.toFixed(0));
  for (const b of builds) {
    lines.push(
      `${''.padEnd(5)} ${String(b.projects).padStart(9)} ${String(b.pages).padStart(7)} ${b.data.seconds.toFixed(1).padStart(7)} ${b.site.astro.seconds.toFixed(1).padStart(8)} ${b.site.siteIndex.seconds.toFixed(1).padStart(8)} ${b.site.seconds.toFixed(1).padStart(7)} ` +
        `${b.site.pagesPerSecond.toFixed(0).padStart(8)} ${`${mb(b.site.astro.peakTreeRssMB)} / ${mb(b.site.siteIndex.peakTreeRssMB)}`.padStart(37)} ${b.distMB.toFixed(1).padStart(8)} ` +
        `${b.trivial.seconds.toFixed(1).padStart(10)} ${mb(b.trivial.peakTreeRssMB).padStart(12)} ${b.ratioToTrivial.toFixed(2).padStart(10)}`,
    );
  }
  lines.push(
    '',
    `pages (${smallest.projects} projects)  KB: html raw/gz   css raw/gz   js raw/gz   svg raw/gz   total gz`,
  );
  for (const [t, w] of Object.entries(weights)) {
    lines.push(
      `${t.padEnd(14)} ${kb(w.html.raw).padStart(7)}/${kb(w.html.gzip).padEnd(6)} ${kb(w.css.raw).padStart(6)}/${kb(w.css.gzip).padEnd(6)} ${kb(w.js.raw).padStart(6)}/${kb(w.js.gzip).padEnd(6)} ${kb(w.svg.raw).padStart(6)}/${kb(w.svg.gzip).padEnd(6)} ${kb(w.total.gzip).padStart(8)}`,
    );
  }
  const lh = report['lighthouse'] as Record<string, Scores> | undefined;
  if (lh) {
    lines.push('', 'lighthouse     perf  a11y  best  seo');
    for (const [t, s] of Object.entries(lh))
      lines.push(
        `${t.padEnd(14)} ${String(s['performance']).padStart(4)} ${String(s['accessibility']).padStart(5)} ${String(s['best-practices']).padStart(5)} ${String(s['seo']).padStart(4)}`,
      );
  }
  const vnu = report['vnu'] as (VnuSummary & { projects: number }) | undefined;
  if (vnu) lines.push('', `${vnu.projects} projects:`, ...formatSummary(vnu));
  process.stdout.write(lines.join('\n') + `\n\nreport: ${args.out}\n`);
  rmSync(work, { recursive: true, force: true });
}

await main();
