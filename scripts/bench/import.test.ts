import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticExport, type SyntheticStats } from './synthetic-oc.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LOCAL_NODE = join(ROOT, 'node_modules', '.bin', 'node');
// Node 24 runs the TypeScript scripts: the project's own, not necessarily the one running vitest.
const NODE = existsSync(LOCAL_NODE) ? LOCAL_NODE : process.execPath;
const BENCH = fileURLToPath(new URL('./import.ts', import.meta.url));
const RSS = fileURLToPath(new URL('./rss.ts', import.meta.url));

let dir = '';
let file = '';
let stats: SyntheticStats;

beforeAll(async () => {
  dir = await mkdtemp(join(os.tmpdir(), 'bench-import-test-'));
  file = join(dir, 'progetti_esteso.csv');
  stats = await writeSyntheticExport(file, { targetBytes: 1024 * 1024, seed: 3 });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('bench:import', () => {
  it('the rss preload writes the peak RSS at exit, also after process.exit()', () => {
    const out = join(dir, 'rss.json');
    const r = spawnSync(NODE, ['--import', RSS, '-e', 'Buffer.alloc(64 * 1024 * 1024, 1); process.exit(3)'], {
      env: { ...process.env, BENCH_RSS_FILE: out },
      encoding: 'utf8',
    });
    expect(r.status).toBe(3);
    const { maxRssKB } = JSON.parse(readFileSync(out, 'utf8')) as { maxRssKB: number };
    expect(maxRssKB).toBeGreaterThan(64 * 1024);
  });

  it('the bare papaparse child counts the data rows of the synthetic file', () => {
    const r = spawnSync(NODE, [BENCH, '--papaparse-child', file], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const info = JSON.parse(r.stdout) as { rows: number; columns: number; wrongWidth: number };
    expect(info).toMatchObject({ rows: stats.rows, columns: 199, wrongWidth: 0 });
  });

  it('the DuckDB child counts the rows with METRO PLUS of the synthetic file', () => {
    const r = spawnSync(NODE, [BENCH, '--duckdb-child', file, '2'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ count: stats.priority4Rows + stats.priority5Rows, threads: 2 });
  });

  it('prints its usage with --help and refuses unknown flags', () => {
    const help = spawnSync(NODE, [BENCH, '--help'], { encoding: 'utf8' });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--size-mb');
    const bad = spawnSync(NODE, [BENCH, '--bogus'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('usage:');
    const size = spawnSync(NODE, [BENCH, '--size-mb', 'abc'], { encoding: 'utf8' });
    expect(size.status).toBe(2);
  });
});
