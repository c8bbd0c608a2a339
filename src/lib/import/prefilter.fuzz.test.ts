// Property: the pre-filter changes nothing but the time. The importer runs on the same bytes, cut
// into the same chunks, with the pre-filter on and off, and must give the same report, the same
// errors in the same order and the same dataset. The files are OpenCoesione exports (the kind the
// pre-filter serves) longer than the reader's 64 KB head, so that the pre-filter takes over, with
// what makes it hard after the head: METRO PLUS quoted in other columns, line breaks in quotes
// around it, characters that upper-case to ASCII (PN METRO PLUſ is in scope), blank and
// whitespace rows, stray quotes, Windows-1252, CR and CRLF line ends, and random byte mutations.
// Reproduce a failure with FUZZ_SEED=<seed> npx vitest run src/lib/import/prefilter.fuzz.test.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it, vi } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { ImportConfig } from '../schema/index.ts';
import { loadReference } from '../reference/load.ts';
import { RecordScanner } from './prefilter.ts';
import { issueLine } from './report.ts';
import { runImport } from './run.ts';
import { serializeDataset } from './serialize.ts';
import { chunked, views } from '../../../tests/lib/chunks.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const reference = loadReference(join(ROOT, 'data/reference'));
const config = ImportConfig.parse(JSON.parse(readFileSync(join(ROOT, 'data/config/import.json'), 'utf8')));
const RUNS = Math.ceil(Number(process.env['FUZZ_RUNS'] ?? 1500) / 15);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

const HEADER = [
  'COD_LOCALE_PROGETTO',
  'CUP',
  'OC_TITOLO_PROGETTO',
  'OC_SINTESI_PROGETTO',
  'OC_CODICE_PROGRAMMA',
  'OC_DESCRIZIONE_PROGRAMMA',
  'OC_COD_ARTICOLAZ_PROGRAMMA',
  'OC_COD_SUBARTICOLAZ_PROGRAMMA',
  'COD_COMUNE',
  'DEN_COMUNE',
  'OC_DENOM_BENEFICIARIO',
  'OC_CODFISC_BENEFICIARIO',
  'FINANZ_TOTALE_PUBBLICO',
  'DATA_AGGIORNAMENTO',
];

/** `accents`: whether the head has letters outside ASCII (otherwise the encoding is decided later). */
type Shape = {
  delimiter: ';' | ',';
  newline: '\n' | '\r\n' | '\r';
  encoding: 'utf-8' | 'utf-8-bom' | 'windows-1252';
  accents: boolean;
};

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

function row(shape: Shape, cells: string[]): string {
  return cells.join(shape.delimiter) + shape.newline;
}

function project(shape: Shape, i: number, programme: string, priority: string, synthesis: string): string {
  return row(shape, [
    q(`NA4.4.12.1-${i}`),
    q(''),
    q(`Housing First ${i}`),
    q(synthesis),
    q(''),
    q(programme),
    q(priority),
    q('ESO4.12'),
    q('063049'),
    q('NAPOLI'),
    q('COMUNE DI NAPOLI'),
    q('80014890638'),
    '1000.50',
    '20250630',
  ]);
}

function other(shape: Shape, i: number, synthesis: string): string {
  return row(shape, [
    `1MISE${i}`,
    q('J81H23000010006'),
    q(`STRADA PROVINCIALE ${i}`),
    q(synthesis),
    q('2014IT16M2OP004'),
    q("PON FESR FSE CITTA' METROPOLITANE"),
    '2',
    q(''),
    q('058091'),
    q('ROMA'),
    q('ANAS SPA'),
    q('80208450587'),
    '12.00',
    '20250630',
  ]);
}

