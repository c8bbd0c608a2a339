import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../data.ts';
import { t } from '../lib/i18n/index.ts';
import { allFigures, chartMark, everyFigure, homeFigures, projectFigure, projectFigureId } from './catalogue.ts';
import { drawChart } from './chart-pool.ts';
import { figureChartHeight, figureCsv, writeChartFiles } from './files.ts';
import { embedHeight } from './share.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));

describe('figureCsv', () => {
  it("holds a figure's table, and says on every row while the data is demonstration data", () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of everyFigure(d, lang)) {
        const csv = figureCsv(f, false).trimEnd().split('\r\n');
        expect(csv.length).toBe(f.table.rows.length + 1);
        const demo = figureCsv(f, true).trimEnd().split('\r\n');
        expect(demo[0]).toBe(`${csv[0]},${t(lang).demo.title}`);
        expect(demo.slice(1)).toEqual(csv.slice(1).map((row) => `${row},true`));
      }
    }
  });
  it('never lets a spreadsheet run a formula from a cell', () => {
    const f = { ...homeFigures(d, 'it').funnel };
    f.table = { ...f.table, rows: [[{ text: '=cmd', raw: '=cmd' }, { text: '-5', raw: '-5' }, { text: 'a,"b"', raw: 'a,"b"' }]] };
    expect(figureCsv(f, false).split('\r\n')[1]).toBe(`'=cmd,-5,"a,""b"""`);
  });
});

describe('figureChartHeight', () => {
  it('knows the height of a chart as drawn, with the demonstration mark and without', () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of [homeFigures(d, lang).byAction, projectFigure(d.projects.at(-1)!, lang)]) {
        for (const demonstration of [true, false]) {
          expect(figureChartHeight(f, demonstration), f.id).toBe(drawChart(f, chartMark(lang, demonstration)).height);
        }
      }
    }
  });
});

describe('writeChartFiles', () => {
  it("writes every chart's CSV and metadata.json in each language, projects' included", () => {
    const site = mkdtempSync(join(tmpdir(), 'charts-'));
    const pub = { meta: d.meta, publisher: 'P', licence: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }, siteUrl: 'https://example.test/sub/' };
    const n = writeChartFiles(site, d, pub);
    for (const [lang, dir] of [['it', 'dati/grafici'], ['en', 'en/data/charts']] as const) {
      const ids = [...allFigures(d, lang).map((f) => f.id), ...d.projects.map((p) => projectFigureId(p))];
      expect(readdirSync(join(site, dir)).sort()).toEqual(ids.flatMap((id) => [`${id}.csv`, `${id}.metadata.json`]).sort());
      const f = projectFigure(d.projects.at(-1)!, lang);
      const csv = readFileSync(join(site, dir, `${f.id}.csv`), 'utf8');
      expect(csv).toBe(figureCsv(f, true));
      // the fixture is demonstration data: the CSV says so in its last column
      expect(csv.split('\r\n')[1]).toMatch(/,true$/);
      const meta = JSON.parse(readFileSync(join(site, dir, `${f.id}.metadata.json`), 'utf8')) as { csv: string; title: string; embed: { html: string } };
      expect(meta.csv).toBe(`https://example.test/sub/${dir}/${f.id}.csv`);
      expect(meta.title).toBe(f.title);
      expect(meta.embed.html).toContain(`height="${embedHeight(figureChartHeight(f, true))}"`);
    }
    expect(n).toBe(2 * 2 * (allFigures(d, 'it').length + d.projects.length));
  });
});
