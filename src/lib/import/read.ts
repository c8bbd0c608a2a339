// Streams a CSV file as batches of records: detects the encoding (BOM, UTF-8 validity, chardet)
// and decodes with the platform's TextDecoder or iconv-lite; detects the delimiter and the line
// end from the header row; parses with papaparse's own parser, one chunk at a time, so memory
// stays flat whatever the file's size. Every record is one spreadsheet row (header = row 1).
import { isAscii } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { FileHash } from './hash.ts';
import { incompleteTail, RecordScanner, surelyNotBlank, usableNeedles, Utf8Validator } from './prefilter.ts';

export type Encoding = 'utf-8' | 'windows-1252';
export type Delimiter = ';' | ',';

export type CsvInfo = { encoding: Encoding; delimiter: Delimiter; bom: boolean };

/**
 * Records' cells, with papaparse's complaint about a record's quoting if it had one; `skipped`
 * records come before them, counted by the pre-filter without being parsed (see `prefilter`).
 */
export type CsvBatch = { rows: string[][]; quoteErrors: Map<number, string>; skipped?: number };

/**
 * What the importer needs of a file reader: batches of records, and the file's size and hash. A
 * reader keeps no chunk of its source once it asks for the next one (it copies what it keeps), so
 * a source may read every chunk into the same buffer.
 */
export interface RecordReader {
  /** Encoding and delimiter of a CSV file, once known; always null for a workbook. */
  readonly info: CsvInfo | null;
  readonly bytes: number;
  /** Records read so far, the header included: the spreadsheet row of the last record. */
  readonly records: number;
  sha256(): string;
  batches(source: AsyncIterable<Uint8Array>): AsyncGenerator<CsvBatch>;
  /**
   * Asked after the header: from here on, records that are not blank and whose bytes hold none of
   * `needles` (in any case) may be counted as skipped instead of being parsed. A reader may ignore it.
   */
  prefilter?(needles: readonly string[]): void;
}

/** A problem with the whole file: it cannot be read as CSV at all, or not past some point. */
export class CsvFileError extends Error {}

const SNIFF_BYTES = 64 * 1024;
/** No record may be longer than this: it bounds memory when a quote is never closed. */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

export class CsvReader implements RecordReader {
  info: CsvInfo | null = null;
  bytes = 0;
  /** Records read so far, the header included: the spreadsheet row of the last record. */
  records = 0;
  readonly #hash = new FileHash();
  #sha256: string | null = null;
  readonly #sniffBytes: number;
  #needles: string[] | null = null;

  /** `sniffBytes`: how much of the head decides the encoding (smaller in tests). */
  constructor(sniffBytes = SNIFF_BYTES) {
    this.#sniffBytes = sniffBytes;
  }

