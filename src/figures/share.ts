// Sharing a figure, as Our World in Data shares a chart: where its CSV, metadata.json and embed
// page live, what its metadata.json says, how to cite it and the <iframe> that embeds it.
// Pure: the figure definition and the site's publication (src/downloads.ts) in, text out.
//
// No clock is read: builds are byte-identical and dated by the data's reference date, so a
// citation carries the reference date and leaves the access date as a placeholder the reader
// fills in ("consultato il: [data di accesso]").
import { demonstrationNotice, type Publication, type SourceInfo } from '../lib/downloads/metadata.ts';
import { formatDate, t, type Lang } from '../lib/i18n/index.ts';
import { routePath } from '../routes/table.ts';
import type { FigureDef } from './types.ts';

/** The parts of a figure that sharing needs (not its chart spec). */
export type SharedFigure = Pick<FigureDef, 'id' | 'lang' | 'page' | 'title' | 'summary' | 'note' | 'table'>;

/** Path of a chart's CSV download: /dati/grafici/<id>.csv, /en/data/charts/<id>.csv. */
export function chartCsvPath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'chartCsv', id });
}

/** Path of a chart's metadata, beside its CSV: /dati/grafici/<id>.metadata.json, /en/data/charts/<id>.metadata.json. */
export function chartMetadataPath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'chartMetadata', id });
}

/** Path of a chart's standalone SVG, beside its CSV: /dati/grafici/<id>.svg, /en/data/charts/<id>.svg. */
export function chartSvgPath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'chartSvg', id });
}

/** Path of a chart's PNG, beside its CSV: /dati/grafici/<id>.png, /en/data/charts/<id>.png. */
export function chartPngPath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'chartPng', id });
}

/** Path of a chart's standalone embed page: /embed/<id>/, /en/embed/<id>/. */
export function embedPath(lang: Lang, id: string): string {
  return routePath(lang, { name: 'embed', id });
}

/** Path of the page that shows the figure, pointing at the figure itself (its <figure id>). */
export function figurePagePath(fig: Pick<SharedFigure, 'id' | 'lang' | 'page'>): string {
  return `${routePath(fig.lang, fig.page)}#${fig.id}`;
}

/** A root-relative path as an absolute URL under the site's public address (which ends with '/'). */
export function absoluteUrl(siteUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), siteUrl).href;
}

/**
 * The citation in plain text, APA-like:
 * `Publisher (2026). Title. Dati dimostrativi. https://…/citta/napoli/#city-napoli-funnel (data di riferimento: 31 ottobre 2026; consultato il: [data di accesso]).`
 */
export function figureCitation(fig: Pick<SharedFigure, 'id' | 'lang' | 'page' | 'title'>, pub: Publication): string {
  const s = t(fig.lang);
  const ref = pub.meta.referenceDate;
  const year = ref ? ref.slice(0, 4) : s.figures.citeNoYear;
  const title = /[.!?]$/.test(fig.title) ? fig.title : `${fig.title}.`;
  const demo = pub.meta.demonstration ? ` ${s.demo.title}.` : '';
  return `${pub.publisher} (${year}). ${title}${demo} ${absoluteUrl(pub.siteUrl, figurePagePath(fig))} (${s.figures.citeDates(ref ? formatDate(ref, fig.lang) : null)}).${releaseCitation(pub, fig.lang, ' ')}`;
}

/**
 * The address of a kept release's frozen copy: its Data Package, which lists and describes every file of the folder.
 */
export function frozenCopyUrl(pub: Publication): string | null {
  return pub.release ? absoluteUrl(pub.siteUrl, `${pub.release.folder}datapackage.json`) : null;
}

/** The release a citation names and the address of its frozen copy ("Versione dei dati del 31 ottobre 2026, copia fissa: https://…/dati/rilasci/2026-10-31/datapackage.json."), after `sep`; '' when the data is not a kept release. */
export function releaseCitation(pub: Publication, lang: Lang, sep = ''): string {
  const url = frozenCopyUrl(pub);
  return pub.release && url ? `${sep}${t(lang).cite.release(formatDate(pub.release.date, lang), url)}.` : '';
}

/** The citation of the site's datasets, APA-like, naming the release and its frozen copy. */
export function datasetsCitation(pub: Publication, lang: Lang, title: string): string {
  const s = t(lang);
  const ref = pub.meta.referenceDate;
  const demo = pub.meta.demonstration ? ` ${s.demo.title}.` : '';
  return `${pub.publisher} (${ref ? ref.slice(0, 4) : s.figures.citeNoYear}). ${title}.${demo} ${absoluteUrl(pub.siteUrl, routePath(lang, { name: 'about' }))} (${s.figures.citeDates(ref ? formatDate(ref, lang) : null)}).${releaseCitation(pub, lang, ' ')}`;
}

