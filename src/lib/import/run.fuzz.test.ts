// Property: whatever bytes arrive, the importer ends with a report (never an exception), its
// errors are in FILE:ROW:COLUMN form, and every file's counts add up. Reproduce a failure with
// FUZZ_SEED=<seed printed by fast-check> npx vitest run src/lib/import/run.fuzz.test.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';
import { ImportConfig } from '../schema/index.ts';
import { loadReference } from '../reference/load.ts';
import { issueLine } from './report.ts';
import { runImport } from './run.ts';
import { chunked } from '../../../tests/lib/chunks.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const reference = loadReference(join(ROOT, 'data/reference'));
const config = ImportConfig.parse(JSON.parse(readFileSync(join(ROOT, 'data/config/import.json'), 'utf8')));
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const SEED = process.env['FUZZ_SEED'] === undefined ? undefined : Number(process.env['FUZZ_SEED']);

// Valid files to mutate: every fixture CSV.
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const seeds: Uint8Array[] = readdirSync(FIXTURES)
  .flatMap((d) =>
    readdirSync(join(FIXTURES, d))
      .filter((f) => f.endsWith('.csv'))
      .map((f) => new Uint8Array(readFileSync(join(FIXTURES, d, f)))),
  )
  .filter((b) => b.length > 0);

let ran = 0;
async function check(files: Array<{ name: string; bytes: Uint8Array; chunk: number }>) {
  ran++;
  const lines: string[] = [];
  const { report, dataset } = await runImport({
    files: files.map((f) => ({ name: f.name, open: () => chunked(f.bytes, f.chunk) })),
    reference,
    config,
    manifest: null,
    onError: (i) => lines.push(issueLine(i)),
  });
  expect(report.ok).toBe(report.errors.length === 0);
  expect(dataset === null).toBe(!report.ok);
  for (const f of report.files) expect(f.imported + f.skipped + f.rejected, f.file).toBe(f.rows);
  for (const e of [...report.errors, ...report.warnings]) {
    expect(e.row === null || (Number.isInteger(e.row) && e.row >= 1)).toBe(true);
    expect(e.message.length).toBeGreaterThan(0);
    expect(e.message).not.toMatch(/\n\s+at |TypeError|RangeError|undefined|NaN|\[object/);
  }
  expect(lines).toHaveLength(report.errors.length + report.omitted.errors);
  for (const l of lines) expect(l).toMatch(/^[^\n]*:(\d+)?:[^\n]*: \S/);
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.constantFrom(
      ...['"', '\0', ';', ',', '\r', '\n', '\ufeff', 'Ã¨', '\u00e8', '=cmd|', '1.234', '31/02/2024', '"";"'].map((s) =>
        new TextEncoder().encode(s),
      ),
    ),
  }),
  fc.record({ op: fc.constant('latin1' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('dupline' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swapdelim' as const) }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(src: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = Buffer.from(src);
  for (const m of ms) {
    const at = b.length === 0 || !('at' in m) ? 0 : m.at % (b.length + 1);
    if (m.op === 'truncate') b = b.subarray(0, at);
    else if (m.op === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)]);
    else if (m.op === 'latin1') b = Buffer.concat([b.subarray(0, at), Buffer.from([0xe0, 0xe8]), b.subarray(at)]);
    else if (m.op === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.n)]);
    else if (m.op === 'dupline') {
      const s = b.indexOf(0x0a, at);
      const e = s === -1 ? -1 : b.indexOf(0x0a, s + 1);
      if (e !== -1) b = Buffer.concat([b.subarray(0, e + 1), b.subarray(s + 1, e + 1), b.subarray(e + 1)]);
    } else if (m.op === 'swapdelim') {
      const i = b.indexOf(0x3b, b.indexOf(0x0a));
      if (i !== -1) b[i] = 0x2c;
    }
  }
  return new Uint8Array(b);
}

describe('the importer under bad input', () => {
  it(`survives ${RUNS} random and mutated files`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            source: fc.oneof(
              { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }) },
              {
                weight: 4,
                arbitrary: fc
                  .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 4 }))
                  .map(([s, ms]) => mutate(s, ms)),
              },
            ),
            chunk: fc.integer({ min: 1, max: 4096 }),
            name: fc.constantFrom('a.csv', 'b.csv', 'c.csv', 'd.csv'),
          }),
          { minLength: 1, maxLength: 3 },
        ),
        async (files) => {
          const unique = [
            ...new Map(files.map((f) => [f.name, { name: f.name, bytes: f.source, chunk: f.chunk }])).values(),
          ];
          await check(unique);
        },
      ),
      { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
    );
    expect(ran).toBeGreaterThanOrEqual(RUNS);
  }, 300_000);

  it('survives mutated .xlsx workbooks of the official list', async () => {
    const t = (value: string) => ({ value, type: String });
    const blob = await writeXlsxFile([
      {
        sheet: 'Elenco',
        data: [
          ['Programma', 'CodiceLocaleProgetto', 'TitoloProgetto', 'NomeBeneficiario', 'CostoTotale'].map(t),
          [
            t('PN METRO PLUS'),
            t('NA4.4.12.1a'),
            t('Housing First'),
            t('Comune di Napoli'),
            { value: 1000.5, type: Number },
          ],
          [t('PN METRO PLUS'), t('BA4.4.8.1b'), t('Orti'), t('Rossi Maria'), { value: 12, type: Number }],
        ],
      },
    ]).toBlob();
    const workbook = new Uint8Array(await blob.arrayBuffer());
    await check([{ name: 'e.xlsx', bytes: workbook, chunk: 4096 }]);
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 8192 }),
        async (ms, chunk) => {
          await check([{ name: 'e.xlsx', bytes: mutate(workbook, ms), chunk }]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 10), ...(SEED === undefined ? {} : { seed: SEED }) },
    );
  }, 240_000);

  it('handles the awkward shapes named in the issue', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const header = 'codice;titolo;citta;azione;beneficiario;costo_totale\n';
    const cases: Record<string, Uint8Array> = {
      'bom-alone.csv': new Uint8Array([0xef, 0xbb, 0xbf]),
      'empty.csv': new Uint8Array(0),
      'header-only.csv': enc(header),
      'nul.csv': enc(header + 'A\0;T;Bari;4.4.8.1;E;1\n'),
      'cut-quote.csv': enc(header + 'A;"T;Bari'),
      'wide.csv': enc(Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(';') + '\n' + ';'.repeat(9_999) + '\n'),
      'big-cell.csv': enc(header + `A;${'x'.repeat(10 * 1024 * 1024)};Bari;4.4.8.1;E;1\n`),
      'dup-header.csv': enc('codice;codice;titolo;citta;azione;beneficiario;costo_totale\nA;A;T;Bari;4.4.8.1;E;1\n'),
      'mixed-delims.csv': enc(header + 'A,T,Bari,4.4.8.1,E,1\nB;T;Bari;4.4.8.1;E;1\n'),
    };
    for (const [name, bytes] of Object.entries(cases)) await check([{ name, bytes, chunk: 65536 }]);
  }, 60_000);
});
