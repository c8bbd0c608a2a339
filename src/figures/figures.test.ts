import { beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { siteData } from '../data.ts';
import { t } from '../lib/i18n/index.ts';

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

describe('figureChart', () => {
  it('draws a chart once, with the demonstration mark while the data is demonstration data', async () => {
    const f = figures.homeFigures('it').byAction;
    const mark = siteData().meta.demonstration ? t('it').demo.mark : null;
    const got = await figures.figureChart(f);
    expect(got).toEqual(figures.drawChart(f, mark));
    expect(got.svg).toContain(`viewBox="0 0 420 ${got.height}"`);
    expect(await figures.figureChart(f)).toEqual(got);
  });
});

describe('projects\' charts drawn in a worker thread', () => {
  it('gives the pages the very charts the page renderer would draw, in both languages', async () => {
    const projects = siteData().projects;
    // Nothing is asked for before the worker has finished: it draws every project's chart.
    const drawn = await figures.drawProjectChartsAhead(projects, resolve(import.meta.dirname, 'chart-worker.ts'));
    expect(drawn).toBe(2 * projects.length);
    for (const lang of ['it', 'en'] as const) {
      for (const p of projects) {
        const f = figures.projectFigure(p, lang);
        const got = await figures.figureChart(f);
        const mark = siteData().meta.demonstration ? t(lang).demo.mark : null;
        expect(got).toEqual(figures.drawChart(f, mark));
        expect(got.svg).toContain(mark ?? '<svg');
      }
    }
    expect(figures.drawProjectChartsAhead(projects, resolve(import.meta.dirname, 'chart-worker.ts'))).toBeNull();
  });
});
