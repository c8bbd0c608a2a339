// Import benchmark: `npm run bench:import -- [--size-mb N] [--seed N] [--keep] [--file PATH] [--out FILE]`.
//
// 1. writes a seeded synthetic national-size OpenCoesione "progetti esteso" export (about 1%
//    PN Metro Plus rows) under the system's temporary folder, streaming it to disk;
// 2. on that file measures, one after the other: a raw read, a bare papaparse streaming parse
//    (in a child process, for its peak RSS) and the importer itself (`scripts/data.ts`, in a
//    child process with the ./rss.ts preload);
// 3. prints a table and writes a JSON report (default bench-results/import.json).
// A missed target is reported (met / not met), not a failure; a failing step exits 1.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { copyFile, link, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
const PAPAPARSE_CHILD_FLAG = '--papaparse-child';

const USAGE = `usage: npm run bench:import -- [--size-mb N] [--seed N] [--runs N] [--keep] [--file PATH] [--out FILE] [--help]

  --size-mb N   size of the synthetic export in MB (2^20 bytes; default ${DEFAULT_SIZE_MB})
  --seed N      seed of the generator (default ${DEFAULT_SEED}); same seed and size, same bytes
  --runs N      run the papaparse and importer children N times each (default 1):
                median time, highest peak RSS
  --keep        keep the synthetic file (printed at the end) to reuse it with --file
  --file PATH   benchmark an existing synthetic file instead of generating one
                (its counts come from PATH.meta.json when --keep wrote one)
  --out FILE    JSON report (default bench-results/import.json)
  --help        this text

Targets: importer MB/s >= ${TARGET_RATIO} x bare papaparse MB/s; importer peak RSS < ${TARGET_RSS_MB} MB.`;

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

// ---------------------------------------------------------------- measuring

type PapaparseInfo = { rows: number; columns: number; wrongWidth: number; seconds: number };

/**
 * Run a measured child `runs` times, one after the other: the median wall time, the highest
 * peak RSS; stops at the first failing run and returns it.
 */
async function runRepeated(runs: number, once: (i: number) => Promise<ChildRun>): Promise<ChildRun> {
  const all: ChildRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(i);
    all.push(r);
    if (r.code !== 0) return { ...r, allSeconds: all.map((x) => x.seconds) };
  }
  const times = all.map((x) => x.seconds).sort((a, b) => a - b);
  const median = times.length % 2 === 1
    ? (times[(times.length - 1) / 2] as number)
    : ((times[times.length / 2 - 1] as number) + (times[times.length / 2] as number)) / 2;
  const rss = all.map((x) => x.peakRssMB).filter((x): x is number => x !== null);
  const last = all[all.length - 1] as ChildRun;
  return {
    ...last, seconds: median, allSeconds: all.map((x) => x.seconds),
    peakRssMB: rss.length === all.length ? Math.max(...rss) : null,
  };
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
  /** Every run's wall time, when the step ran more than once (--runs). */
  runs?: number[];
  note?: string;
};

type ImporterCounts = { rows: number; imported: number; skipped: number; rejected: number; errors: number; warnings: number; kind: string | null };

type Target = { name: string; target: string; value: number | null; met: boolean };

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
  steps: { read: StepResult; papaparse: StepResult; importer: StepResult; nodeBaseline: StepResult };
  papaparse: { columns: number | null; wrongWidthRows: number | null; parseSeconds: number | null } | null;
  importer: {
    exitCode: number | null;
    counts: ImporterCounts | null;
    countsMatchGenerator: boolean | null;
    stderrLines: number;
    stderrHead: string[];
  } | null;
  ratio: number | null;
  targets: Target[];
  failures: string[];
};

function emptyStep(note?: string): StepResult {
  return { ok: false, seconds: null, mbPerSec: null, rows: null, rowsPerSec: null, peakRssMB: null, ...(note ? { note } : {}) };
}