/** Rows after the head: each chosen from what makes the pre-filter's work hard. */
const RAW_ROWS: Array<(shape: Shape, i: number) => string> = [
  (s, i) => project(s, i, "PN METRO PLUS E CITTA' MEDIE SUD 2021-2027", '4', 'Accoglienza'),
  (s, i) => project(s, i, 'pn metro plus', '04', 'minuscole'),
  (s, i) => project(s, i, 'PN METRO PLUſ', 'P4', 'una s lunga che diventa S'),
  (s, i) => project(s, i, 'PN METRO PLUß', '4', 'una ß che diventa SS'),
  (s, i) => project(s, i, 'PN METRO PLUS', '5', 'priorità 5: saltata'),
  (s, i) => project(s, i, 'PN METRO\nPLUS', '4', 'a capo nel nome: non è il programma'),
  (s, i) => project(s, i, 'PN METRO PLUS', '4', 'righe\nspezzate "tra virgolette" e ;;; e ,,,\r\ne ancora'),
  (s, i) => project(s, i, 'PN METRO PLUS', '', 'senza priorità: errore'),
  (s, i) => other(s, i, "cita il PN METRO PLUS in un'altra colonna"),
  (s, i) => other(s, i, 'metro plus\n"citato" su\r\npiù righe'),
  (s, i) => other(s, i, 'città, perché, più: accenti'),
  (s, i) => other(s, i, 'ﬆ e ſ e ß altrove'),
  (s, i) => other(s, i, 'niente'),
  (s) => s.newline,
  (s) => `   ${s.newline}`,
  (s) => `${s.delimiter}${s.delimiter}${s.delimiter}${s.newline}`,
  (s) => `""${s.delimiter}" "${s.newline}`,
  (s, i) => `1MISE${i}${s.delimiter}ab"cd${s.delimiter}METRO PLUS${s.newline}`,
  (s, i) => `1MISE${i}${s.delimiter}"ab"cd${s.delimiter}x${s.newline}`,
  (s, i) => `"1MISE${i}" ${s.delimiter}"x"  ${s.newline}`,
  (s, i) => `1MISE${i}${s.delimiter}"aperta${s.newline}`,
  (s) => `\u00a0${s.delimiter}\u00a0${s.newline}`,
  (s) => `\uFEFF${s.newline}`,
];

function encode(text: string, shape: Shape): Uint8Array {
  if (shape.encoding === 'windows-1252') return new Uint8Array(iconv.encode(text, 'windows-1252'));
  return new Uint8Array(Buffer.from((shape.encoding === 'utf-8-bom' ? '\uFEFF' : '') + text, 'utf8'));
}

/** A file: the header, about 70 KB of other programmes' rows (the reader's head), then `rows`. */
function file(shape: Shape, rows: number[]): { bytes: Uint8Array; head: number } {
  let head = row(shape, HEADER);
  for (let i = 0; head.length < 70_000; i++) {
    head += other(
      shape,
      i,
      i % 7 === 0 ? 'descrizione\nsu due righe' : shape.accents && i % 5 === 0 ? 'perché più' : 'descrizione',
    );
  }
  const body = rows.map((k, i) => RAW_ROWS[k % RAW_ROWS.length]!(shape, 1000 + i)).join('');
  const headBytes = encode(head, shape);
  const bytes = encode(head + body, shape);
  return { bytes, head: headBytes.length };
}

type Mutation =
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'delete'; at: number; n: number }
  | { op: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 6 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc
      .constantFrom('"', ';', ',', '\r', '\n', '\r\n', ' ', 'METRO PLUS', 'Metro Plus', 'ſ', '\u00e0', '\0')
      .map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
  }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.constant(new Uint8Array([0xe0, 0xe8])) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

/** Mutations after the head only: the head is read whole by papaparse either way. */
function mutate(src: Uint8Array, head: number, ms: Mutation[]): Uint8Array {
  let b = Buffer.from(src);
  for (const m of ms) {
    const tail = b.length - head;
    if (tail <= 0) break;
    const at = head + (m.at % (tail + 1));
    if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.n)]);
    else b = b.subarray(0, at);
  }
  return new Uint8Array(b);
}

async function importWith(
  prefilter: boolean,
  bytes: Uint8Array,
  chunk: number,
  name = 'progetti_esteso.csv',
  source: (b: Uint8Array, size: number) => AsyncIterable<Uint8Array> = chunked,
) {
  const lines: string[] = [];
  const { report, dataset } = await runImport({
    files: [{ name, open: () => source(bytes, chunk) }],
    reference,
    config,
    manifest: null,
    prefilter,
    onError: (i) => lines.push(issueLine(i)),
  });
  return { report, lines, dataset: dataset === null ? null : serializeDataset(dataset) };
}

/** The pre-filter on and off give the same outcome; returns it. */
async function same(bytes: Uint8Array, chunk: number) {
  const on = await importWith(true, bytes, chunk);
  const off = await importWith(false, bytes, chunk);
  expect(on.report).toEqual(off.report);
  expect(on.lines).toEqual(off.lines);
  expect(on.dataset).toEqual(off.dataset);
  for (const f of on.report.files) expect(f.imported + f.skipped + f.rejected).toBe(f.rows);
  return on;
}

const scans = vi.spyOn(RecordScanner.prototype, 'scan');
afterAll(() => scans.mockRestore());

const shapeArb = fc.record({
  delimiter: fc.constantFrom<Shape['delimiter']>(';', ','),
  newline: fc.constantFrom<Shape['newline']>('\n', '\r\n', '\r'),
  encoding: fc.constantFrom<Shape['encoding']>('utf-8', 'utf-8-bom', 'windows-1252'),
  accents: fc.boolean(),
});
const chunkArb = fc.oneof(
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 64 }) },
  { weight: 4, arbitrary: fc.integer({ min: 65, max: 9000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 9001, max: 80_000 }) },
);

