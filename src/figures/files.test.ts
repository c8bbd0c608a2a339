import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { spendingTimeline } from '../lib/model/timeline.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../data.ts';
import { t } from '../lib/i18n/index.ts';
import { allFigures, chartMark, everyFigure, homeFigures, projectFigure, projectFigureId } from './catalogue.ts';
import { drawChart } from './chart-pool.ts';
import { chartNotes, figureChartHeight, figureCsv, PNG_ZOOM, writeChartFiles } from './files.ts';
import { svgSize } from './images.ts';
import { mainFigures, SITE_IMAGE } from './page-share.ts';
import { escapeXml } from '../lib/charts/render.ts';
import { closeRasteriser, pngSize } from '../lib/raster/png.ts';
import { xmlError } from '../../tests/lib/xml.ts';
import { embedHeight } from './share.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));
// The fixture's data as the one release of a timeline, so the spending-over-time figures are listed too.
const tl = spendingTimeline(
  [{ date: d.meta.referenceDate ?? '2026-01-01', projects: d.projects }],
  d.cities.map((c) => c.istat),
  d.actions.map((a) => a.code),
);

describe('figureCsv', () => {
  it("holds a figure's table, and says on every row while the data is demonstration data", () => {
    for (const lang of ['it', 'en'] as const) {
      for (const f of everyFigure(d, lang, tl)) {
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
    f.table = {
      ...f.table,
      rows: [
        [
          { text: '=cmd', raw: '=cmd' },
          { text: '-5', raw: '-5' },
          { text: 'a,"b"', raw: 'a,"b"' },
        ],
      ],
    };
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
  it("writes every chart's CSV and metadata.json in each language, projects' included, every other chart's SVG and PNG, and each page's share image", async () => {
    const site = mkdtempSync(join(tmpdir(), 'charts-'));
    const pub = {
      meta: d.meta,
      publisher: 'P',
      licence: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      siteUrl: 'https://example.test/sub/',
    };
    const n = await writeChartFiles(site, d, pub, tl);
    closeRasteriser();
    for (const [lang, dir, share] of [
      ['it', 'dati/grafici', 'condivisione'],
      ['en', 'en/data/charts', 'en/share'],
    ] as const) {
      const figures = allFigures(d, lang, tl);
      const imaged = figures.filter((f) => f.images !== false);
      const ids = [...figures.map((f) => f.id), ...d.projects.map((p) => projectFigureId(p))];
      expect(readdirSync(join(site, dir)).sort()).toEqual(
        [
          ...ids.flatMap((id) => [`${id}.csv`, `${id}.metadata.json`]),
          ...imaged.flatMap((f) => [`${f.id}.svg`, `${f.id}.png`]),
        ].sort(),
      );
      const f = projectFigure(d.projects.at(-1)!, lang);
      const csv = readFileSync(join(site, dir, `${f.id}.csv`), 'utf8');
      expect(csv).toBe(figureCsv(f, true));
      // the fixture is demonstration data: the CSV says so in its last column
      expect(csv.split('\r\n')[1]).toMatch(/,true$/);
      const meta = JSON.parse(readFileSync(join(site, dir, `${f.id}.metadata.json`), 'utf8')) as {
        csv: string;
        title: string;
        embed: { html: string };
      };
      expect(meta.csv).toBe(`https://example.test/sub/${dir}/${f.id}.csv`);
      expect(meta.title).toBe(f.title);
      expect(meta.embed.html).toContain(`height="${embedHeight(figureChartHeight(f, true), f.title)}"`);
      // the SVG: standalone, well-formed, with the mark, the notes and the chart's page; the PNG its size
      for (const g of imaged) {
        const svg = readFileSync(join(site, dir, `${g.id}.svg`), 'utf8');
        expect(xmlError(svg), g.id).toBeNull();
        expect(svg).toContain(t(lang).demo.mark);
        for (const note of chartNotes(g, pub)) expect(svg).toContain(escapeXml(note).slice(0, 20));
        expect(pngSize(readFileSync(join(site, dir, `${g.id}.png`)))).toEqual({
          width: svgSize(svg).width * PNG_ZOOM,
          height: svgSize(svg).height * PNG_ZOOM,
        });
      }
      // one share image per page with a chart, and the site's
      const mains = [...mainFigures(d, lang).values()].map((g) => g.id);
      expect(readdirSync(join(site, share)).sort()).toEqual([...mains, SITE_IMAGE].map((id) => `${id}.png`).sort());
      for (const id of [...mains, SITE_IMAGE])
        expect(pngSize(readFileSync(join(site, share, `${id}.png`)))).toEqual({ width: 1200, height: 630 });
    }
    const all = allFigures(d, 'it', tl);
    const figures = all.length;
    const imaged = all.filter((f) => f.images !== false).length;
    expect(imaged).toBeLessThan(figures); // the beneficiaries' charts have no SVG or PNG
    expect(n.files).toBe(2 * (2 * (figures + d.projects.length) + 2 * imaged + mainFigures(d, 'it').size + 1));
    expect(n.pngs).toBe(2 * (imaged + mainFigures(d, 'it').size + 1));
  }, 60_000);
  it('notes under a chart its source, the demonstration while the data is one, its licence and its page', () => {
    const pub = {
      meta: { ...d.meta, demonstration: false },
      publisher: 'P',
      licence: { id: 'CC-BY-4.0', title: 'CC BY 4.0', url: 'https://x' },
      siteUrl: 'https://example.test/',
    };
    const f = homeFigures(d, 'it').funnel;
    expect(chartNotes(f, pub).join(' ')).not.toContain(t('it').demo.title);
    expect(chartNotes(f, { ...pub, meta: d.meta }).join(' ')).toContain(t('it').demo.title);
    expect(chartNotes(f, pub).at(-1)).toBe(`P · Licenza: CC BY 4.0 · https://example.test/#${f.id}`);
  });
});
