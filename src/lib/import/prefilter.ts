// The pre-filter of national-size files: most rows of OpenCoesione's national export belong to other
// programmes, and a row whose bytes hold none of the programme's needles cannot be in scope. The
// WebAssembly scanner (scan.wat) finds where each record ends and flags the records that hold a
// needle; only those, and whatever the scanner cannot vouch for, are decoded and parsed by papaparse.
// The others are counted as skipped rows without being decoded.
import { isUtf8 } from 'node:buffer';
import { SCAN_WASM_BASE64 } from './scan-wasm.ts';

/** The longest needle and the most needles the scanner takes; beyond them the file is parsed in full. */
const MAX_NEEDLE_BYTES = 64;
const MAX_NEEDLES = 16;
const NEEDLES_AT = 64;
const NEEDLE_STRIDE = 80;
const SPLATS_AT = 2048;
const OUT_AT = 4096;
const OUT_CAP = 16384;
/** Where the data starts in the scanner's memory: after the needles and the record ends. */
const DATA_AT = OUT_AT + OUT_CAP * 4 + 16;
const PAGE = 65536;

export type Newline = '\n' | '\r\n' | '\r';

/**
 * The needles to look for, or null when the pre-filter cannot vouch for them: each must be
 * non-empty printable ASCII without a quote (a quote is doubled in a quoted cell, so the bytes
 * would not show it), at most 64 bytes, and at most 16 of them.
 */
export function usableNeedles(needles: readonly string[]): string[] | null {
  const unique = [...new Set(needles)];
  if (unique.length > MAX_NEEDLES) return null;
  for (const n of unique) {
    if (n.length === 0 || n.length > MAX_NEEDLE_BYTES || !/^[\x20-\x7e]+$/.test(n) || n.includes('"')) return null;
  }
  return unique;
}

type ScanExports = {
  memory: WebAssembly.Memory;
  stop: WebAssembly.Global;
  reason: WebAssembly.Global;
  scan(start: number, end: number, delim: number, mode: number, lookahead: number, cap: number): number;
};

let compiled: WebAssembly.Module | null = null;

/**
 * The scanner and its working memory: the bytes not yet consumed (`carry`, always starting at a
 * record start) followed by the newest chunk. Offsets given and returned are relative to the data.
 */
export class RecordScanner {
  readonly #x: ScanExports;
  readonly #delim: number;
  readonly #mode: number;
  readonly #lookahead: number;
  #bytes: Uint8Array;
  #length = 0;

