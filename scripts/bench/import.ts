// Import benchmark: `npm run bench:import -- [--size-mb N] [--seed N] [--keep] [--file PATH] [--out FILE]`.
//
// 1. writes a seeded synthetic national-size OpenCoesione "progetti esteso" export (about 1%
//    PN Metro Plus rows) under the system's temporary folder, streaming it to disk;
// 2. on that file measures a raw read, then, each in a child process with the ./rss.ts preload (for
//    its peak RSS) and taking turns run after run: a bare papaparse streaming parse, the importer
//    itself (`scripts/data.ts`) without and with its pre-filter, and DuckDB (`@duckdb/node-api`,
//    `read_csv` with `all_varchar`) counting the rows whose programme is METRO PLUS, on one thread
//    and on two: the peer the importer is measured against;
// 3. prints a table and writes a JSON report (default bench-results/import.json).
// A missed target is reported (met / not met), not a failure; a failing step exits 1.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Papa from 'papaparse';
import { runMeasured, type ChildRun } from './measure.ts';
import { OC_ESTESO_HEADER, writeSyntheticExport, type SyntheticStats } from './synthetic-oc.ts';

const MB = 1024 * 1024;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SELF = fileURLToPath(import.meta.url);
const IMPORTER = join(ROOT, 'scripts', 'data.ts');
// The importer runs with the same Node flags as `npm run data` (V8's young generation is kept
// small so RSS stays flat whatever the file size).
const IMPORTER_NODE_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.data as string)
  .split(/\s+/)
  .filter((a) => a.startsWith('--'));
const DEFAULT_SIZE_MB = 1024;
const DEFAULT_SEED = 20250630;
const TARGET_RATIO = 0.7;
const TARGET_RSS_MB = 200;
/** The importer's wall time over DuckDB's on one thread (goal) and on two (stretch), same run. */
const TARGET_DUCKDB = 1;
const PAPAPARSE_CHILD_FLAG = '--papaparse-child';
const DUCKDB_CHILD_FLAG = '--duckdb-child';
/** What DuckDB counts: the rows the importer's configuration calls PN Metro Plus. */
const DUCKDB_NEEDLE = 'METRO PLUS';

const USAGE = `usage: npm run bench:import -- [--size-mb N] [--seed N] [--runs N] [--keep] [--file PATH] [--out FILE] [--help]

  --size-mb N   size of the synthetic export in MB (2^20 bytes; default ${DEFAULT_SIZE_MB})
  --seed N      seed of the generator (default ${DEFAULT_SEED}); same seed and size, same bytes
  --runs N      run each child (papaparse, importer without and with the pre-filter,
                DuckDB on 1 and 2 threads) N times, taking turns (default 1):
                median time, highest peak RSS
  --keep        keep the synthetic file (printed at the end) to reuse it with --file
  --file PATH   benchmark an existing synthetic file instead of generating one
                (its counts come from PATH.meta.json when --keep wrote one)
  --out FILE    JSON report (default bench-results/import.json)
  --help        this text

Targets: importer MB/s >= ${TARGET_RATIO} x bare papaparse MB/s; importer peak RSS < ${TARGET_RSS_MB} MB;
importer time <= ${TARGET_DUCKDB} x DuckDB's on one thread (stretch: on two threads).`;

// ---------------------------------------------------------------- child: bare papaparse

/** The bare papaparse baseline: stream the file, decode UTF-8, parse, count rows. */
async function papaparseChild(file: string): Promise<void> {
  const started = performance.now();
  let records = 0;
  let blank = 0;
  let wrongWidth = 0;
  let width = -1;
  await new Promise<void>((done, fail) => {
    Papa.parse<string[]>(createReadStream(file, { encoding: 'utf8' }), {
      delimiter: ';',
      chunk: (results) => {
        for (const row of results.data) {
          if (width < 0) width = row.length;
          if (row.length === 1 && row[0] === '') blank++;
          else if (row.length !== width) wrongWidth++;
          records++;
        }
      },
      complete: () => done(),
      error: (err: Error) => fail(err),
    });
  });
  const seconds = (performance.now() - started) / 1000;
  // data rows: header and blank lines excluded
  process.stdout.write(JSON.stringify({ rows: records - 1 - blank, columns: width, wrongWidth, seconds }) + '\n');
}

// ---------------------------------------------------------------- child: DuckDB

