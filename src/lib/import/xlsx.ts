// Reads the first sheet of an .xlsx workbook (the official list of operations may come as one) as
// the same batches of records a CSV gives, with read-excel-file. Numbers are kept exactly as the
// workbook stores them (no floating-point round trip); date cells become YYYY-MM-DD.
import { createHash } from 'node:crypto';
import { CsvFileError, type CsvBatch, type RecordReader } from './read.ts';

/** A workbook is read whole: larger ones are refused rather than filling the memory. */
export const MAX_XLSX_BYTES = 200 * 1024 * 1024;
const BATCH = 1000;

export function isWorkbook(name: string): boolean {
  return name.toLowerCase().endsWith('.xlsx');
}

export class XlsxReader implements RecordReader {
  readonly info = null;
  bytes = 0;
  records = 0;
  readonly #hash = createHash('sha256');

  sha256(): string {
    return this.#hash.digest('hex');
  }

  async *batches(source: AsyncIterable<Uint8Array>): AsyncGenerator<CsvBatch> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of source) {
      this.bytes += chunk.length;
      this.#hash.update(chunk);
      if (this.bytes > MAX_XLSX_BYTES)
        throw new CsvFileError(
          `the workbook is larger than ${MAX_XLSX_BYTES / 1024 / 1024} MB: save its first sheet as "CSV UTF-8"`,
        );
      chunks.push(new Uint8Array(chunk)); // a copy: the source may reuse its chunk
    }
    if (this.bytes === 0) throw new CsvFileError('the file is empty: export it again with its header row');
    // Loaded here, not with the importer: most imports read no workbook (its load time: README, "Measured").
    // The universal build (fflate): the Node build's unzip stream never settles on some damaged
    // workbooks, and an import must always end with a report.
    const { readSheet } = await import('read-excel-file/universal');
    let sheet;
    try {
      sheet = await readSheet(new Blob([new Uint8Array(Buffer.concat(chunks))]), 1, {
        parseNumber: (s: string) => s,
        trim: false,
      });
    } catch (e) {
      const code = (e as { code?: string }).code;
      throw new CsvFileError(
        code === 'XLS_FILE_NOT_SUPPORTED'
          ? 'the file is an old .xls workbook: save it as .xlsx or as "CSV UTF-8"'
          : 'the file is not a readable .xlsx workbook: open it in a spreadsheet and save it again as .xlsx or as "CSV UTF-8"',
      );
    }
    for (let i = 0; i < sheet.length; i += BATCH) {
      const rows = sheet.slice(i, i + BATCH).map((row) => row.map(cellText));
      this.records += rows.length;
      yield { rows, quoteErrors: new Map() };
    }
  }
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  return String(v);
}
