// "Download this selection": the filtered rows as the projects dataset's columns (a subset, same
// names, codes and order as projects.csv), written with the downloads library's browser-safe CSV
// writers (formula neutralisation included) and as JSON with the library's metadata block.
import { writeCsv, writeExcelCsv } from '../downloads/csv.ts';
import type { Row as CellRow } from '../downloads/dictionary.ts';
import { centsToEuro } from '../model/money.ts';
import type { Row } from './compact.ts';

export const SELECTION_FORMATS = ['csv', 'excel-csv', 'json', 'xlsx'] as const;
export type SelectionFormat = (typeof SELECTION_FORMATS)[number];

/** Columns of a selection download, in the order of the projects dataset. */
export const SELECTION_COLUMNS = [
  'id',
  'code',
  'title',
  'city',
  'objective',
  'action',
  'beneficiary',
  'target_groups',
  'cost',
  'commitments',
  'payments',
  'start_date',
  'status',
  'flags',
  'demonstration',
] as const;

const LIST = '|';

/** Flat download rows; `istatOf` maps a city slug to its ISTAT code (the dataset's `city`). */
export function selectionRows(rows: readonly Row[], istatOf: ReadonlyMap<string, string>): CellRow[] {
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    title: r.title,
    city: istatOf.get(r.city) ?? r.city,
    objective: r.objective,
    action: r.action,
    beneficiary: r.beneficiary,
    target_groups: r.targetGroups === null ? null : r.targetGroups.join(LIST),
    cost: centsToEuro(r.cost),
    commitments: centsToEuro(r.commitments),
    payments: centsToEuro(r.payments),
    start_date: r.startDate,
    status: r.status,
    flags: r.flags.length ? r.flags.join(LIST) : null,
    demonstration: r.demonstration,
  }));
}

const DEF = { columns: SELECTION_COLUMNS.map((name) => ({ name })) } as unknown as Parameters<typeof writeCsv>[0];

/** Clean UTF-8 CSV (comma, dot decimals, CRLF). */
export function selectionCsv(rows: readonly CellRow[]): string {
  return writeCsv(DEF, rows);
}

/** CSV for Italian Excel (BOM, `;`, decimal comma, CRLF), as bytes. */
export function selectionExcelCsv(rows: readonly CellRow[]): Uint8Array {
  return writeExcelCsv(DEF, rows);
}

/**
 * JSON in the layout of the library's JSON downloads: { metadata, data }, one row per line. The
 * metadata block is the library's, built with the site; here it gets the row count and the
 * selection (the filter's query string and the page address that reopens it).
 */
export function selectionJson(
  rows: readonly CellRow[],
  metadata: Record<string, unknown>,
  selection: { query: string; url: string },
): string {
  const meta = { ...metadata, rows: rows.length, selection };
  const data = rows.map((r) => JSON.stringify(Object.fromEntries(SELECTION_COLUMNS.map((n) => [n, r[n] ?? null]))));
  const m = JSON.stringify(meta, null, 2).replace(/\n/g, '\n  ');
  return `{\n  "metadata": ${m},\n  "data": [${data.length ? `\n    ${data.join(',\n    ')}\n  ` : ''}]\n}\n`;
}

const BASE = { it: 'progetti-selezione', en: 'projects-selection' } as const;
const DEMO = { it: '-dati-dimostrativi', en: '-demonstration-data' } as const;
const SUFFIX: Record<SelectionFormat, string> = {
  csv: '.csv',
  'excel-csv': '-excel.csv',
  json: '.json',
  xlsx: '.xlsx',
};

/** progetti-selezione-dati-dimostrativi-excel.csv, projects-selection.json ... */
export function selectionFileName(lang: 'it' | 'en', format: SelectionFormat, demonstration: boolean): string {
  return `${BASE[lang]}${demonstration ? DEMO[lang] : ''}${SUFFIX[format]}`;
}

export const MEDIA_TYPES: Record<SelectionFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  'excel-csv': 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