/** Room the embed page needs around the chart (title, demonstration line, source line, link back), in CSS pixels. */
export const EMBED_CHROME = 230;
/**
 * At its narrowest (a 320 px column) the embed page draws the chart at 296/420 of its height and
 * wraps its title: the room around the chart and the title is then EMBED_CHROME_NARROW, and each
 * EMBED_TITLE_LINE characters of title take a line of EMBED_TITLE_LINE_HEIGHT pixels (measured on
 * the built embed pages; a chart of one or two rows, or a long title, needs more than EMBED_CHROME).
 */
const EMBED_CHROME_NARROW = 250;
const EMBED_NARROW_SCALE = 296 / 420;
const EMBED_TITLE_LINE = 26;
const EMBED_TITLE_LINE_HEIGHT = 22;

/**
 * Height of the embed <iframe> for a chart drawn `chartHeight` units high (the SVG is never drawn larger than that),
 * titled `title`.
 */
export function embedHeight(chartHeight: number, title = ''): number {
  const wide = chartHeight + EMBED_CHROME;
  const narrow =
    EMBED_CHROME_NARROW +
    chartHeight * EMBED_NARROW_SCALE +
    Math.max(1, Math.ceil(title.length / EMBED_TITLE_LINE)) * EMBED_TITLE_LINE_HEIGHT;
  return Math.ceil(Math.max(wide, narrow) / 10) * 10;
}

function escapeAttr(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The HTML a reader pastes into their page to embed the chart. */
export function embedSnippet(
  fig: Pick<SharedFigure, 'id' | 'lang' | 'title'>,
  siteUrl: string,
  height: number,
): string {
  const src = absoluteUrl(siteUrl, embedPath(fig.lang, fig.id));
  return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(fig.title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}

export type FigureColumn = {
  /** The column's header in the CSV, unit included: "Pagamenti (euro)". */
  name: string;
  title: string;
  description: string;
  type: 'string' | 'number' | 'boolean';
  unit: string | null;
};

export type FigureMetadata = {
  id: string;
  lang: Lang;
  title: string;
  /** The figure's text summary (and its note, if any). */
  description: string;
  /** The page that shows the chart, at the chart. */
  url: string;
  csv: string;
  metadata: string;
  embed: { url: string; html: string };
  rows: number;
  columns: FigureColumn[];
  publisher: string;
  licence: { id: string; title: string; url: string };
  sources: SourceInfo[];
  referenceDate: string | null;
  /** The kept release the chart's data is, and its frozen copy; null when it is not one. */
  release: { date: string; url: string } | null;
  demonstration: boolean;
  /** demonstrationNotice(meta) while the data is demonstration data, else null. */
  demonstrationNote: string | null;
  citation: string;
};

/**
 * What `<id>.metadata.json` says about a chart. `chartHeight` sizes the embed snippet (see chartHeight in
 * src/lib/charts/render.ts).
 */
export function figureMetadata(fig: SharedFigure, pub: Publication, chartHeight: number): FigureMetadata {
  const abs = (p: string) => absoluteUrl(pub.siteUrl, p);
  const s = t(fig.lang);
  const { head, units, numeric, descriptions, rows } = fig.table;
  return {
    id: fig.id,
    lang: fig.lang,
    title: fig.title,
    description: fig.note ? `${fig.summary} ${fig.note}` : fig.summary,
    url: abs(figurePagePath(fig)),
    csv: abs(chartCsvPath(fig.lang, fig.id)),
    metadata: abs(chartMetadataPath(fig.lang, fig.id)),
    embed: {
      url: abs(embedPath(fig.lang, fig.id)),
      html: embedSnippet(fig, pub.siteUrl, embedHeight(chartHeight, fig.title)),
    },
    rows: rows.length,
    columns: [
      ...head.map((h, i): FigureColumn => ({
        name: units[i] ? `${h} (${units[i]})` : h,
        title: h,
        description: descriptions[i] ?? '',
        type: numeric[i] ? 'number' : 'string',
        unit: units[i] ?? null,
      })),
      // the CSV's last column while the data is demonstration data (figureCsv in files.ts)
      ...(pub.meta.demonstration
        ? [
            {
              name: s.demo.title,
              title: s.demo.title,
              description: s.figureColumns.demo,
              type: 'boolean' as const,
              unit: null,
            },
          ]
        : []),
    ],
    publisher: pub.publisher,
    licence: { id: pub.licence.id, title: pub.licence.title, url: pub.licence.url },
    sources: pub.meta.sources.map((x) => ({ ...x })),
    referenceDate: pub.meta.referenceDate,
    release: pub.release ? { date: pub.release.date, url: frozenCopyUrl(pub)! } : null,
    demonstration: pub.meta.demonstration,
    demonstrationNote: pub.meta.demonstration ? demonstrationNotice(pub.meta) : null,
    citation: figureCitation(fig, pub),
  };
}

/** The file `<id>.metadata.json`: pretty-printed, with a final newline. */
export function figureMetadataJson(fig: SharedFigure, pub: Publication, chartHeight: number): string {
  return JSON.stringify(figureMetadata(fig, pub, chartHeight), null, 2) + '\n';
}
