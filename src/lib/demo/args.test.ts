import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultOutput, parseDemoArgs } from './args.ts';
import { generateDemo } from './generate.ts';

describe('parseDemoArgs', () => {
  it('has fixed defaults', () => {
    expect(parseDemoArgs([])).toEqual({
      kind: 'run',
      options: { seed: 20211027, projects: 1000, referenceDate: '2026-10-31', release: 'current' },
      output: null,
    });
  });

  it('reads every flag', () => {
    const args = parseDemoArgs([
      '--seed',
      '7',
      '--projects',
      '50',
      '--reference-date',
      '2025-12-31',
      '--release',
      'previous',
      '--output',
      'x',
    ]);
    expect(args).toEqual({
      kind: 'run',
      options: { seed: 7, projects: 50, referenceDate: '2025-12-31', release: 'previous' },
      output: 'x',
    });
    expect(parseDemoArgs(['--seed=-3']).kind).toBe('run');
    expect(parseDemoArgs(['--help'])).toEqual({ kind: 'help' });
  });

  it.each([
    [['--colour', 'red']],
    [['positional']],
    [['--seed', '1.5']],
    [['--seed', 'abc']],
    [['--projects', '0']],
    [['--projects', '1e3']],
    [['--reference-date', '2026-02-30']],
    [['--reference-date', '31/10/2026']],
    [['--reference-date', '2019-01-01']],
    [['--release', 'next']],
    [['--release', '0']],
    [['--release', '-4']],
    [['--output', '']],
  ])('refuses %j', (argv) => {
    expect(parseDemoArgs(argv).kind).toBe('error');
  });

  it('takes a release as a number of months before the reference date', () => {
    expect(parseDemoArgs(['--release', '12'])).toMatchObject({
      kind: 'run',
      options: { release: { monthsBefore: 12 } },
    });
    expect(
      generateDemo({ seed: 5, projects: 80, referenceDate: '2026-10-31', release: { monthsBefore: 4 } }).files,
    ).toEqual(generateDemo({ seed: 5, projects: 80, referenceDate: '2026-10-31', release: 'previous' }).files);
    expect(
      generateDemo({ seed: 5, projects: 80, referenceDate: '2026-10-31', release: { monthsBefore: 12 } }).releaseDate,
    ).toBe('2025-10-31');
  });

  it('puts the previous release under data/releases/<its date>/input', () => {
    expect(defaultOutput('current', '2026-10-31')).toBe('data/input');
    expect(defaultOutput('previous', '2026-06-30')).toBe('data/releases/2026-06-30/input');
  });
});

describe('scripts/demo-data.ts', () => {
  const script = fileURLToPath(new URL('../../../scripts/demo-data.ts', import.meta.url));
  const run = (args: string[]) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

  it('exits 2 with a usage line on an unknown flag, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
    try {
      const result = run(['--output', dir, '--bogus']);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/^usage: npm run demo-data/m);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes exactly the files the library generates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-data-'));
    try {
      const result = run(['--output', dir, '--projects', '80', '--seed', '5']);
      expect(result.status, result.stderr).toBe(0);
      const expected = generateDemo({ seed: 5, projects: 80, referenceDate: '2026-10-31', release: 'current' }).files;
      expect(readdirSync(dir).sort()).toEqual(Object.keys(expected).sort());
      for (const [name, content] of Object.entries(expected))
        expect(readFileSync(join(dir, name), 'utf8')).toBe(content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
