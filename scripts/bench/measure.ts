// Runs a Node child with the rss.ts preload and measures its wall time and peak RSS: shared by
// the import benchmark and the build benchmark so both measure the same way. The child's own
// peak comes from the kernel (rss.ts); on Linux the peak of the child with all its descendants
// (pagefind runs as a process of its own) is sampled from /proc every 250 ms as well.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  /** CPU time (user + system, every thread) the child itself used; null when it died before its exit hook. */
  cpuSeconds: number | null;
  /** Peak of the summed RSS of the child and its descendants, sampled (Linux); null elsewhere. */
  peakTreeRssMB: number | null;
  stdout: string;
  stderr: string;
  stderrLines: number;
  /** Wall time of every run (with --runs N). */
  allSeconds: number[];
};

const KEEP_OUTPUT = 64 * 1024;

/** RSS in KB of a process and all its descendants, from /proc; null where there is no /proc. */
export function treeRssKB(root: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const d of pids) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(d));
    } catch {
      // the process ended while we looked
    }
  }
  // Only the tree's own processes are read further: the sampler runs beside the build it measures.
  let total = 0;
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    try {
      total += Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // ended since
    }
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Run `node --import rss.ts ...args` and measure its wall time and peak RSS. */
export async function runMeasured(
  args: string[],
  tmp: string,
  name: string,
  env: Record<string, string> = {},
): Promise<ChildRun> {
  const rssFile = join(tmp, `${name}.rss.json`);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', RSS_PRELOAD, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let peakTreeKB: number | null = null;
  const sampler = setInterval(() => {
    const kb = child.pid === undefined ? null : treeRssKB(child.pid);
    if (kb !== null) peakTreeKB = Math.max(peakTreeKB ?? 0, kb);
  }, 250);
  let stdout = '';
  let stderr = '';
  let stderrLines = 0;
  child.stdout.setEncoding('utf8').on('data', (s: string) => {
    if (stdout.length < KEEP_OUTPUT) stdout += s;
  });
  child.stderr.setEncoding('utf8').on('data', (s: string) => {
    if (stderr.length < KEEP_OUTPUT) stderr += s;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) stderrLines++;
  });
  const [code, signal] = await new Promise<[number | null, string | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (c, s) => done([c, s]));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  let peakRssMB: number | null = null;
  let cpuSeconds: number | null = null;
  try {
    const rss = JSON.parse(await readFile(rssFile, 'utf8')) as { maxRssKB: number; cpuMs?: number };
    peakRssMB = rss.maxRssKB / 1024;
    cpuSeconds = rss.cpuMs === undefined ? null : rss.cpuMs / 1000;
  } catch {
    // the child died before its exit hook: no figure
  }
  // A child that never lived through a sample (or a system without /proc) has only its own figure.
  const peakTreeRssMB = peakTreeKB === null ? null : Math.max(peakTreeKB / 1024, peakRssMB ?? 0);
  return {
    code,
    signal,
    seconds,
    peakRssMB,
    cpuSeconds,
    peakTreeRssMB,
    stdout,
    stderr,
    stderrLines,
    allSeconds: [seconds],
  };
}
