// `astro build` starts `npm run charts` (scripts/charts.ts: every chart's CSV, metadata, SVG and PNG, and the share
// images) as a child process when it starts rendering, at the lowest CPU priority, and waits for it before it ends.
//
// Why: astro build keeps one core busy and the other about half busy (its chart worker, libuv); the chart files are
// about 8 s of CPU (PNG drawing most of it) that need the data, not the pages. Run after the pages, they added 5 s
// of wall time to the build; alongside them, at low priority, they take the CPU the pages leave idle first and only
// then the rest (README, "Measured"). The child writes into the output folder after the build's stamp
// (./output-in-place.ts), so nothing of it is swept as stale.
//
// Above ALONGSIDE_MAX_PROJECTS projects nothing runs alongside: `npm run charts` is a step of its own after astro
// build has ended (scripts/build.ts), and the XLSX downloads are written on the main thread
// (src/pages/[...path].astro): at that size memory is the limit, not time (50,000 projects: astro build's peak
// 1.8 GB, 2.5 GB with both alongside; the benchmark's budget is 2 GB).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { nodeScriptArgs } from './npm-scripts.ts';

/** The lowest priority (nice 19 on Linux and macOS; the nearest class on Windows). */
const LOWEST = 19;

/** The most projects for which the charts and the workbooks are written alongside the pages rather than after them. */
export const ALONGSIDE_MAX_PROJECTS = 20_000;

/** Whether the build of the data in `dataDir` writes the charts alongside the pages (else `npm run charts` after). */
export function alongside(dataDir = resolve(process.env['DATA_DIR'] ?? 'data/build')): boolean {
  const projects = importedProjects(dataDir);
  return projects !== null && projects <= ALONGSIDE_MAX_PROJECTS;
}

/**
 * A step of `npm run build` as it is run once the data is imported: `site` followed by `charts` when astro build does
 * not write the charts alongside. scripts/build.ts, the benchmark and the browser tests' builds all run steps so.
 */
export function withCharts(step: string, dataDir?: string): string[] {
  return step === 'site' && !alongside(dataDir) ? ['site', 'charts'] : [step];
}

/** The number of projects the importer counted in `dataDir` (its meta.json), or null when it cannot be read. */
export function importedProjects(dataDir: string): number | null {
  try {
    const meta = JSON.parse(readFileSync(join(dataDir, 'meta.json'), 'utf8')) as { counts?: { projects?: unknown } };
    return typeof meta.counts?.projects === 'number' ? meta.counts.projects : null;
  } catch {
    return null;
  }
}

/** The integration; list it after writeInPlace(), whose stamp must be there before the charts are written. */
export function chartsAlongside(): AstroIntegration {
  let outDir: URL | null = null;
  let done: Promise<void> | null = null;
  const start = () => {
    const child = spawn(process.execPath, [...nodeScriptArgs('charts'), '--site', fileURLToPath(outDir!)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      setPriority(child.pid!, LOWEST);
    } catch {
      // Not allowed here: the charts then share the CPU evenly with the pages, which is slower but correct.
    }
    // Its summary is printed whatever Astro's log level (npm run site builds with --silent: README, "Measured").
    done = finished(child).then((out) => void process.stdout.write(out));
    // Until the build's end awaits it, a failure must not be an unhandled rejection.
    done.catch(() => {});
  };
  return {
    name: 'charts-alongside',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        if (alongside()) start();
      },
      'astro:build:done': async () => {
        await done;
      },
    },
  };
}

/** The child's standard output once it exits with 0; otherwise an error with the end of what it printed. */
function finished(child: ChildProcess): Promise<string> {
  let out = '';
  let err = '';
  child.stdout!.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  return new Promise((ok, fail) => {
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) ok(out);
      else fail(new Error(`npm run charts exited with ${code}:\n${(out + err).slice(-4000)}`));
    });
  });
}
