import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSteps, nodeScriptArgs } from './npm-scripts.ts';

function project(scripts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'npm-scripts-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts }));
  return dir;
}

describe('nodeScriptArgs', () => {
  it('keeps the flags, makes the script absolute and keeps its arguments', () => {
    const root = project({ site: 'node --heap-growing-percent=50 node_modules/astro/bin/astro.mjs build' });
    expect(nodeScriptArgs('site', root)).toEqual([
      '--heap-growing-percent=50',
      join(root, 'node_modules/astro/bin/astro.mjs'),
      'build',
    ]);
  });
  it('refuses what is not one node command', () => {
    const root = project({ build: 'npm run data && npm run site', other: 'astro build', flags: 'node --x' });
    expect(() => nodeScriptArgs('build', root)).toThrow(/not one/);
    expect(() => nodeScriptArgs('other', root)).toThrow(/not one/);
    expect(() => nodeScriptArgs('flags', root)).toThrow(/names no script/);
    expect(() => nodeScriptArgs('missing', root)).toThrow(/not one/);
  });
  it("reads the project's own build steps", () => {
    expect(buildSteps()[0]).toBe('data');
    for (const step of buildSteps())
      expect(nodeScriptArgs(step).some((a) => a.endsWith('.ts') || a.endsWith('.mjs'))).toBe(true);
  });
});

describe('buildSteps', () => {
  it('lists the steps scripts/build.ts is given, in order, and refuses anything else', () => {
    expect(buildSteps(project({ build: 'node scripts/build.ts data site  site-index' }))).toEqual([
      'data',
      'site',
      'site-index',
    ]);
    expect(() => buildSteps(project({ build: 'npm run data && npm run site' }))).toThrow(/build\.ts STEP/);
    expect(() => buildSteps(project({ build: 'node scripts/build.ts' }))).toThrow(/build\.ts STEP/);
    expect(() => buildSteps(project({}))).toThrow(/build\.ts STEP/);
  });
});
