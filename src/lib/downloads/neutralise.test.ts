import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isFormulaLike, neutralise } from './neutralise.ts';

describe('formula neutralisation', () => {
  it('prefixes text that a spreadsheet would run as a formula, and nothing else', () => {
    for (const t of [
      '=HYPERLINK("http://x","y")',
      '+1',
      '-2+3',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '＝1+1',
      '＋1',
      '－1',
      '＠SUM(A1)',
    ]) {
      expect(isFormulaLike(t), JSON.stringify(t)).toBe(true);
      expect(neutralise(t)).toBe(`'${t}`);
    }
    for (const t of ['', 'Comune di Bari', ' =1', "'=1", '1-2', 'a=b', '4.4.8.1', '072006'])
      expect(neutralise(t)).toBe(t);
  });
});

describe('browser-safe writers', () => {
  // The selection download runs these in the browser: no Node-only API anywhere in their imports.
  const here = import.meta.dirname;
  function sources(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)) {
      if (m[1] || !m[2]!.startsWith('.')) continue;
      sources(resolve(dirname(file), m[2]!), seen);
    }
    return seen;
  }
  it.each(['csv.ts', 'json.ts', 'neutralise.ts', 'metadata.ts', 'datasets.ts', 'hash.ts'])(
    '%s imports no Node-only API',
    (f) => {
      for (const file of sources(join(here, f))) {
        const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
        expect(code, file).not.toMatch(/from\s+'node:|require\(|\bBuffer\b|\bprocess\.|from\s+'(fs|path|crypto)'/);
        for (const m of code.matchAll(/^import\s+(?!type\s)[^'"]*from\s+'([^']+)'/gm)) {
          expect(m[1]!.startsWith('.') || m[1] === 'astro/zod', `${file} imports ${m[1]}`).toBe(true);
        }
      }
    },
  );
});
