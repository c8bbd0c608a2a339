// The download files of every chart, in each language: its CSV and its metadata.json, at
// chartCsvPath and chartMetadataPath (/dati/grafici/<id>.csv, /en/data/charts/<id>.metadata.json),
// its standalone SVG and its PNG beside them (a project's own chart aside: FigureDef.images), and
// each page's share image (/condivisione/<id>.png: ./page-share.ts says which page has which).
// Written straight into the built site after `astro build`, by scripts/charts.ts: as Astro routes,
// each file went through a request and a response, and Astro kept every route's props for the
// whole build, four files per project (README, "Measured": astro build's peak memory).
// Runs in plain Node: nothing here may use import.meta.env.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SiteData } from '../data.ts';
import type { Timeline } from '../lib/model/timeline.ts';
import { chartHeight } from '../lib/charts/render.ts';
import { csvCell, csvQuote } from '../lib/downloads/csv.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import { LANGS } from '../lib/i18n/locales.ts';
import { formatDate, t, type Lang } from '../lib/i18n/index.ts';
import { svgToPng } from '../lib/raster/png.ts';
import { chartMark, everyFigure } from './catalogue.ts';
import { drawChart } from './chart-pool.ts';
import { shareCardSvg, standaloneSvg } from './images.ts';
import { hasImages, mainFigures, pageHeading, shareImagePath, SITE_IMAGE } from './page-share.ts';
import {
  absoluteUrl,
  chartCsvPath,
  chartMetadataPath,
  chartPngPath,
  chartSvgPath,
  figureMetadataJson,
  figurePagePath,
} from './share.ts';
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
  const lines = [
    head.map(esc).join(','),
    ...f.table.rows.map((r) => [...r.map((c) => esc(c.raw)), ...demo.map(() => 'true')].join(',')),
  ];
  return lines.join('\r\n') + '\r\n';
}

/**
 * A figure's chart height alone, as drawn with the demonstration mark or without (`demonstration`), without drawing it:
 * it sizes the embed snippet of its metadata.json.
 */
export function figureChartHeight(f: FigureDef, demonstration: boolean): number {
  return chartHeight(f.spec(), { demonstration: chartMark(f.lang, demonstration) });
}

/**
 * The lines under a downloaded chart: its source and date, the demonstration notice while the data is one, the
 * publisher, licence and the chart's page.
 */
export function chartNotes(f: FigureDef, pub: Publication): string[] {
  const s = t(f.lang);
  const { meta } = pub;
  return [
    s.figures.source(meta.referenceDate ? formatDate(meta.referenceDate, f.lang) : null),
    ...(meta.demonstration ? [`${s.demo.title}: ${s.embed.demo}`] : []),
    `${pub.publisher} · ${s.common.licence}: ${pub.licence.title} · ${absoluteUrl(pub.siteUrl, figurePagePath(f))}`,
  ];
}

/** The footer of a share image: the site's address and the data's date. */
function cardFooter(lang: Lang, pub: Publication): [string, string] {
  const s = t(lang);
  const date = pub.meta.referenceDate ? `${s.common.referenceDate} ${formatDate(pub.meta.referenceDate, lang)}` : '';
  return [pub.siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''), date];
}

/**
 * A chart's PNG is drawn at its size (420-440 pixels wide; the SVG beside it is the file to
 * enlarge): drawn at twice its size, a chart's PNG took 2.5 times the CPU (33 ms instead of
 * 13.6 ms, README "Measured"), which the build's budget has no room for.
 */
export const PNG_ZOOM = 1;

/**
 * PNGs being drawn at once, as many as libuv's thread pool draws: the loop waits for the oldest beyond that. Handed
 * all at once, every drawn picture waited for this thread to encode it (1.05 GB peak instead of 0.52 GB).
 */
const IN_FLIGHT = 4;

export type ChartFiles = { files: number; pngs: number; pngBytes: number; pngSeconds: number };

/**
 * Writes every chart's files of `d` under `site` (CSV, metadata.json, SVG, PNG) and every page's
 * share image. The PNGs are handed to resvg as their SVG is made, IN_FLIGHT at a time: resvg draws them
 * on libuv's thread pool while this thread goes on drawing the next charts and writing the
 * projects' CSV files.
 */
export async function writeChartFiles(site: string, d: SiteData, pub: Publication, tl: Timeline): Promise<ChartFiles> {
  const { demonstration } = pub.meta;
  const out: ChartFiles = { files: 0, pngs: 0, pngBytes: 0, pngSeconds: 0 };
  const write = (path: string, data: string | Uint8Array) => {
    writeFileSync(join(site, path), data);
    out.files++;
  };
  const jobs: Promise<void>[] = [];
  const started = performance.now();
  const png = async (path: string, svg: string, zoom: number) => {
    if (jobs.length >= IN_FLIGHT) await jobs[jobs.length - IN_FLIGHT];
    jobs.push(
      svgToPng(svg, zoom).then((bytes) => {
        write(path, bytes);
        out.pngs++;
        out.pngBytes += bytes.length;
      }),
    );
  };
  for (const lang of LANGS) {
    const s = t(lang);
    const mark = chartMark(lang, demonstration);
    const kicker = `${s.site.name} · ${s.site.programmeShort}`;
    for (const dir of [chartCsvPath(lang, 'x'), shareImagePath(lang, 'x')])
      mkdirSync(join(site, dirname(dir)), { recursive: true });
    const mains = new Set([...mainFigures(d, lang).values()].map((f) => f.id));
    for (const f of everyFigure(d, lang, tl)) {
      write(chartCsvPath(lang, f.id), figureCsv(f, demonstration));
      write(chartMetadataPath(lang, f.id), figureMetadataJson(f, pub, figureChartHeight(f, demonstration)));
      if (!hasImages(f)) continue;
      const chart = drawChart(f, mark);
      const svg = standaloneSvg(chart.svg, { title: f.title, notes: chartNotes(f, pub) });
      write(chartSvgPath(lang, f.id), svg);
      await png(chartPngPath(lang, f.id), svg, PNG_ZOOM);
      if (mains.has(f.id)) {
        await png(
          shareImagePath(lang, f.id),
          shareCardSvg({
            title: pageHeading(d, f.page, lang) ?? f.title,
            kicker,
            chart: chart.svg,
            mark,
            footer: cardFooter(lang, pub),
          }),
          1,
        );
      }
    }
    await png(
      shareImagePath(lang, SITE_IMAGE),
      shareCardSvg({
        title: s.site.priority,
        kicker,
        chart: null,
        text: s.site.tagline,
        mark,
        footer: cardFooter(lang, pub),
      }),
      1,
    );
  }
  await Promise.all(jobs);
  out.pngSeconds = (performance.now() - started) / 1000;
  return out;
}
