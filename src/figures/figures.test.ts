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
  it('gives every figure a unique id, a summary and a table matching its CSV', () => {
    for (const lang of ['it', 'en'] as const) {
      const all = figures.allFigures(lang);
      expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
      for (const f of all) {
        expect(f.summary.length).toBeGreaterThan(10);
        const csv = figures.figureCsv(f, false).trimEnd().split('\r\n');
        expect(csv.length).toBe(f.table.rows.length + 1);
        // While the data is demonstration data, a last column says so on every row.
        const demo = figures.figureCsv(f, true).trimEnd().split('\r\n');
        expect(demo[0]).toBe(`${csv[0]},${t(lang).demo.title}`);
        expect(demo.slice(1)).toEqual(csv.slice(1).map((row) => `${row},true`));
      }
    }
  });
  it('writes amounts in each language', () => {
    const it = figures.homeFigures('it').funnel.summary;
    const en = figures.homeFigures('en').funnel.summary;
    expect(it).toMatch(/M€/);
    expect(en).toMatch(/€[\d.,]+m/);
  });
  it('never lets a spreadsheet run a formula from a cell', () => {
    const f = { ...figures.homeFigures('it').funnel };
    f.table = { ...f.table, rows: [[{ text: '=cmd', raw: '=cmd' }, { text: '-5', raw: '-5' }, { text: 'a,"b"', raw: 'a,"b"' }]] };
    expect(figures.figureCsv(f, false).split('\r\n')[1]).toBe(`'=cmd,-5,"a,""b"""`);
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
        expect(figures.figureChartHeight(f)).toBe(got.height);
      }
    }
    expect(figures.drawProjectChartsAhead(projects, resolve(import.meta.dirname, 'chart-worker.ts'))).toBeNull();
  });
});
