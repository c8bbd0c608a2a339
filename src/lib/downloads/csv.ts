// CSV writers. Pure and browser-safe (no Buffer, no fs): the selection download reuses them.
// - writeCsv: clean UTF-8 CSV per RFC 4180: comma, dot decimals, CRLF, quotes only when needed,
//   `""` inside quotes. This is the Data Package's resource.
// - writeExcelCsv: for Italian Excel: UTF-8 BOM, `;`, decimal comma, CRLF.
// Both neutralise text that a spreadsheet would run as a formula; numbers stay plain numbers.
import type { DatasetDefinition } from './datasets.ts';
import type { Cell, Row } from './dictionary.ts';
import { neutralise } from './neutralise.ts';

export type CsvDialect = { delimiter: ',' | ';'; decimal: '.' | ','; bom: boolean };

export const CLEAN_DIALECT: CsvDialect = { delimiter: ',', decimal: '.', bom: false };
export const EXCEL_IT_DIALECT: CsvDialect = { delimiter: ';', decimal: ',', bom: true };

const EOL = '\r\n';

/** A number in plain decimal notation (never 1e-7 or 1e+21), with the given decimal mark. */
export function plainNumber(n: number, decimal: '.' | ',' = '.'): string {
  if (!Number.isFinite(n)) throw new Error(`a download cell cannot hold ${n}`);
  if (Object.is(n, -0)) n = 0;
  let s = String(n);
  if (/e/i.test(s)) {
    if (Math.abs(n) >= 1) s = BigInt(n).toString();
    else s = n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
  }
  return decimal === '.' ? s : s.replace('.', decimal);
}

/** The text quoted as RFC 4180 asks when it holds the delimiter, a quote or a line break. */
export function csvQuote(text: string, delimiter = ','): string {
  return text.includes(delimiter) || text.includes('"') || text.includes('\n') || text.includes('\r')
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

/** One cell: numbers in plain notation, text neutralised against formulas and quoted when needed. */
export function csvCell(v: Cell, d: CsvDialect = CLEAN_DIALECT): string {
  if (v === null) return '';
  if (typeof v === 'number') return plainNumber(v, d.decimal);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return csvQuote(neutralise(v), d.delimiter);
}

/** The CSV text (header row, then one line per row, every line ending with CRLF). */
export function csvText(
  def: Pick<DatasetDefinition, 'columns'>,
  rows: readonly Row[],
  d: CsvDialect = CLEAN_DIALECT,
): string {
  const names = def.columns.map((c) => c.name);
  const out: string[] = [names.map((n) => csvQuote(n, d.delimiter)).join(d.delimiter)];
  for (const r of rows) out.push(names.map((n) => csvCell(r[n] ?? null, d)).join(d.delimiter));
  return (d.bom ? '\uFEFF' : '') + out.join(EOL) + EOL;
}

/** Clean UTF-8 CSV (RFC 4180), as a string; encode it as UTF-8. */
export function writeCsv(def: Pick<DatasetDefinition, 'columns'>, rows: readonly Row[]): string {
  return csvText(def, rows, CLEAN_DIALECT);
}

/** CSV for Italian Excel, as bytes: EF BB BF, then `;`-separated cells with decimal commas, CRLF. */
export function writeExcelCsv(def: Pick<DatasetDefinition, 'columns'>, rows: readonly Row[]): Uint8Array {
  return new TextEncoder().encode(csvText(def, rows, EXCEL_IT_DIALECT));
}
