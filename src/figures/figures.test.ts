import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';

let figures: typeof import('./index.ts');
beforeAll(async () => {
  process.env.DATA_DIR = resolve(import.meta.dirname, '../../tests/fixtures/site-small');
  figures = await import('./index.ts');
});

describe('figures', () => {
  it('gives every figure a unique id, a summary and a table with a cell for every column', () => {
    for (const lang of ['it', 'en'] as const) {
      const all = figures.allFigures(lang);
      expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
      for (const f of all) {
        expect(f.summary.length, f.id).toBeGreaterThan(10);
        for (const row of f.table.rows) expect(row.length, f.id).toBe(f.table.head.length);
      }
    }
  });
  it('writes amounts in each language', () => {
    const it = figures.homeFigures('it').funnel.summary;
    const en = figures.homeFigures('en').funnel.summary;
    expect(it).toMatch(/M€/);
    expect(en).toMatch(/€[\d.,]+m/);
  });
});
