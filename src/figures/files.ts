// The download files of every chart, in each language: its CSV and its metadata.json, at
// chartCsvPath and chartMetadataPath (/dati/grafici/<id>.csv, /en/data/charts/<id>.metadata.json).
// Written straight into the built site after `astro build`, by scripts/charts.ts: as Astro routes,
// each file went through a request and a response, and Astro kept every route's props for the
// whole build, four files per project (README, "Measured": astro build's peak memory).
// Runs in plain Node: nothing here may use import.meta.env.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteData } from '../data.ts';
import { chartHeight } from '../lib/charts/render.ts';
import { csvCell, csvQuote } from '../lib/downloads/csv.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import { t } from '../lib/i18n/index.ts';
import { LANGS } from '../lib/i18n/locales.ts';
import { chartMark, everyFigure } from './catalogue.ts';
import { chartCsvPath, chartMetadataPath, figureMetadataJson } from './share.ts';
import type { FigureDef } from './types.ts';

/**
 * A figure's table as CSV (RFC 4180, UTF-8, comma); a cell that a spreadsheet would run as a
 * formula is prefixed with '. While the data is demonstration data, a last column says so on
 * every row ("Dati dimostrativi": true), as the datasets' `demonstration` column does.
 */
export function figureCsv(f: FigureDef, demonstration: boolean): string {
  // Raw cells are text; those holding a number (possibly negative) stay as written, the rest are
  // neutralised like every download.
  const esc = (v: string) => (/^-?\d/.test(v) ? csvQuote(v) : csvCell(v));
  const demo = demonstration ? [t(f.lang).demo.title] : [];
  const head = [...f.table.head.map((h, i) => (f.table.units[i] ? `${h} (${f.table.units[i]})` : h)), ...demo];
  const lines = [head.map(esc).join(','), ...f.table.rows.map((r) => [...r.map((c) => esc(c.raw)), ...demo.map(() => 'true')].join(','))];
  return lines.join('\r\n') + '\r\n';
}

/** A figure's chart height alone, as drawn with the demonstration mark or without (`demonstration`), without drawing it: it sizes the embed snippet of its metadata.json. */
export function figureChartHeight(f: FigureDef, demonstration: boolean): number {
  return chartHeight(f.spec(), { demonstration: chartMark(f.lang, demonstration) });
}

/** Writes every chart's CSV and metadata.json of `d` under `site`; returns how many files. */
export function writeChartFiles(site: string, d: SiteData, pub: Publication): number {
  const { demonstration } = pub.meta;
  let files = 0;
  for (const lang of LANGS) {
    mkdirSync(join(site, dirname(chartCsvPath(lang, 'x'))), { recursive: true });
    for (const f of everyFigure(d, lang)) {
      writeFileSync(join(site, chartCsvPath(lang, f.id)), figureCsv(f, demonstration));
      writeFileSync(join(site, chartMetadataPath(lang, f.id)), figureMetadataJson(f, pub, figureChartHeight(f, demonstration)));
      files += 2;
    }
  }
  return files;
}
