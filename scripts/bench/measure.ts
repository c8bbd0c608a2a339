// Runs a Node child with the rss.ts preload and measures its wall time and peak RSS: shared by
// the import benchmark and the build benchmark so both measure the same way.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RSS_PRELOAD = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'rss.ts')).href;

export type ChildRun = {
  code: number | null;
  signal: string | null;
  seconds: number;
  peakRssMB: number | null;
  stdout: string;
  stderr: string;
  stderrLines: number;
  /** Wall time of every run (with --runs N). */
  allSeconds: number[];
};

const KEEP_OUTPUT = 64 * 1024;

/** Run `node --import rss.ts ...args` and measure its wall time and peak RSS. */
export async function runMeasured(args: string[], tmp: string, name: string, env: Record<string, string> = {}): Promise<ChildRun> {
  const rssFile = join(tmp, `${name}.rss.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let stderrLines = 0;
  child.stdout.setEncoding('utf8').on('data', (s: string) => { if (stdout.length < KEEP_OUTPUT) stdout += s; });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    if (stderr.length < KEEP_OUTPUT) stderr += s;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) stderrLines++;
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c, s) => done([c, s]));
  });
  const seconds = (performance.now() - started) / 1000;
  let peakRssMB: number | null = null;
  try {
    const rss = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssKB: number };
    peakRssMB = rss.maxRssKB / 1024;
  } catch {
    // the child died before its exit hook: no figure
  }
  return { code, signal, seconds, peakRssMB, stdout, stderr, stderrLines, allSeconds: [seconds] };
}