describe('the pre-filter', () => {
  it(`gives the importer's outcome without it on ${RUNS} mutated OpenCoesione exports`, async () => {
    scans.mockClear();
    await fc.assert(
      fc.asyncProperty(
        shapeArb,
        fc.array(fc.nat(), { minLength: 0, maxLength: 60 }),
        fc.array(mutation, { maxLength: 4 }),
        chunkArb,
        async (shape, rows, ms, chunk) => {
          const { bytes, head } = file(shape, rows);
          await same(mutate(bytes, head, ms), chunk);
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(scans.mock.calls.length).toBeGreaterThan(RUNS);
  }, 600_000);

  it('reads the cases named in the issue as the full parser does', async () => {
    const utf8: Shape = { delimiter: ';', newline: '\n', encoding: 'utf-8', accents: true };
    const all = RAW_ROWS.map((_, k) => k);
    const cases: Array<[string, Shape, number[]]> = [
      ['every row kind, UTF-8', utf8, all],
      [
        'every row kind, Windows-1252, CRLF',
        { delimiter: ';', newline: '\r\n', encoding: 'windows-1252', accents: true },
        all,
      ],
      ['every row kind, commas, CR', { delimiter: ',', newline: '\r', encoding: 'utf-8-bom', accents: false }, all],
      ['every row kind, ASCII head', { delimiter: ';', newline: '\n', encoding: 'utf-8', accents: false }, all],
    ];
    for (const [, shape, rows] of cases) {
      const { bytes } = file(shape, rows);
      // chunk sizes that cut the file everywhere, METRO PLUS included
      for (const chunk of [1, 7, 4096, 65_536, 1 << 20]) await same(bytes, chunk);
    }
    // METRO PLUS cut by a chunk boundary, the long s, the sharp s: imported with the pre-filter on
    const { bytes } = file(utf8, [0, 2, 3, 8, 9]);
    const cut = Buffer.from(bytes).indexOf('METRO PLUS', 70_000);
    const out = await same(bytes, cut + 4);
    expect(out.report.files[0]).toMatchObject({ imported: 3 });
  }, 300_000);

  it('keeps no chunk a source may overwrite: CSV (held undecided bytes included) and .xlsx', async () => {
    const t = (value: string) => ({ value, type: String });
    const blob = await writeXlsxFile([
      {
        sheet: 'Elenco',
        data: [
          ['Programma', 'CodiceLocaleProgetto', 'TitoloProgetto', 'NomeBeneficiario', 'CostoTotale'].map(t),
          ...Array.from({ length: 400 }, (_, i) => [
            t('PN METRO PLUS'),
            t(`NA4.4.12.1-${i}`),
            t(`Housing First ${i}`),
            t('Comune di Napoli'),
            { value: 1000.5, type: Number },
          ]),
        ],
      },
    ]).toBlob();
    const files: Array<[string, Uint8Array]> = [['elenco.xlsx', new Uint8Array(await blob.arrayBuffer())]];
    for (const shape of [
      { delimiter: ';', newline: '\n', encoding: 'windows-1252', accents: false },
      { delimiter: ';', newline: '\r\n', encoding: 'utf-8', accents: false },
    ] as Shape[]) {
      files.push([
        'progetti_esteso.csv',
        file(
          shape,
          RAW_ROWS.map((_, k) => k),
        ).bytes,
      ]);
    }
    for (const [name, bytes] of files) {
      for (const chunk of [1, 3, 1000, 65_536]) {
        if (chunk === 1 && bytes.length > 200_000) continue;
        const reused = await importWith(true, bytes, chunk, name, chunked);
        expect(reused).toEqual(await importWith(true, bytes, chunk, name, views));
        if (name.endsWith('.xlsx')) expect(reused.report.files[0]).toMatchObject({ imported: 400 });
      }
    }
  }, 300_000);

  it('reports a file that mixes encodings after the same row', async () => {
    const shape: Shape = { delimiter: ';', newline: '\n', encoding: 'utf-8', accents: true };
    const { bytes, head } = file(
      shape,
      Array.from({ length: 40 }, (_, i) => (i % 3 === 0 ? 0 : 12)),
    );
    const bad = mutate(bytes, head, [{ op: 'insert', at: 2000, bytes: new Uint8Array([0xe0, 0x41]) }]);
    for (const chunk of [3, 500, 65_536]) {
      const out = await same(bad, chunk);
      expect(out.lines.join('\n')).toMatch(/not valid UTF-8/);
    }
  }, 120_000);
});