  /** The SHA-256 of the bytes read (all of them, unless reading stopped early), once `batches` ended. */
  sha256(): string {
    if (this.#sha256 === null) throw new Error('sha256() before the batches ended');
    return this.#sha256;
  }

  /** Taken when asked right after the header's batch; needles the scanner cannot vouch for are refused. */
  prefilter(needles: readonly string[]): void {
    this.#needles = usableNeedles(needles);
  }

  async *batches(source: AsyncIterable<Uint8Array>): AsyncGenerator<CsvBatch> {
    const iterator = source[Symbol.asyncIterator]();
    try {
      yield* this.#read(iterator);
    } finally {
      await iterator.return?.();
      this.#sha256 = await this.#hash.digest();
    }
  }

  async *#read(iterator: AsyncIterator<Uint8Array>): AsyncGenerator<CsvBatch> {
    // Gather the head of the file to tell its encoding.
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let ended = false;
    // The head is at least `sniffBytes` long and holds the whole header row (its line end tells
    // the file's line ends); a header longer than a record may be is refused below by the parser.
    const hasLineEnd = () => {
      const all = Buffer.concat(head);
      const lf = all.indexOf(0x0a);
      const cr = all.indexOf(0x0d);
      // a "\r" tells its kind of line end only with the byte after it
      return lf !== -1 || (cr !== -1 && cr < all.length - 1);
    };
    while (headBytes < this.#sniffBytes || (!hasLineEnd() && headBytes < MAX_RECORD_CHARS)) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      head.push(new Uint8Array(next.value)); // a copy: the source may reuse its chunk
      headBytes += next.value.length;
      await this.#take(next.value);
    }
    const headBuf = Buffer.concat(head);
    if (headBuf.length === 0) throw new CsvFileError('the file is empty: export it again with its header row');
    const detected = detectEncoding(headBuf, ended);
    const { bom } = detected;
    let { encoding } = detected;
    let decode = makeDecoder(encoding);
    // A head in plain ASCII does not tell UTF-8 from Windows-1252: the first byte above 127
    // decides, and until then both read the same.
    let undecided = encoding === 'utf-8' && !bom && isAscii(headBuf);

    const notValid = () =>
      new CsvFileError(
        `after row ${this.records}, the file has bytes that are not valid ${encoding.toUpperCase()}: it mixes encodings; save the whole file again as "CSV UTF-8"`,
      );
    const decodeOrFail = (bytes: Uint8Array, last: boolean): string => {
      try {
        return decode(bytes, last);
      } catch {
        throw notValid();
      }
    };
    let text = decodeOrFail(headBuf, ended);
    if (bom && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const { delimiter, newline } = sniffHeader(text);
    this.info = { encoding, delimiter, bom };

    const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', skipEmptyLines: false });
    /** Every complete record of `input` (all of it when `last`), and how many characters they take. */
    const parseText = (input: string, last: boolean) => {
      const result = parser.parse(input, 0, !last);
      const rows = result.data as unknown as string[][];
      const quoteErrors = new Map<number, string>();
      for (const e of result.errors) {
        if (typeof e.row === 'number' && e.row < rows.length) quoteErrors.set(e.row, quoteMessage(e.code));
      }
      return { rows, quoteErrors, cursor: last ? input.length : result.meta.cursor };
    };
    const tooLong = (records: number) =>
      new CsvFileError(
        `after row ${records}, a record runs on for more than ${MAX_RECORD_CHARS / 1024 / 1024} MB: most likely a quote (") that is never closed`,
      );
    let partial = '';
    // The generator below is a function* (no arrow generators), so it reaches the reader through `self`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    function* parse(chunk: string, last: boolean): Generator<CsvBatch> {
      const aggregate = partial + chunk;
      const { rows, quoteErrors, cursor } = parseText(aggregate, last);
      partial = aggregate.substring(cursor);
      if (partial.length > MAX_RECORD_CHARS) throw tooLong(self.records + rows.length);
      if (rows.length > 0) {
        self.records += rows.length;
        yield { rows, quoteErrors };
      }
    }

    if (ended) {
      yield* parse(text, true);
      return;
    }
    yield* parse(text, false);

    // The pre-filter, when the consumer asked for it on seeing the header: from now on the bytes
    // go to the scanner, which starts with the head's bytes that papaparse left unparsed.
    let scanner: RecordScanner | null = null;
    let validator: Utf8Validator | null = null;
    this.#hash.offload(this.#needles !== null);
    if (this.#needles !== null) {
      const pending = encoding === 'utf-8' ? incompleteTail(headBuf) : 0;
      const left = (encoding === 'utf-8' ? Buffer.byteLength(partial, 'utf8') : partial.length) + pending;
      scanner = new RecordScanner(this.#needles, delimiter, newline);
      scanner.append(headBuf.subarray(headBuf.length - left));
      validator = new Utf8Validator(headBuf.subarray(headBuf.length - pending));
      partial = '';
    }
    const delimCode = delimiter.charCodeAt(0);
    const decodeRecords = (bytes: Uint8Array): string => {
      const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return encoding === 'utf-8' ? b.toString('utf8') : iconv.decode(b, 'windows-1252');
    };
    /**
     * The scanner's records: flagged ones and those that may be blank are parsed by papaparse, the
     * others counted as skipped; whatever the scanner cannot vouch for (after an irregular quote,
     * or too near the end of the bytes) goes to papaparse as the whole text would have.
     */
    function* scanned(s: RecordScanner, last: boolean): Generator<CsvBatch> {
      const data = s.data;
      const spans: Array<{ skipped: number; start: number; end: number }> = [];
      let run = 0;
      let stop = 0;
      let irregular = false;
      if (!last) {
        ({ stop, irregular } = s.scan(0, (start, end, flagged) => {
          if (!flagged && surelyNotBlank(data, start, end, delimCode)) {
            run++;
            return;
          }
          const prev = spans[spans.length - 1];
          if (prev !== undefined && prev.end === start && run === 0) prev.end = end;
          else {
            spans.push({ skipped: run, start, end });
            run = 0;
          }
        }));
      }
      const out: CsvBatch[] = [];
      let records = 0;
      for (const span of spans) {
        const text = decodeRecords(data.subarray(span.start, span.end));
        const { rows, quoteErrors, cursor } = parseText(text, false);
        if (cursor !== text.length)
          throw new Error(
            `the pre-filter and papaparse disagree on where a record ends, after row ${self.records + records}`,
          );
        out.push({ rows, quoteErrors, skipped: span.skipped });
        records += span.skipped + rows.length;
      }
      let keep = stop;
      if (last || irregular || lineEndFrom(data, Math.max(stop, data.length - s.lookahead))) {
        const rest = data.subarray(stop);
        const cut = !last && encoding === 'utf-8' ? incompleteTail(rest) : 0;
        const text = decodeRecords(rest.subarray(0, rest.length - cut));
        const { rows, quoteErrors, cursor } = parseText(text, last);
        keep = stop + (encoding === 'utf-8' ? Buffer.byteLength(text.slice(0, cursor), 'utf8') : cursor);
        out.push({ rows, quoteErrors, skipped: run });
        records += run + rows.length;
      } else if (run > 0) {
        out.push({ rows: [], quoteErrors: new Map(), skipped: run });
        records += run;
      }
      s.keepFrom(keep);
      const carried = s.data;
      if (carried.length > MAX_RECORD_CHARS) {
        const chars = decodeRecords(
          carried.subarray(0, carried.length - (encoding === 'utf-8' ? incompleteTail(carried) : 0)),
        ).length;
        if (chars > MAX_RECORD_CHARS) throw tooLong(self.records + records);
      }
      for (const batch of out) {
        if (batch.rows.length === 0 && !batch.skipped) continue;
        self.records += (batch.skipped ?? 0) + batch.rows.length;
        yield batch;
      }
    }
    function* feed(bytes: Uint8Array): Generator<CsvBatch> {
      if (scanner === null) {
        yield* parse(decodeOrFail(bytes, false), false);
        return;
      }
      if (encoding === 'utf-8' && !validator!.push(bytes)) throw notValid();
      scanner.append(bytes);
      yield* scanned(scanner, false);
    }
    // While undecided, the first chunk with bytes above 127 is held until it shows a whole
    // UTF-8 character (UTF-8) or an invalid sequence (Windows-1252).
    let held: Uint8Array | null = null;
    const switchTo1252 = () => {
      encoding = 'windows-1252';
      this.info = { encoding, delimiter, bom };
      decode = makeDecoder(encoding);
    };
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      await this.#take(next.value);
      let bytes: Uint8Array = next.value;
      if (undecided) {
        if (held === null && isAscii(bytes)) {
          yield* feed(bytes);
          continue;
        }
        bytes = held === null ? bytes : Buffer.concat([held, bytes]);
        const verdict = utf8Verdict(bytes);
        if (verdict === 'unknown') {
          held = bytes === next.value ? new Uint8Array(bytes) : bytes;
          continue;
        }
        held = null;
        undecided = false;
        if (verdict === 'not-utf-8') switchTo1252();
      }
      yield* feed(bytes);
    }
    if (held !== null) {
      // The file ended inside a would-be UTF-8 character: it is not UTF-8.
      switchTo1252();
      yield* feed(held);
    }
    if (scanner === null) {
      yield* parse(decodeOrFail(new Uint8Array(0), true), true);
      return;
    }
    if (encoding === 'utf-8' && !validator!.end()) throw notValid();
    yield* scanned(scanner, true);
  }

