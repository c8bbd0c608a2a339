// Reads one record's cells by column name, turning each cell into a typed value or an error
// that names the column as the file writes it. Errors and warnings go to the file's report.
import type { Columns } from './kinds.ts';
import { parseCents, parseDegrees, parseQuantity, type Parsed } from './numbers.ts';
import { parseDate } from './dates.ts';
import { repairMojibake, stripControls } from './text.ts';

export interface IssueSink {
  error(row: number | null, column: string | null, message: string): void;
  warning(row: number | null, column: string | null, message: string): void;
}

export class Row {
  errors = 0;

  readonly cells: string[];
  readonly cols: Columns;
  readonly row: number;
  readonly sink: IssueSink;

  constructor(cells: string[], cols: Columns, row: number, sink: IssueSink) {
    // papaparse's cells are slices of the chunk they came from: V8 keeps the whole chunk alive
    // as long as any slice lives. Rows we keep are copied, so memory does not grow with the file.
    this.cells = cells.map(detach);
    this.cols = cols;
    this.row = row;
    this.sink = sink;
  }

  /** The cell as written, trimmed; '' when the column is absent. */
  raw(name: string): string {
    const i = this.cols.index.get(name);
    return i === undefined ? '' : (this.cells[i] ?? '').trim();
  }

  error(name: string | null, message: string): void {
    this.errors++;
    this.sink.error(this.row, name === null ? null : this.cols.label(name), message);
  }

  warn(name: string | null, message: string): void {
    this.sink.warning(this.row, name === null ? null : this.cols.label(name), message);
  }

  /** Published text: control characters removed, double-encoded accents repaired (with a warning). */
  text(name: string, required = false): string | null {
    let s = this.raw(name);
    if (s === '') {
      if (required) this.error(name, `${this.cols.label(name)} is empty: it is required`);
      return null;
    }
    const stripped = stripControls(s);
    if (stripped.stripped) {
      s = stripped.text.trim();
      this.warn(name, 'invisible control characters were removed from the text');
    }
    const fixed = repairMojibake(s);
    if (fixed.repaired)
      this.warn(
        name,
        `the text was double-encoded at the source and was repaired ('${short(s)}' -> '${short(fixed.text)}')`,
      );
    else if (fixed.suspicious)
      this.warn(name, `the text looks double-encoded at the source ('${short(s)}'); check the original`);
    if (fixed.text === '' && required) this.error(name, `${this.cols.label(name)} is empty: it is required`);
    return fixed.text === '' ? null : fixed.text;
  }

  /** Text cleaned as `text` cleans it, but silently: for what must never be quoted in a message. */
  clean(s: string): string {
    const t = stripControls(s).text.trim();
    const fixed = repairMojibake(t);
    return fixed.repaired ? fixed.text : t;
  }

  /**
   * A cell read by `parse`: null when it is empty (an error too when `required`), when `parse`
   * cannot read it and, where `nonNegative` says why, when it is below zero.
   */
  private parsed<T>(
    name: string,
    parse: (s: string) => Parsed<T>,
    opts: { required?: boolean; nonNegative?: string } = {},
  ): T | null {
    const s = this.raw(name);
    if (s === '') {
      if (opts.required) this.error(name, `${this.cols.label(name)} is empty: it is required`);
      return null;
    }
    const p = parse(s);
    if (!p.ok) {
      this.error(name, p.message);
      return null;
    }
    if (opts.nonNegative && typeof p.value === 'number' && p.value < 0) {
      this.error(name, `'${s}' is negative: ${opts.nonNegative}`);
      return null;
    }
    return p.value;
  }

  /** A quantity (an indicator's value); negative values are errors. */
  quantity(name: string): number | null {
    return this.parsed(name, parseQuantity, { nonNegative: "an indicator's value cannot be below zero" });
  }

  /** Euro amount in integer cents; negative amounts are errors. */
  cents(name: string, required = false): number | null {
    return this.parsed(name, parseCents, { required, nonNegative: 'amounts cannot be below zero' });
  }

  date(name: string): string | null {
    return this.parsed(name, parseDate);
  }

  degrees(name: string): number | null {
    return this.parsed(name, parseDegrees);
  }
}

function detach(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

function short(s: string): string {
  return s.length > 60 ? s.slice(0, 57) + '...' : s;
}
