import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadSiteData } from '../data.ts';
import { allFigures, everyFigure, homeFigures, projectFigure, projectFigureId } from './catalogue.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));

describe('the catalogue of figures', () => {
  it('gives every figure a unique id, a summary and a table with a cell for every column', () => {
    for (const lang of ['it', 'en'] as const) {
      const all = [...everyFigure(d, lang)];
      expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
      for (const f of all) {
        expect(f.summary.length, f.id).toBeGreaterThan(10);
        for (const row of f.table.rows) expect(row.length, f.id).toBe(f.table.head.length);
      }
    }
  });
  it("lists the site's figures, then every project's", () => {
    const ids = [...everyFigure(d, 'it')].map((f) => f.id);
    expect(ids).toEqual([...allFigures(d, 'it').map((f) => f.id), ...d.projects.map((p) => projectFigureId(p))]);
    expect(projectFigure(d.projects[0]!, 'en').id).toBe(projectFigureId(d.projects[0]!));
  });
  it('writes amounts in each language', () => {
    const it = homeFigures(d, 'it').funnel.summary;
    const en = homeFigures(d, 'en').funnel.summary;
    expect(it).toMatch(/M€/);
    expect(en).toMatch(/€[\d.,]+m/);
  });
});
