import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../lib/i18n/index.ts';
import { drawChart } from './chart-pool.ts';
import { embedHeight } from './share.ts';

let files: typeof import('./files.ts');
let figures: typeof import('./index.ts');
let data: typeof import('../data.ts');
beforeAll(async () => {
  process.env.DATA_DIR = resolve(import.meta.dirname, '../../tests/fixtures/site-small');
  [files, figures, data] = await Promise.all([import('./files.ts'), import('./index.ts'), import('../data.ts')]);
});

describe('figureCsv', () => {
  it("holds a figure's table, and says on every row while the data is demonstration data", () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of files.everyFigure(lang)) {
        const csv = files.figureCsv(f, false).trimEnd().split('\r\n');
        expect(csv.length).toBe(f.table.rows.length + 1);
        const demo = files.figureCsv(f, true).trimEnd().split('\r\n');
        expect(demo[0]).toBe(`${csv[0]},${t(lang).demo.title}`);
        expect(demo.slice(1)).toEqual(csv.slice(1).map((row) => `${row},true`));
      }
    }
  });
  it('never lets a spreadsheet run a formula from a cell', () => {
    const f = { ...figures.homeFigures('it').funnel };
    f.table = { ...f.table, rows: [[{ text: '=cmd', raw: '=cmd' }, { text: '-5', raw: '-5' }, { text: 'a,"b"', raw: 'a,"b"' }]] };
    expect(files.figureCsv(f, false).split('\r\n')[1]).toBe(`'=cmd,-5,"a,""b"""`);
  });
});

describe('figureChartHeight', () => {
  it('knows the height of a chart as drawn, with the demonstration mark and without', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of [figures.homeFigures(lang).byAction, figures.projectFigure(data.siteData().projects.at(-1)!, lang)]) {
        for (const demonstration of [true, false]) {
          expect(files.figureChartHeight(f, demonstration), f.id).toBe(drawChart(f, figures.chartMark(lang, demonstration)).height);
        }
      }
    }
  });
});

describe('writeChartFiles', () => {
  it("writes every chart's CSV and metadata.json in each language, projects' included", () => {
    const site = mkdtempSync(join(tmpdir(), 'charts-'));
    const pub = { meta: data.siteData().meta, publisher: 'P', licence: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, siteUrl: 'https://example.test/sub/' };
    const n = files.writeChartFiles(site, pub);
    const projects = data.siteData().projects;
    for (const [lang, dir] of [['it', 'dati/grafici'], ['en', 'en/data/charts']] as const) {
      const ids = [...figures.allFigures(lang).map((f) => f.id), ...projects.map((p) => figures.projectFigureId(p))];
      expect(readdirSync(join(site, dir)).sort()).toEqual(ids.flatMap((id) => [`${id}.csv`, `${id}.metadata.json`]).sort());
      const p = projects.at(-1)!;
      const f = figures.projectFigure(p, lang);
      const csv = readFileSync(join(site, dir, `${f.id}.csv`), 'utf8');
      expect(csv).toBe(files.figureCsv(f, true));
      // the fixture is demonstration data: the CSV says so in its last column
      expect(csv.split('\r\n')[1]).toMatch(/,true$/);
      const meta = JSON.parse(readFileSync(join(site, dir, `${f.id}.metadata.json`), 'utf8')) as { csv: string; title: string; embed: { html: string } };
      expect(meta.csv).toBe(`https://example.test/sub/${dir}/${f.id}.csv`);
      expect(meta.title).toBe(f.title);
      expect(meta.embed.html).toContain(`height="${embedHeight(files.figureChartHeight(f, true))}"`);
    }
    expect(n).toBe(2 * 2 * (figures.allFigures('it').length + projects.length));
  });
});
