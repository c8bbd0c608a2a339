import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ALONGSIDE_MAX_PROJECTS,
  alongside,
  chartsAlongside,
  importedProjects,
  withCharts,
} from './charts-alongside.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  delete process.env['DATA_DIR'];
});

type Hook = (arg?: unknown) => unknown;

describe('chartsAlongside', () => {
  it('fails the build when npm run charts fails, with what it printed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'charts-alongside-'));
    roots.push(root);
    // A small import's count, and no data: the charts' process starts, cannot read the site's data and fails.
    process.env['DATA_DIR'] = join(root, 'no-data');
    mkdirSync(join(root, 'no-data'));
    writeFileSync(join(root, 'no-data', 'meta.json'), JSON.stringify({ counts: { projects: 10 } }));
    const hooks = chartsAlongside().hooks as Record<string, Hook>;
    hooks['astro:config:done']!({ config: { outDir: pathToFileURL(join(root, 'dist') + '/') } });
    hooks['astro:build:start']!();
    await expect(hooks['astro:build:done']!()).rejects.toThrow(/npm run charts exited with 1:[\s\S]*no-data/);
  }, 60_000);

  it('reads how many projects the importer counted, and nothing from a folder without its meta.json', () => {
    const root = mkdtempSync(join(tmpdir(), 'charts-alongside-'));
    roots.push(root);
    expect(importedProjects(root)).toBeNull();
    mkdirSync(join(root, 'big'));
    writeFileSync(join(root, 'big', 'meta.json'), JSON.stringify({ counts: { projects: ALONGSIDE_MAX_PROJECTS + 1 } }));
    expect(importedProjects(join(root, 'big'))).toBe(ALONGSIDE_MAX_PROJECTS + 1);
    expect(alongside(join(root, 'big'))).toBe(false);
    mkdirSync(join(root, 'small'));
    writeFileSync(join(root, 'small', 'meta.json'), JSON.stringify({ counts: { projects: ALONGSIDE_MAX_PROJECTS } }));
    expect(alongside(join(root, 'small'))).toBe(true);
    expect(withCharts('site', join(root, 'big'))).toEqual(['site', 'charts']);
    expect(withCharts('site', join(root, 'small'))).toEqual(['site']);
    expect(withCharts('site-index', join(root, 'big'))).toEqual(['site-index']);
    writeFileSync(join(root, 'meta.json'), JSON.stringify({ counts: { allocations: 3 } }));
    expect(importedProjects(root)).toBeNull();
  });
});
