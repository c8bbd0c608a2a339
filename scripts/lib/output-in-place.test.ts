import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_STAMP, sweepStaleOutput, writeInPlace } from './output-in-place.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

type Hook = (arg?: unknown) => unknown;

function setup() {
  const root = mkdtempSync(join(tmpdir(), 'output-in-place-'));
  roots.push(root);
  const out = join(root, 'dist');
  const hooks = writeInPlace().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(out + '/') } });
  return { out, hooks };
}

/** Writes `path` under `out` with its modification time `seconds` ago (a file of an earlier build). */
function write(out: string, path: string, secondsAgo = 0) {
  const file = join(out, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, path);
  if (secondsAgo) {
    const t = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(file, t, t);
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe('writeInPlace and sweepStaleOutput', () => {
  it('keep what the build wrote, over the previous build or new, and remove the rest and the folders left empty', async () => {
    const { out, hooks } = setup();
    write(out, 'a/b/index.html', 60);
    write(out, 'gone/c/index.html', 60);
    write(out, 'old.csv', 60);
    await hooks['astro:build:start']!();
    expect(existsSync(join(out, BUILD_STAMP))).toBe(true);
    write(out, 'a/b/index.html'); // written over
    write(out, 'new/index.html');
    expect(sweepStaleOutput(out)).toBe(2);
    expect(files(out)).toEqual(['a/b/index.html', 'new/index.html']);
    expect(readdirSync(out).sort()).toEqual(['a', 'new']);
  });

  it('start an output folder that does not exist yet', async () => {
    const { out, hooks } = setup();
    await hooks['astro:build:start']!();
    write(out, 'index.html');
    expect(sweepStaleOutput(out)).toBe(0);
    expect(files(out)).toEqual(['index.html']);
  });

  it('remove nothing from a folder without a stamp (swept already, or not built by astro build)', () => {
    const { out } = setup();
    write(out, 'index.html', 60);
    expect(sweepStaleOutput(out)).toBe(0);
    expect(sweepStaleOutput(join(out, 'missing'))).toBe(0);
    expect(files(out)).toEqual(['index.html']);
  });
});