  constructor(needles: readonly string[], delimiter: string, newline: Newline) {
    compiled ??= new WebAssembly.Module(Buffer.from(SCAN_WASM_BASE64, 'base64'));
    this.#x = new WebAssembly.Instance(compiled).exports as unknown as ScanExports;
    this.#delim = delimiter.charCodeAt(0);
    this.#mode = newline === '\n' ? 0 : newline === '\r\n' ? 1 : 2;
    this.#lookahead = Math.max(2, ...needles.map((n) => n.length));
    const mem = new Uint8Array(this.#x.memory.buffer);
    const view = new DataView(this.#x.memory.buffer);
    view.setInt32(0, needles.length, true);
    needles.forEach((n, i) => {
      const at = NEEDLES_AT + i * NEEDLE_STRIDE;
      view.setInt32(at, n.length, true);
      for (let j = 0; j < n.length; j++) mem[at + 16 + j] = n.charCodeAt(j) | 0x20;
      mem.fill(n.charCodeAt(0) | 0x20, SPLATS_AT + i * 32, SPLATS_AT + i * 32 + 16);
      mem.fill(n.charCodeAt(n.length - 1) | 0x20, SPLATS_AT + i * 32 + 16, SPLATS_AT + i * 32 + 32);
    });
    this.#bytes = this.#reserve(0);
  }

  /** The data: carried bytes and the newest chunk. Valid until the next `append`. */
  get data(): Uint8Array {
    return this.#bytes.subarray(0, this.#length);
  }

  /** Adds a chunk after the carried bytes. */
  append(chunk: Uint8Array): void {
    this.#bytes = this.#reserve(this.#length + chunk.length);
    this.#bytes.set(chunk, this.#length);
    this.#length += chunk.length;
  }

  /** Keeps the data from `from` on (a record start) as the carry; drops the rest. */
  keepFrom(from: number): void {
    if (from > 0) this.#bytes.copyWithin(0, from, this.#length);
    this.#length -= from;
  }

  /**
   * Reports the records of the data from `from` (a record start), in order, to `onRecord`; returns
   * where it stopped (a record start) and whether because of an irregular quote. Bytes past the
   * stop point may still hold whole records: the scanner stops short of the end by its lookahead.
   */
  scan(
    from: number,
    onRecord: (start: number, end: number, flagged: boolean) => void,
  ): { stop: number; irregular: boolean } {
    const x = this.#x;
    const out = new Int32Array(x.memory.buffer, OUT_AT, OUT_CAP);
    let start = from;
    for (;;) {
      const n = x.scan(DATA_AT + start, DATA_AT + this.#length, this.#delim, this.#mode, this.#lookahead, OUT_CAP);
      for (let i = 0; i < n; i++) {
        const v = out[i]!;
        const end = (v & 0x7fffffff) - DATA_AT;
        onRecord(start, end, v < 0);
        start = end;
      }
      const reason = x.reason.value as number;
      if (reason !== 2) return { stop: (x.stop.value as number) - DATA_AT, irregular: reason === 1 };
    }
  }

  /** How far from the end the scanner may have left whole records unreported. */
  get lookahead(): number {
    return this.#lookahead + 16;
  }

  /** A view of the data of at least `length` bytes, with a record start's line end before it. */
  #reserve(length: number): Uint8Array {
    const memory = this.#x.memory;
    const needed = DATA_AT + length + 16;
    if (memory.buffer.byteLength < needed) memory.grow(Math.ceil((needed - memory.buffer.byteLength) / PAGE));
    const mem = new Uint8Array(memory.buffer);
    // the two bytes before the data read as the end of a previous record in every line-end style
    mem[DATA_AT - 2] = 0x0d;
    mem[DATA_AT - 1] = this.#mode === 2 ? 0x0d : 0x0a;
    return new Uint8Array(memory.buffer, DATA_AT, memory.buffer.byteLength - DATA_AT);
  }
}

/**
 * True when the record's first bytes show it is not blank (isBlank in read.ts): a printable ASCII
 * byte other than the delimiter and the quote, first in the record or first inside its opening
 * quote, is a cell's content. False when unsure: the record is then parsed.
 */
export function surelyNotBlank(data: Uint8Array, start: number, end: number, delim: number): boolean {
  let i = start;
  if (data[i] === 0x22) i++;
  if (i >= end) return false;
  const c = data[i]!;
  return c > 0x20 && c < 0x7f && c !== delim && c !== 0x22;
}

/**
 * Tells, chunk after chunk, whether the bytes seen so far are valid UTF-8 as a streaming, fatal
 * TextDecoder would: an invalid sequence fails the chunk it is seen in; a sequence cut by the end
 * of a chunk waits for the next one, and fails at the end of the file if still incomplete.
 */
export class Utf8Validator {
  #pending: Uint8Array = new Uint8Array(0);

  /** `pending`: the incomplete character a decoder already holds, if any. */
  constructor(pending: Uint8Array = new Uint8Array(0)) {
    this.#pending = new Uint8Array(pending);
  }

  push(chunk: Uint8Array): boolean {
    let bytes = chunk;
    if (this.#pending.length > 0) {
      const need = sequenceLength(this.#pending[0]!) - this.#pending.length;
      const head = concat(this.#pending, bytes.subarray(0, need));
      if (head.length < this.#pending.length + need) {
        if (!validPrefix(head)) return false;
        this.#pending = head;
        return true;
      }
      if (!isUtf8(head)) return false;
      bytes = bytes.subarray(need);
      this.#pending = new Uint8Array(0);
    }
    const cut = incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, bytes.length - cut))) return false;
    const tail = bytes.subarray(bytes.length - cut);
    if (!validPrefix(tail)) return false;
    this.#pending = new Uint8Array(tail);
    return true;
  }

  /** False when the file ends inside a character. */
  end(): boolean {
    return this.#pending.length === 0;
  }
}

/** The length of a trailing sequence that a lead byte opens but the bytes do not finish (0 to 3). */
export function incompleteTail(bytes: Uint8Array): number {
  for (let i = 1; i <= Math.min(3, bytes.length); i++) {
    const c = bytes[bytes.length - i]!;
    if (c < 0x80) return 0;
    if (c >= 0xc0) return sequenceLength(c) > i ? i : 0;
  }
  return 0;
}

function sequenceLength(lead: number): number {
  return lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
}

/** An unfinished sequence that valid bytes could still complete (WHATWG's bounds on the second byte). */
function validPrefix(t: Uint8Array): boolean {
  if (t.length === 0) return true;
  const lead = t[0]!;
  const second = t[1];
  let lo = 0x80;
  let hi = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) return t.length === 1;
  if (lead === 0xe0) lo = 0xa0;
  else if (lead === 0xed) hi = 0x9f;
  else if (lead === 0xf0) lo = 0x90;
  else if (lead === 0xf4) hi = 0x8f;
  else if (!((lead >= 0xe1 && lead <= 0xef) || (lead >= 0xf1 && lead <= 0xf3))) return false;
  if (t.length >= 4 || (lead < 0xf0 && t.length >= 3)) return false;
  if (second !== undefined && (second < lo || second > hi)) return false;
  const third = t[2];
  return third === undefined || (third >= 0x80 && third <= 0xbf);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