const fmt = (n: number | null, digits = 1): string =>
  n === null || !Number.isFinite(n) ? '-' : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const int = (n: number | null): string => (n === null ? '-' : Math.round(n).toLocaleString('en-US'));

function table(r: BenchReport): string {
  const lines: string[] = [];
  lines.push('Import benchmark: synthetic OpenCoesione "progetti esteso" export');
  lines.push(`machine  ${r.machine.cpu} x ${r.machine.cpus}, ${fmt(r.machine.memoryGB)} GB RAM, ${r.machine.os} ${r.machine.arch}`);
  lines.push(`node     ${r.node}`);
  const exp = r.file.expected;
  lines.push(`file     ${r.file.path ?? '(deleted)'}`);
  lines.push(`         ${fmt(r.file.sizeMB)} MB, ${int(r.file.rows)} rows, seed ${r.file.seed ?? '-'}` +
    (exp ? `; PN Metro Plus P4 ${int(exp.priority4)}, P5 ${int(exp.priority5)}, other programmes ${int(exp.other)}` : ''));
  if (r.file.generationSeconds !== null) {
    lines.push(`         generated in ${fmt(r.file.generationSeconds, 2)} s (${fmt(r.file.bytes / MB / r.file.generationSeconds)} MB/s)`);
  }
  lines.push('');
  const head = ['step', 'time s', 'MB/s', 'rows/s', 'peak RSS MB', ''];
  const rows: string[][] = [head];
  const add = (name: string, s: StepResult): void => {
    rows.push([name, fmt(s.seconds, 2), fmt(s.mbPerSec), int(s.rowsPerSec), fmt(s.peakRssMB), s.ok ? '' : `FAILED${s.note ? `: ${s.note}` : ''}`]);
  };
  add('raw read (fs stream)', r.steps.read);
  add('papaparse (bare)', r.steps.papaparse);
  add('importer (data.ts)', r.steps.importer);
  add('node startup (empty)', r.steps.nodeBaseline);
  const widths = head.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  for (const row of rows) {
    lines.push(row.map((c, i) => (i === 0 || i === row.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ').trimEnd());
  }
  lines.push('');
  const c = r.importer?.counts;
  if (c) {
    lines.push(`importer counts  rows ${int(c.rows)}, imported ${int(c.imported)}, skipped ${int(c.skipped)}, rejected ${int(c.rejected)}` +
      ` (errors ${int(c.errors)}, warnings ${int(c.warnings)}; kind ${c.kind ?? '-'})`);
    if (exp && r.importer) {
      lines.push(`expected         rows ${int(r.file.rows)}, imported ${int(exp.priority4)}, skipped ${int(exp.priority5 + exp.other)}, rejected 0` +
        ` -> ${r.importer.countsMatchGenerator ? 'match' : 'DO NOT MATCH'}`);
    }
  }
  for (const t of r.targets) {
    lines.push(`${t.name.padEnd(34)} ${fmt(t.value, 2).padStart(8)}   target ${t.target.padEnd(8)} ${t.met ? 'met' : 'NOT MET'}`);
  }
  if (r.importer && r.importer.stderrLines > 0) {
    lines.push('');
    lines.push(`importer stderr: ${int(r.importer.stderrLines)} lines; first ones:`);
    for (const l of r.importer.stderrHead) lines.push(`  ${l}`);
  }
  for (const f of r.failures) lines.push(`FAILED: ${f}`);
  lines.push(`MB = 2^20 bytes; times are wall clock of each step (child steps include Node startup)` +
    (r.runs > 1 ? `; papaparse and importer: median of ${r.runs} runs, highest peak RSS.` : '.'));
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
  const log = (s: string): void => { process.stderr.write(s + '\n'); };

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
      try { await link(src, file); } catch { log(`copying ${src} to ${file} (no hard link possible)`); await copyFile(src, file); }
      try { stats = JSON.parse(await readFile(`${src}.meta.json`, 'utf8')) as SyntheticStats; } catch { stats = null; }
    } else {
      const target = Math.round(sizeMB * MB);
      const name = `progetti_esteso_synthetic_${seed}_${sizeMB}mb.csv`;
      const genPath = keep ? join(os.tmpdir(), name) : join(inputDir, 'progetti_esteso.csv');
      log(`writing ${fmt(sizeMB)} MB synthetic export (seed ${seed}) to ${genPath} ...`);
      const started = performance.now();
      let lastShown = 0;
      stats = await writeSyntheticExport(genPath, {
        targetBytes: target, seed,
        onProgress: (bytes) => {
          if (bytes - lastShown >= 128 * MB) { lastShown = bytes; log(`  ${fmt(bytes / MB, 0)} MB`); }
        },
      });
      generationSeconds = (performance.now() - started) / 1000;
      if (keep) {
        keptPath = genPath;
        await writeFile(`${genPath}.meta.json`, JSON.stringify(stats, null, 2) + '\n');
        file = join(inputDir, 'progetti_esteso.csv');
        try { await link(genPath, file); } catch { await copyFile(genPath, file); }
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
      ok: read.bytes === bytes, seconds: read.seconds, mbPerSec: read.bytes / MB / read.seconds,
      rows: null, rowsPerSec: null, peakRssMB: null,
    };
    if (!readStep.ok) failures.push(`raw read counted ${read.bytes} bytes, the file has ${bytes}`);

    // ---- node startup baseline (same preload): what every child pays before its work
    const base = await runMeasured(['-e', ''], tmp, 'baseline');
    const baselineStep: StepResult = {
      ok: base.code === 0, seconds: base.seconds, mbPerSec: null, rows: null, rowsPerSec: null, peakRssMB: base.peakRssMB,
    };

    // ---- (b) bare papaparse, in a child for its RSS
    log('bare papaparse ...');
    const pp = await runRepeated(runs, () => runMeasured([SELF, PAPAPARSE_CHILD_FLAG, file], tmp, 'papaparse'));
    let ppInfo: PapaparseInfo | null = null;
    try { ppInfo = JSON.parse(pp.stdout.trim().split('\n').pop() ?? '') as PapaparseInfo; } catch { ppInfo = null; }
    const ppStep: StepResult = {
      ok: pp.code === 0 && ppInfo !== null,
      seconds: pp.seconds, mbPerSec: sizeMiB / pp.seconds,
      rows: ppInfo?.rows ?? null, rowsPerSec: ppInfo ? ppInfo.rows / pp.seconds : null, peakRssMB: pp.peakRssMB,
      ...(runs > 1 ? { runs: pp.allSeconds } : {}),
    };
    if (!ppStep.ok) {
      ppStep.note = `exit ${pp.code ?? pp.signal}`;
      failures.push(`bare papaparse child exited ${pp.code ?? pp.signal}: ${pp.stderr.trim().split('\n').slice(0, 5).join(' | ')}`);
    }
    if (ppInfo && ppInfo.columns !== OC_ESTESO_HEADER.length && stats) {
      failures.push(`papaparse read ${ppInfo.columns} columns in the header, expected ${OC_ESTESO_HEADER.length}`);
    }

    // ---- (c) the importer
    let importerStep: StepResult;
    let importer: BenchReport['importer'] = null;
    if (!existsSync(IMPORTER)) {
      importerStep = emptyStep('scripts/data.ts not found');
      failures.push('the importer scripts/data.ts does not exist yet');
    } else {
      log('importer ...');
      const reportPath = join(tmp, 'report.json');
      const run = await runRepeated(runs, async (i) => {
        const outDir = join(tmp, `output-${i}`);
        const r = await runMeasured([...IMPORTER_NODE_FLAGS, IMPORTER, '--input', inputDir, '--output', outDir, '--report', reportPath], tmp, 'importer');
        await rm(outDir, { recursive: true, force: true });
        return r;
      });
      let counts: ImporterCounts | null = null;
      try {
        const rep = JSON.parse(await readFile(reportPath, 'utf8')) as {
          files?: { kind?: string | null; rows: number; imported: number; skipped: number; rejected: number }[];
          errors?: unknown[]; warnings?: unknown[]; omitted?: { errors?: number; warnings?: number };
        };
        const f = rep.files?.[0];
        if (f) {
          counts = {
            rows: f.rows, imported: f.imported, skipped: f.skipped, rejected: f.rejected, kind: f.kind ?? null,
            errors: (rep.errors?.length ?? 0) + (rep.omitted?.errors ?? 0),
            warnings: (rep.warnings?.length ?? 0) + (rep.omitted?.warnings ?? 0),
          };
        }
      } catch {
        counts = null;
      }
      const rows = counts?.rows ?? stats?.rows ?? null;
      importerStep = {
        ok: run.code === 0,
        seconds: run.seconds, mbPerSec: sizeMiB / run.seconds,
        rows, rowsPerSec: rows === null ? null : rows / run.seconds, peakRssMB: run.peakRssMB,
        ...(runs > 1 ? { runs: run.allSeconds } : {}),
      };
      if (!importerStep.ok) {
        importerStep.note = `exit ${run.code ?? run.signal}`;
        failures.push(`the importer exited ${run.code ?? run.signal}`);
      }
      const matches = counts && stats
        ? counts.rows === stats.rows && counts.imported === stats.priority4Rows &&
          counts.skipped === stats.priority5Rows + stats.otherRows && counts.rejected === 0
        : null;
      importer = {
        exitCode: run.code, counts, countsMatchGenerator: matches, stderrLines: run.stderrLines,
        stderrHead: run.stderr.split('\n').filter((l) => l !== '').slice(0, 10).map((l) => (l.length > 300 ? l.slice(0, 300) + '...' : l)),
      };
    }

    // ---- (d) targets
    const ratio = importerStep.ok && ppStep.ok && importerStep.mbPerSec !== null && ppStep.mbPerSec !== null
      ? importerStep.mbPerSec / ppStep.mbPerSec : null;
    const targets: Target[] = [
      { name: 'ratio importer / papaparse MB/s', target: `>= ${TARGET_RATIO}`, value: ratio, met: ratio !== null && ratio >= TARGET_RATIO },
      { name: 'importer peak RSS MB', target: `< ${TARGET_RSS_MB}`, value: importerStep.peakRssMB,
        met: importerStep.ok && importerStep.peakRssMB !== null && importerStep.peakRssMB < TARGET_RSS_MB },
    ];

    const cpus = os.cpus();
    const report: BenchReport = {
      ok: failures.length === 0,
      date: new Date().toISOString(),
      machine: {
        cpu: cpus[0]?.model.trim() ?? 'unknown', cpus: cpus.length, memoryGB: os.totalmem() / 1024 ** 3,
        os: `${os.type()} ${os.release()}`, arch: os.arch(),
      },
      node: process.version,
      file: {
        path: keptPath, kept: keptPath !== null, bytes, sizeMB: sizeMiB, rows: stats?.rows ?? ppInfo?.rows ?? null,
        seed: stats?.seed ?? null, generated: values.file === undefined, generationSeconds,
        expected: stats ? { priority4: stats.priority4Rows, priority5: stats.priority5Rows, other: stats.otherRows } : null,
      },
      units: 'MB = 2^20 bytes; seconds are wall clock; child steps (papaparse, importer) include Node startup, see nodeBaseline',
      runs,
      steps: { read: readStep, papaparse: ppStep, importer: importerStep, nodeBaseline: baselineStep },
      papaparse: ppInfo ? { columns: ppInfo.columns, wrongWidthRows: ppInfo.wrongWidth, parseSeconds: ppInfo.seconds } : null,
      importer,
      ratio,
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
} else {
  process.exitCode = await main();
}