  async #take(chunk: Uint8Array): Promise<void> {
    this.bytes += chunk.length;
    await this.#hash.update(chunk);
  }
}

/** Whether a line-end byte (CR or LF) is in `data` from `from` on. */
function lineEndFrom(data: Uint8Array, from: number): boolean {
  return data.indexOf(0x0a, from) !== -1 || data.indexOf(0x0d, from) !== -1;
}

function utf8Verdict(bytes: Uint8Array): 'utf-8' | 'not-utf-8' | 'unknown' {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return /[^\x00-\x7f]/.test(text) ? 'utf-8' : 'unknown';
  } catch {
    return 'not-utf-8';
  }
}

function quoteMessage(code: string): string {
  return code === 'MissingQuotes'
    ? 'a quoted cell is never closed: a quote (") is missing'
    : 'a cell has a stray quote ("): quotes inside a quoted cell must be doubled ("")';
}

/** UTF-8 when the head decodes cleanly (BOM or not); otherwise what chardet finds, which for the
 *  files we expect is the Windows-1252 family (Excel's "CSV" on Italian Windows). */
export function detectEncoding(head: Uint8Array, whole: boolean): { encoding: Encoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
    throw new CsvFileError(
      'the file is saved as UTF-16 ("Unicode text"): save it as "CSV UTF-8" or "CSV (separated by semicolons)"',
    );
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !whole });
    return { encoding: 'utf-8', bom: false };
  } catch {
    // not UTF-8: ask chardet below
  }
  const guess = (chardet.detect(head) ?? '').toUpperCase();
  if (guess.startsWith('UTF-16') || guess.startsWith('UTF-32')) {
    throw new CsvFileError(`the file looks ${guess}: save it as "CSV UTF-8"`);
  }
  // Everything else chardet may say for a short Italian text (ISO-8859-1/15, windows-1252,
  // sometimes windows-1250) is read as Windows-1252, the superset Excel writes.
  return { encoding: 'windows-1252', bom: false };
}

function makeDecoder(encoding: Encoding): (bytes: Uint8Array, last: boolean) => string {
  if (encoding === 'utf-8') {
    const d = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    return (bytes, last) => d.decode(bytes, { stream: !last });
  }
  const d = iconv.getDecoder('windows-1252');
  return (bytes, last) =>
    d.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) + (last ? (d.end() ?? '') : '');
}

/** Delimiter and line end from the header row: counted outside quotes. */
export function sniffHeader(text: string): { delimiter: Delimiter; newline: '\r\n' | '\n' | '\r' } {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === ';') semicolons++;
    else if (c === ',') commas++;
    else if (c === '\n') return { delimiter: semicolons >= commas ? ';' : ',', newline: '\n' };
    else if (c === '\r')
      return { delimiter: semicolons >= commas ? ';' : ',', newline: text[i + 1] === '\n' ? '\r\n' : '\r' };
  }
  return { delimiter: semicolons >= commas ? ';' : ',', newline: '\n' };
}

export function isBlank(row: string[]): boolean {
  return row.every((c) => c.trim() === '');
}
