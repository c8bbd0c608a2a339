// The pre-filter's parts against what they stand in for: the scanner's records against papaparse's,
// its flags against String.prototype.toUpperCase(), the UTF-8 validator against a streaming, fatal
// TextDecoder, and scan-wasm.ts against scan.wat.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { compiledModule, OUT } from '../../../scripts/build-scan-wasm.ts';
import { RecordScanner, usableNeedles, Utf8Validator, type Newline } from './prefilter.ts';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const NEEDLES = ['METRO PLUS', '2021IT16FFPR003'];

function scanAll(bytes: Uint8Array, delimiter: string, newline: Newline, needles = NEEDLES) {
  const s = new RecordScanner(needles, delimiter, newline);
  s.append(bytes);
  const records: Array<{ start: number; end: number; flagged: boolean }> = [];
  const { stop, irregular } = s.scan(0, (start, end, flagged) => records.push({ start, end, flagged }));
  return { records, stop, irregular };
}

const parse = (text: string, delimiter: string, newline: Newline) =>
  new Papa.Parser({ delimiter, newline, quoteChar: '"', skipEmptyLines: false }).parse(text, 0, true)
    .data as unknown as string[][];

// Bytes that make CSV hard: quotes, delimiters, line ends, spaces, needles, characters that
// upper-case to ASCII letters, accents in both encodings.
const piece = fc.constantFrom(
  '"',
  '""',
  ';',
  ',',
  '\n',
  '\r',
  '\r\n',
  ' ',
  'a',
  'x',
  'METRO PLUS',
  'metro plus',
  'Metro Plus',
  'METRO PLU',
  'S',
  'ſ',
  'ß',
  'ﬆ',
  'è',
  '\u00e8',
  '2021it16ffpr003',
  'PN METRO PLUſ',
  '"METRO PLUS"',
  ';"',
  '";',
  '"\n',
  '\n"',
  '\uFEFF',
  '\u00a0',
);
const text = fc.array(piece, { maxLength: 120 }).map((p) => p.join(''));

describe('the record scanner', () => {
  it('reports the records papaparse reads, and stops where it cannot tell', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(';', ','),
        fc.constantFrom<Newline>('\n', '\r\n', '\r'),
        fc.constantFrom('utf-8', 'latin1'),
        (t, delimiter, newline, enc) => {
          const bytes = enc === 'utf-8' ? Buffer.from(t, 'utf8') : Buffer.from(t, 'latin1');
          const { records, stop } = scanAll(bytes, delimiter, newline);
          // byte for byte in latin1, so that offsets are characters
          const s = Buffer.from(bytes).toString('latin1');
          const full = parse(s, delimiter, newline);
          const reported = records.flatMap((r) => {
            const rows = parse(s.slice(r.start, r.end), delimiter, newline);
            expect(rows).toHaveLength(1);
            return rows;
          });
          expect(reported).toEqual(full.slice(0, reported.length));
          expect(parse(s.slice(stop), delimiter, newline)).toEqual(full.slice(reported.length));
          expect(records.length === 0 ? 0 : records[records.length - 1]!.end).toBe(stop);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('flags every record that may hold a needle once upper-cased, in UTF-8 and in Windows-1252', () => {
    fc.assert(
      fc.property(text, fc.constantFrom<Newline>('\n', '\r\n'), (t, newline) => {
        for (const bytes of [Buffer.from(t, 'utf8'), iconv.encode(t, 'windows-1252')]) {
          const { records } = scanAll(bytes, ';', newline);
          for (const r of records.filter((x) => !x.flagged)) {
            const span = bytes.subarray(r.start, r.end);
            for (const decoded of [span.toString('utf8'), iconv.decode(span, 'windows-1252')]) {
              const upper = decoded.toUpperCase();
              for (const n of NEEDLES) expect(upper.includes(n), JSON.stringify(decoded)).toBe(false);
            }
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('flags every character whose upper case holds an ASCII letter or digit', () => {
    const tricky: string[] = [];
    for (let cp = 0x80; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (/[\x00-\x7f]/.test(c.toUpperCase())) tricky.push(c);
    }
    for (let b = 0x80; b <= 0xff; b++) {
      const c = iconv.decode(Buffer.from([b]), 'windows-1252');
      if (!/[\x00-\x7f]/.test(c.toUpperCase())) continue;
      expect(
        scanAll(Buffer.from(`a${String.fromCharCode(b)}b\n${'z'.repeat(80)}`, 'latin1'), ';', '\n').records[0]!.flagged,
      ).toBe(true);
    }
    expect(tricky.length).toBeGreaterThan(10);
    const { records } = scanAll(
      Buffer.from(tricky.map((c) => `a${c}b\n`).join('') + 'z'.repeat(80), 'utf8'),
      ';',
      '\n',
    );
    expect(records).toHaveLength(tricky.length);
    for (const [i, r] of records.entries()) expect(r.flagged, tricky[i]).toBe(true);
  });

  it('keeps needles it cannot vouch for out', () => {
    expect(usableNeedles(['METRO PLUS', 'METRO PLUS'])).toEqual(['METRO PLUS']);
    expect(usableNeedles([''])).toBeNull();
    expect(usableNeedles(['A"B'])).toBeNull();
    expect(usableNeedles(['CITTÀ'])).toBeNull();
    expect(usableNeedles(['A\nB'])).toBeNull();
    expect(usableNeedles(['x'.repeat(65)])).toBeNull();
    expect(usableNeedles(Array.from({ length: 17 }, (_, i) => `N${i}`))).toBeNull();
  });
});

describe('the UTF-8 validator', () => {
  it('fails the same chunk as a streaming, fatal TextDecoder', () => {
    const bytes = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 255 }),
        fc.constantFrom(0xc3, 0xa8, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0xed, 0xa0, 0xe0),
      ),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(bytes, fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 10 }), (all, cuts) => {
        const data = Uint8Array.from(all);
        const decoder = new TextDecoder('utf-8', { fatal: true });
        const validator = new Utf8Validator();
        let at = 0;
        let i = 0;
        for (;;) {
          const size = cuts[i++ % cuts.length]!;
          const chunk = data.subarray(at, at + size);
          at += chunk.length;
          let decoderOk = true;
          try {
            decoder.decode(chunk, { stream: true });
          } catch {
            decoderOk = false;
          }
          expect(validator.push(chunk)).toBe(decoderOk);
          if (!decoderOk) return;
          if (at >= data.length) break;
        }
        let endOk = true;
        try {
          decoder.decode();
        } catch {
          endOk = false;
        }
        expect(validator.end()).toBe(endOk);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('scan-wasm.ts', () => {
  it('is scan.wat compiled (npm run build-scan-wasm)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await compiledModule());
  });
});