/** The peer: DuckDB reads the whole file as text and counts the rows whose programme is METRO PLUS. */
async function duckdbChild(file: string, threads: number): Promise<void> {
  const started = performance.now();
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  const con = await db.connect();
  const path = `'${file.replace(/'/g, "''")}'`;
  const result = await con.runAndReadAll(
    `SELECT count(*) FROM read_csv(${path}, delim = ';', quote = '"', escape = '"', header = true, all_varchar = true) ` +
      `WHERE upper(OC_DESCRIZIONE_PROGRAMMA) LIKE '%${DUCKDB_NEEDLE}%'`,
  );
  const count = Number(result.getRows()[0]?.[0]);
  con.closeSync();
  db.closeSync();
  process.stdout.write(JSON.stringify({ count, threads, seconds: (performance.now() - started) / 1000 }) + '\n');
}

// ---------------------------------------------------------------- measuring

type PapaparseInfo = { rows: number; columns: number; wrongWidth: number; seconds: number };
type DuckdbInfo = { count: number; threads: number; seconds: number };

/**
 * Runs measured children `runs` times, taking turns (so that load drifting during the run weighs
 * on each alike); a child that fails is not run again. Each: the median wall time, the highest
 * peak RSS, or its failing run.
 */
async function runInTurns<K extends string>(
  runs: number,
  children: Record<K, (i: number) => Promise<ChildRun>>,
): Promise<Record<K, ChildRun>> {
  const all = new Map<K, ChildRun[]>();
  const names = Object.keys(children) as K[];
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const done = all.get(name) ?? [];
      if (done.some((r) => r.code !== 0)) continue;
      done.push(await children[name](i));
      all.set(name, done);
    }
  }
  return Object.fromEntries(names.map((n) => [n, summarize(all.get(n)!)])) as Record<K, ChildRun>;
}

function summarize(all: ChildRun[]): ChildRun {
  const failed = all.find((r) => r.code !== 0);
  if (failed) return { ...failed, allSeconds: all.map((x) => x.seconds) };
  const median = medianOf(all.map((x) => x.seconds));
  const rss = all.map((x) => x.peakRssMB).filter((x): x is number => x !== null);
  const cpu = all.map((x) => x.cpuSeconds).filter((x): x is number => x !== null);
  const last = all[all.length - 1] as ChildRun;
  return {
    ...last,
    seconds: median,
    allSeconds: all.map((x) => x.seconds),
    peakRssMB: rss.length === all.length ? Math.max(...rss) : null,
    cpuSeconds: cpu.length === all.length ? medianOf(cpu) : null,
  };
}

function medianOf(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v.length % 2 === 1
    ? (v[(v.length - 1) / 2] as number)
    : ((v[v.length / 2 - 1] as number) + (v[v.length / 2] as number)) / 2;
}

