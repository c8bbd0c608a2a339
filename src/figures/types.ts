import type { Lang } from '../lib/i18n/index.ts';
import type { Route } from '../routes/table.ts';
import type { ChartSpec } from '../lib/charts/render.ts';

/**
 * A table cell: what the page shows and what the CSV download holds; `href` (a root-relative path)
 * makes the shown text a link, the same link as the chart's mark for that row.
 */
export type Cell = { text: string; raw: string; href?: string };

export type FigureTable = {
  head: string[];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  rows: Cell[][];
  /** Unit of each column, written into the CSV header ("Pagamenti (euro)"). */
  units: (string | null)[];
  /** What each column holds, in words: the column dictionary of the figure's metadata.json. */
  descriptions: string[];
};

/** Everything a chart needs on a page: caption, text summary, table, CSV and the chart spec. */
export type FigureDef = {
  /** Language-neutral id: the CSV's file name, e.g. `city-napoli-by-action`. */
  id: string;
  lang: Lang;
  /** The page that shows the figure (its link back, citation and metadata point there). */
  page: Route;
  title: string;
  summary: string;
  /** Extra note under the summary (what is missing, how to read). */
  note?: string;
  table: FigureTable;
  /**
   * false: no SVG and PNG downloads, and never a page's share image (a project's own small chart:
   * one per project, thousands of PNGs no page needs). Every other figure has both.
   */
  images?: false;
  /** Built only when the page is rendered, not when CSVs are listed. */
  spec: () => ChartSpec;
};
