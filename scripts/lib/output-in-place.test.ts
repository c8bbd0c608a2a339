import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { removeOldOutput } from './old-output.ts';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

type Hook = (arg?: unknown) => unknown;

function setup(withOld: boolean) {
  const root = mkdtempSync(join(tmpdir(), 'old-output-'));
  roots.push(root);
  const out = join(root, 'dist');
  if (withOld) {
    mkdirSync(join(out, 'a', 'b'), { recursive: true });
    writeFileSync(join(out, 'a', 'b', 'index.html'), 'old');
    writeFileSync(join(out, 'old.csv'), 'old');
  }
  const hooks = removeOldOutput().hooks as Record<string, Hook>;
  hooks['astro:config:done']!({ config: { outDir: pathToFileURL(out + '/') } });
  return { root, out, hooks };
}

describe('removeOldOutput', () => {
  it('moves the previous build aside at the start and has removed it when the build is done', async () => {
    const { root, out, hooks } = setup(true);
    await hooks['astro:build:start']!();
    expect(existsSync(out)).toBe(false);
    // The new build writes its own files meanwhile.
    mkdirSync(out);
    writeFileSync(join(out, 'new.html'), 'new');
    await hooks['astro:build:done']!();
    expect(readdirSync(root)).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['new.html']);
  });

  it('does nothing without a previous build', async () => {
    const { root, hooks } = setup(false);
    await hooks['astro:build:start']!();
    await hooks['astro:build:done']!();
    expect(readdirSync(root)).toEqual([]);
  });
});