async function rawRead(file: string): Promise<{ bytes: number; seconds: number }> {
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of createReadStream(file)) bytes += (chunk as Buffer).length;
  return { bytes, seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------- report

type StepResult = {
  ok: boolean;
  seconds: number | null;
  mbPerSec: number | null;
  rows: number | null;
  rowsPerSec: number | null;
  peakRssMB: number | null;
  /**
   * CPU time (user + system, all threads; median when run more than once): steadier than wall time on a busy machine.
   */
  cpuSeconds?: number | null;
  /** Every run's wall time, when the step ran more than once (--runs). */
  runs?: number[];
  note?: string;
};

type ImporterCounts = {
  rows: number;
  imported: number;
  skipped: number;
  rejected: number;
  errors: number;
  warnings: number;
  kind: string | null;
};

type Target = { name: string; target: string; value: number | null; met: boolean; stretch?: boolean };

type BenchReport = {
  ok: boolean;
  date: string;
  machine: { cpu: string; cpus: number; memoryGB: number; os: string; arch: string };
  node: string;
  file: {
    path: string | null;
    kept: boolean;
    bytes: number;
    sizeMB: number;
    rows: number | null;
    seed: number | null;
    generated: boolean;
    generationSeconds: number | null;
    expected: { priority4: number; priority5: number; other: number } | null;
  };
  units: string;
  runs: number;
  steps: {
    read: StepResult;
    papaparse: StepResult;
    importerNoPrefilter: StepResult;
    importer: StepResult;
    duckdb1: StepResult;
    duckdb2: StepResult;
    nodeBaseline: StepResult;
  };
  papaparse: { columns: number | null; wrongWidthRows: number | null; parseSeconds: number | null } | null;
  importer: {
    exitCode: number | null;
    counts: ImporterCounts | null;
    countsMatchGenerator: boolean | null;
    stderrLines: number;
    stderrHead: string[];
    /** The importer without its pre-filter gave the same report.json and output files. */
    prefilterSameOutput: boolean | null;
  } | null;
  duckdb: { counts: [number | null, number | null]; countsMatchGenerator: boolean | null } | null;
  /** importer MB/s over bare papaparse's. */
  ratio: number | null;
  /**
   * Wall times over each other, same run: importer / DuckDB (1 and 2 threads), importer / importer without pre-filter.
   */
  ratios: { importerToDuckdb1: number | null; importerToDuckdb2: number | null; importerToNoPrefilter: number | null };
  targets: Target[];
  failures: string[];
};

/** A child's step: its (median) time over the file, and its rows when known. */
function childStep(run: ChildRun, sizeMiB: number, rows: number | null, runs: number, ok: boolean): StepResult {
  const step: StepResult = {
    ok: run.code === 0 && ok,
    seconds: run.seconds,
    mbPerSec: sizeMiB / run.seconds,
    rows,
    rowsPerSec: rows === null ? null : rows / run.seconds,
    peakRssMB: run.peakRssMB,
    cpuSeconds: run.cpuSeconds,
    ...(runs > 1 ? { runs: run.allSeconds } : {}),
  };
  if (!step.ok) step.note = `exit ${run.code ?? run.signal}`;
  return step;
}

/** The counts of the importer's report.json (its one file). */
async function importerCounts(path: string): Promise<ImporterCounts | null> {
  try {
    const rep = JSON.parse(await readFile(path, 'utf8')) as {
      files?: { kind?: string | null; rows: number; imported: number; skipped: number; rejected: number }[];
      errors?: unknown[];
      warnings?: unknown[];
      omitted?: { errors?: number; warnings?: number };
    };
    const f = rep.files?.[0];
    if (!f) return null;
    return {
      rows: f.rows,
      imported: f.imported,
      skipped: f.skipped,
      rejected: f.rejected,
      kind: f.kind ?? null,
      errors: (rep.errors?.length ?? 0) + (rep.omitted?.errors ?? 0),
      warnings: (rep.warnings?.length ?? 0) + (rep.omitted?.warnings ?? 0),
    };
  } catch {
    return null;
  }
}

/** sha256 of every file of a folder, by name: '' when there is no folder. */
async function digestFolder(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const hash = createHash('sha256');
  for (const name of names.sort())
    hash
      .update(`${name}\0`)
      .update(await readFile(join(dir, name)))
      .update('\0');
  return names.length === 0 ? '' : hash.digest('hex');
}

const fmt = (n: number | null, digits = 1): string =>
  n === null || !Number.isFinite(n)
    ? '-'
    : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number | null): string => (n === null ? '-' : Math.round(n).toLocaleString('en-US'));

function table(r: BenchReport): string {
  const lines: string[] = [];
  lines.push('Import benchmark: synthetic OpenCoesione "progetti esteso" export');
  lines.push(
    `machine  ${r.machine.cpu} x ${r.machine.cpus}, ${fmt(r.machine.memoryGB)} GB RAM, ${r.machine.os} ${r.machine.arch}`,
  );
  lines.push(`node     ${r.node}`);
  const exp = r.file.expected;
  lines.push(`file     ${r.file.path ?? '(deleted)'}`);
  lines.push(
    `         ${fmt(r.file.sizeMB)} MB, ${int(r.file.rows)} rows, seed ${r.file.seed ?? '-'}` +
      (exp
        ? `; PN Metro Plus P4 ${int(exp.priority4)}, P5 ${int(exp.priority5)}, other programmes ${int(exp.other)}`
        : ''),
  );
  if (r.file.generationSeconds !== null) {
    lines.push(
      `         generated in ${fmt(r.file.generationSeconds, 2)} s (${fmt(r.file.bytes / MB / r.file.generationSeconds)} MB/s)`,
    );
  }
  lines.push('');
  const head = ['step', 'time s', 'CPU s', 'MB/s', 'rows/s', 'peak RSS MB', ''];
  const rows: string[][] = [head];
  const add = (name: string, s: StepResult): void => {
    rows.push([
      name,
      fmt(s.seconds, 2),
      fmt(s.cpuSeconds ?? null, 2),
      fmt(s.mbPerSec),
      int(s.rowsPerSec),
      fmt(s.peakRssMB),
      s.ok ? '' : `FAILED${s.note ? `: ${s.note}` : ''}`,
    ]);
  };
  add('raw read (fs stream)', r.steps.read);
  add('papaparse (bare)', r.steps.papaparse);
  add('importer, no pre-filter', r.steps.importerNoPrefilter);
  add('importer (data.ts)', r.steps.importer);
  add('DuckDB, 1 thread', r.steps.duckdb1);
  add('DuckDB, 2 threads', r.steps.duckdb2);
  add('node startup (empty)', r.steps.nodeBaseline);
  const widths = head.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) {
    lines.push(
      row
        .map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    );
  }
  lines.push('');
  const c = r.importer?.counts;
  if (c) {
    lines.push(
      `importer counts  rows ${int(c.rows)}, imported ${int(c.imported)}, skipped ${int(c.skipped)}, rejected ${int(c.rejected)}` +
        ` (errors ${int(c.errors)}, warnings ${int(c.warnings)}; kind ${c.kind ?? '-'})`,
    );
    if (exp && r.importer) {
      lines.push(
        `expected         rows ${int(r.file.rows)}, imported ${int(exp.priority4)}, skipped ${int(exp.priority5 + exp.other)}, rejected 0` +
          ` -> ${r.importer.countsMatchGenerator ? 'match' : 'DO NOT MATCH'}`,
      );
    }
    if (r.importer?.prefilterSameOutput !== null && r.importer) {
      lines.push(
        `without pre-filter: ${r.importer.prefilterSameOutput ? 'the same' : 'NOT THE SAME'} report.json and output files`,
      );
    }
  }
  if (r.duckdb) {
    lines.push(
      `DuckDB counts    ${r.duckdb.counts.map(int).join(' and ')} rows with ${DUCKDB_NEEDLE} (1 and 2 threads)` +
        (exp
          ? `; expected ${int(exp.priority4 + exp.priority5)} -> ${r.duckdb.countsMatchGenerator ? 'match' : 'DO NOT MATCH'}`
          : ''),
    );
  }
  for (const t of r.targets) {
    const name = `${t.name}${t.stretch ? ' (stretch)' : ''}`;
    lines.push(
      `${name.padEnd(44)} ${fmt(t.value, 2).padStart(8)}   target ${t.target.padEnd(8)} ${t.met ? 'met' : 'NOT MET'}`,
    );
  }
  if (r.importer && r.importer.stderrLines > 0) {
    lines.push('');
    lines.push(`importer stderr: ${int(r.importer.stderrLines)} lines; first ones:`);
    for (const l of r.importer.stderrHead) lines.push(`  ${l}`);
  }
  for (const f of r.failures) lines.push(`FAILED: ${f}`);
  lines.push(
    `MB = 2^20 bytes; times are wall clock of each step (child steps include Node startup), CPU s the child's user + system time` +
      (r.runs > 1 ? `; children: median of ${r.runs} runs taken in turns, highest peak RSS.` : '.'),
  );
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        'size-mb': { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        keep: { type: 'boolean' },
        file: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  const sizeMB = values['size-mb'] === undefined ? DEFAULT_SIZE_MB : Number(values['size-mb']);
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isFinite(sizeMB) || sizeMB <= 0) {
    process.stderr.write(`--size-mb: '${values['size-mb']}' is not a positive number\n${USAGE}\n`);
    return 2;
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    process.stderr.write(`--seed: '${values.seed}' is not an integer between 0 and ${0xffffffff}\n${USAGE}\n`);
    return 2;
  }
  const runs = values.runs === undefined ? 1 : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 20) {
    process.stderr.write(`--runs: '${values.runs}' is not an integer between 1 and 20\n${USAGE}\n`);
    return 2;
  }
  if (values.file !== undefined && values['size-mb'] !== undefined) {
    process.stderr.write(`--file and --size-mb exclude each other\n${USAGE}\n`);
    return 2;
  }
  const outPath = resolve(values.out ?? join(ROOT, 'bench-results', 'import.json'));
  const keep = values.keep === true;

  const tmp = await mkdtemp(join(os.tmpdir(), 'pnmetro-bench-'));
  const inputDir = join(tmp, 'input');
  await mkdir(inputDir);
  const failures: string[] = [];
  const log = (s: string): void => {
    process.stderr.write(s + '\n');
  };

  try {
    // ---- the file
    let file: string;
    let keptPath: string | null = null;
    let stats: SyntheticStats | null = null;
    let generationSeconds: number | null = null;
    if (values.file !== undefined) {
      const src = resolve(values.file);
      if (!existsSync(src)) {
        process.stderr.write(`--file: ${src} does not exist\n`);
        return 2;
      }
      keptPath = src;
      file = join(inputDir, basename(src).toLowerCase().endsWith('.csv') ? basename(src) : 'progetti_esteso.csv');
      try {
        await link(src, file);
      } catch {
        log(`copying ${src} to ${file} (no hard link possible)`);
        await copyFile(src, file);
      }
      try {
        stats = JSON.parse(await readFile(`${src}.meta.json`, 'utf8')) as SyntheticStats;
      } catch {
        stats = null;
      }
    } else {
      const target = Math.round(sizeMB * MB);
      const name = `progetti_esteso_synthetic_${seed}_${sizeMB}mb.csv`;
      const genPath = keep ? join(os.tmpdir(), name) : join(inputDir, 'progetti_esteso.csv');
      log(`writing ${fmt(sizeMB)} MB synthetic export (seed ${seed}) to ${genPath} ...`);
      const started = performance.now();
      let lastShown = 0;
      stats = await writeSyntheticExport(genPath, {
        targetBytes: target,
        seed,
        onProgress: (bytes) => {
          if (bytes - lastShown >= 128 * MB) {
            lastShown = bytes;
            log(`  ${fmt(bytes / MB, 0)} MB`);
          }
        },
      });
      generationSeconds = (performance.now() - started) / 1000;
      if (keep) {
        keptPath = genPath;
        await writeFile(`${genPath}.meta.json`, JSON.stringify(stats, null, 2) + '\n');
        file = join(inputDir, 'progetti_esteso.csv');
        try {
          await link(genPath, file);
        } catch {
          await copyFile(genPath, file);
        }
      } else {
        file = genPath;
      }
    }
    const bytes = (await stat(file)).size;
    const sizeMiB = bytes / MB;

    // ---- (a) raw read
    log('raw read ...');
    const read = await rawRead(file);
    const readStep: StepResult = {
      ok: read.bytes === bytes,
      seconds: read.seconds,
      mbPerSec: read.bytes / MB / read.seconds,
      rows: null,
      rowsPerSec: null,
      peakRssMB: null,
    };
    if (!readStep.ok) failures.push(`raw read counted ${read.bytes} bytes, the file has ${bytes}`);

    // ---- node startup baseline (same preload): what every child pays before its work
    const base = await runMeasured(['-e', ''], tmp, 'baseline');
    const baselineStep: StepResult = {
      ok: base.code === 0,
      seconds: base.seconds,
      mbPerSec: null,
      rows: null,
      rowsPerSec: null,
      peakRssMB: base.peakRssMB,
      cpuSeconds: base.cpuSeconds,
    };

    // ---- (b) the children, taking turns: bare papaparse, the importer without and with its
    // pre-filter, DuckDB on one and two threads
    const haveImporter = existsSync(IMPORTER);
    if (!haveImporter) failures.push('the importer scripts/data.ts does not exist yet');
    const outputs = new Map<string, string>();
    const importerRun =
      (name: 'importer' | 'importer-no-prefilter') =>
      async (i: number): Promise<ChildRun> => {
        const outDir = join(tmp, `${name}-output-${i}`);
        const r = await runMeasured(
          [
            ...IMPORTER_NODE_FLAGS,
            IMPORTER,
            '--input',
            inputDir,
            '--output',
            outDir,
            '--report',
            join(tmp, `${name}-report.json`),
          ],
          tmp,
          name,
          name === 'importer' ? {} : { PNMETRO_IMPORT_PREFILTER: 'off' },
        );
        outputs.set(name, await digestFolder(outDir));
        await rm(outDir, { recursive: true, force: true });
        return r;
      };
    const missing = async (): Promise<ChildRun> => ({
      code: 1,
      signal: null,
      seconds: 0,
      peakRssMB: null,
      cpuSeconds: null,
      peakTreeRssMB: null,
      stdout: '',
      stderr: 'scripts/data.ts not found',
      stderrLines: 1,
      allSeconds: [],
    });
    log(
      `papaparse, importer without and with pre-filter, DuckDB 1 and 2 threads${runs > 1 ? `, ${runs} times in turns` : ''} ...`,
    );
    const ran = await runInTurns(runs, {
      papaparse: () => runMeasured([SELF, PAPAPARSE_CHILD_FLAG, file], tmp, 'papaparse'),
      importerNoPrefilter: haveImporter ? importerRun('importer-no-prefilter') : missing,
      importer: haveImporter ? importerRun('importer') : missing,
      duckdb1: () => runMeasured([SELF, DUCKDB_CHILD_FLAG, file, '1'], tmp, 'duckdb1'),
      duckdb2: () => runMeasured([SELF, DUCKDB_CHILD_FLAG, file, '2'], tmp, 'duckdb2'),
    });

    const pp = ran.papaparse;
    let ppInfo: PapaparseInfo | null = null;
    try {
      ppInfo = JSON.parse(pp.stdout.trim().split('\n').pop() ?? '') as PapaparseInfo;
    } catch {
      ppInfo = null;
    }
    const ppStep = childStep(pp, sizeMiB, ppInfo?.rows ?? null, runs, ppInfo !== null);
    if (!ppStep.ok)
      failures.push(
        `bare papaparse child exited ${pp.code ?? pp.signal}: ${pp.stderr.trim().split('\n').slice(0, 5).join(' | ')}`,
      );
    if (ppInfo && ppInfo.columns !== OC_ESTESO_HEADER.length && stats) {
      failures.push(`papaparse read ${ppInfo.columns} columns in the header, expected ${OC_ESTESO_HEADER.length}`);
    }

    // ---- (c) the importer
    let importer: BenchReport['importer'] = null;
    const counts = haveImporter ? await importerCounts(join(tmp, 'importer-report.json')) : null;
    const rows = counts?.rows ?? stats?.rows ?? null;
    const importerStep = childStep(ran.importer, sizeMiB, rows, runs, haveImporter);
    const noPrefilterStep = childStep(ran.importerNoPrefilter, sizeMiB, rows, runs, haveImporter);
    if (haveImporter) {
      for (const [step, name] of [
        [importerStep, 'the importer'],
        [noPrefilterStep, 'the importer without pre-filter'],
      ] as const) {
        if (!step.ok) failures.push(`${name} exited ${step.note}`);
      }
      const run = ran.importer;
      const matches =
        counts && stats
          ? counts.rows === stats.rows &&
            counts.imported === stats.priority4Rows &&
            counts.skipped === stats.priority5Rows + stats.otherRows &&
            counts.rejected === 0
          : null;
      const reports = await Promise.all(
        ['importer', 'importer-no-prefilter'].map((n) =>
          readFile(join(tmp, `${n}-report.json`), 'utf8').catch(() => null),
        ),
      );
      const same =
        importerStep.ok && noPrefilterStep.ok
          ? reports[0] !== null &&
            reports[0] === reports[1] &&
            outputs.get('importer') === outputs.get('importer-no-prefilter')
          : null;
      if (same === false)
        failures.push('the importer without its pre-filter gave another report.json or other output files');
      importer = {
        exitCode: run.code,
        counts,
        countsMatchGenerator: matches,
        stderrLines: run.stderrLines,
        stderrHead: run.stderr
          .split('\n')
          .filter((l) => l !== '')
          .slice(0, 10)
          .map((l) => (l.length > 300 ? l.slice(0, 300) + '...' : l)),
        prefilterSameOutput: same,
      };
    }

    // ---- (d) DuckDB
    const duckInfo = [ran.duckdb1, ran.duckdb2].map((r) => {
      try {
        return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as DuckdbInfo;
      } catch {
        return null;
      }
    });
    const duckSteps = [ran.duckdb1, ran.duckdb2].map((r, i) => childStep(r, sizeMiB, rows, runs, duckInfo[i] !== null));
    duckSteps.forEach((step, i) => {
      if (!step.ok)
        failures.push(
          `DuckDB (${i + 1} thread${i ? 's' : ''}) exited ${step.note}: ${[ran.duckdb1, ran.duckdb2][i]!.stderr.trim().split('\n').slice(0, 5).join(' | ')}`,
        );
    });
    const duckCounts: [number | null, number | null] = [duckInfo[0]?.count ?? null, duckInfo[1]?.count ?? null];
    const duckMatch = stats ? duckCounts.every((c) => c === stats.priority4Rows + stats.priority5Rows) : null;
    if (duckMatch === false)
      failures.push(
        `DuckDB counted ${duckCounts.join(' and ')} rows with ${DUCKDB_NEEDLE}, expected ${stats!.priority4Rows + stats!.priority5Rows}`,
      );

    // ---- (e) targets
    const over = (a: StepResult, b: StepResult) =>
      a.ok && b.ok && a.seconds !== null && b.seconds !== null ? a.seconds / b.seconds : null;
    const ratio =
      importerStep.ok && ppStep.ok && importerStep.mbPerSec !== null && ppStep.mbPerSec !== null
        ? importerStep.mbPerSec / ppStep.mbPerSec
        : null;
    const ratios = {
      importerToDuckdb1: over(importerStep, duckSteps[0]!),
      importerToDuckdb2: over(importerStep, duckSteps[1]!),
      importerToNoPrefilter: over(importerStep, noPrefilterStep),
    };
    const atMost = (v: number | null, t: number) => v !== null && v <= t;
    const targets: Target[] = [
      {
        name: 'ratio importer / papaparse MB/s',
        target: `>= ${TARGET_RATIO}`,
        value: ratio,
        met: ratio !== null && ratio >= TARGET_RATIO,
      },
      {
        name: 'importer peak RSS MB',
        target: `< ${TARGET_RSS_MB}`,
        value: importerStep.peakRssMB,
        met: importerStep.ok && importerStep.peakRssMB !== null && importerStep.peakRssMB < TARGET_RSS_MB,
      },
      {
        name: 'time importer / DuckDB 1 thread',
        target: `<= ${TARGET_DUCKDB}`,
        value: ratios.importerToDuckdb1,
        met: atMost(ratios.importerToDuckdb1, TARGET_DUCKDB),
      },
      {
        name: 'time importer / DuckDB 2 threads',
        target: `<= ${TARGET_DUCKDB}`,
        value: ratios.importerToDuckdb2,
        met: atMost(ratios.importerToDuckdb2, TARGET_DUCKDB),
        stretch: true,
      },
    ];

    const cpus = os.cpus();
    const report: BenchReport = {
      ok: failures.length === 0,
      date: new Date().toISOString(),
      machine: {
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        cpus: cpus.length,
        memoryGB: os.totalmem() / 1024 ** 3,
        os: `${os.type()} ${os.release()}`,
        arch: os.arch(),
      },
      node: process.version,
      file: {
        path: keptPath,
        kept: keptPath !== null,
        bytes,
        sizeMB: sizeMiB,
        rows: stats?.rows ?? ppInfo?.rows ?? null,
        seed: stats?.seed ?? null,
        generated: values.file === undefined,
        generationSeconds,
        expected: stats
          ? { priority4: stats.priority4Rows, priority5: stats.priority5Rows, other: stats.otherRows }
          : null,
      },
      units:
        'MB = 2^20 bytes; seconds are wall clock; child steps (papaparse, importer) include Node startup, see nodeBaseline',
      runs,
      steps: {
        read: readStep,
        papaparse: ppStep,
        importerNoPrefilter: noPrefilterStep,
        importer: importerStep,
        duckdb1: duckSteps[0]!,
        duckdb2: duckSteps[1]!,
        nodeBaseline: baselineStep,
      },
      papaparse: ppInfo
        ? { columns: ppInfo.columns, wrongWidthRows: ppInfo.wrongWidth, parseSeconds: ppInfo.seconds }
        : null,
      importer,
      duckdb: { counts: duckCounts, countsMatchGenerator: duckMatch },
      ratio,
      ratios,
      targets,
      failures,
    };
    await mkdir(dirname(outPath), { recursive: true });
    await writeFile(outPath, JSON.stringify(report, null, 2) + '\n');
    process.stdout.write(table(report) + '\n');
    process.stdout.write(`report: ${outPath}\n`);
    if (keptPath && values.file === undefined) process.stdout.write(`kept: ${keptPath} (reuse with --file)\n`);
    return failures.length === 0 ? 0 : 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === PAPAPARSE_CHILD_FLAG && process.argv[3]) {
  await papaparseChild(process.argv[3]);
} else if (process.argv[2] === DUCKDB_CHILD_FLAG && process.argv[3]) {
  await duckdbChild(process.argv[3], Number(process.argv[4] ?? 1));
} else {
  process.exitCode = await main();
}
