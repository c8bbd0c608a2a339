// The importer's command as a user runs it: a subprocess on fixture folders, checked on exit
// code, stderr lines, report.json and what happens to the output folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/universal';

const ROOT = resolve(import.meta.dirname, '..');
const OUTPUT_FILES = [
  'allocations.json',
  'beneficiaries.json',
  'indicators.json',
  'meta.json',
  'projects.json',
  'reference.json',
  'report.json',
];
const FIXTURES = join(ROOT, 'tests/fixtures/import');

type Expected = {
  exit: number;
  files: unknown[];
  errors: Array<[string, number | null, string | null, string]>;
  warnings: Array<[string, number | null, string | null, string]>;
  stderr?: string[];
  contains?: string[];
  totals?: { allocations: number; projects: number };
  referenceDate?: string;
  projects?: Record<string, Record<string, unknown>>;
  beneficiaries?: Array<Record<string, unknown>>;
  indicators?: Array<Record<string, unknown>>;
  /** Text that must appear in no output file, report or message (natural persons' names and tax codes). */
  absent?: string[];
};
type Issue = { file: string; row: number | null; column: string | null; message: string };

export function runImporter(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts/data.ts'), ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Imports `input` into `output`, which must succeed, and returns the import's report.json. */
function importOk(input: string, output: string) {
  const r = runImporter(['--input', input, '--output', output]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(join(output, 'report.json'), 'utf8'));
}

function sameIssues(actual: Issue[], expected: Expected['errors']) {
  expect(actual.map((i) => [i.file, i.row, i.column])).toEqual(expected.map(([f, r, c]) => [f, r, c]));
  actual.forEach((issue, n) => expect(issue.message).toContain(expected[n]![3]));
}

describe.each(readdirSync(FIXTURES))('fixture %s', (name) => {
  const dir = join(FIXTURES, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;

  it('reports what the fixture expects', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const input = join(tmp, 'in');
    cpSync(dir, input, { recursive: true });
    const output = join(tmp, 'out');
    mkdirSync(output);
    writeFileSync(join(output, 'previous.json'), 'the previous import\n');
    const { code, stdout, stderr } = runImporter([
      '--input',
      input,
      '--output',
      output,
      '--report',
      join(tmp, 'report.json'),
    ]);
    expect(code, stderr).toBe(expected.exit);
    for (const s of expected.absent ?? []) {
      expect(stdout + stderr + readFileSync(join(tmp, 'report.json'), 'utf8')).not.toContain(s);
      for (const f of readdirSync(output)) expect(readFileSync(join(output, f), 'utf8'), f).not.toContain(s);
    }

    const report = JSON.parse(readFileSync(join(tmp, 'report.json'), 'utf8'));
    expect(report.ok).toBe(expected.exit === 0);
    expect(report.files).toEqual(expected.files);
    sameIssues(report.errors, expected.errors);
    sameIssues(report.warnings, expected.warnings);
    for (const f of report.files) expect(f.imported + f.skipped + f.rejected).toBe(f.rows);

    // stderr: one FILE:ROW:COLUMN: line per error
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => !/error\(s\): nothing was written/.test(l) && l !== '');
    expect(lines).toHaveLength(report.errors.length);
    for (const l of expected.stderr ?? []) expect(stderr).toContain(l);

    if (expected.exit !== 0) {
      // The output folder is exactly as it was.
      expect(readdirSync(output)).toEqual(['previous.json']);
      expect(readFileSync(join(output, 'previous.json'), 'utf8')).toBe('the previous import\n');
      return;
    }
    expect(readdirSync(output).sort()).toEqual(OUTPUT_FILES);
    expect(JSON.parse(readFileSync(join(output, 'report.json'), 'utf8'))).toEqual(report);
    const projects = JSON.parse(readFileSync(join(output, 'projects.json'), 'utf8')) as Array<Record<string, unknown>>;
    const allocations = JSON.parse(readFileSync(join(output, 'allocations.json'), 'utf8')) as Array<{ total: number }>;
    const meta = JSON.parse(readFileSync(join(output, 'meta.json'), 'utf8'));
    expect(meta.demonstration).toBe(false);
    expect(meta.files.map((f: { file: string }) => f.file)).toEqual(report.files.map((f: { file: string }) => f.file));
    if (expected.totals) {
      const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
      expect(sum(allocations.map((a) => a.total))).toBe(expected.totals.allocations);
      expect(sum(projects.map((p) => p['cost'] as number))).toBe(expected.totals.projects);
    }
    if (expected.referenceDate) expect(meta.referenceDate).toBe(expected.referenceDate);
    const text = readFileSync(join(output, 'projects.json'), 'utf8');
    for (const s of expected.contains ?? []) expect(text).toContain(JSON.stringify(s).slice(1, -1));
    expect(text).not.toMatch(/Ã[\u0080-\u00bf]/);
    for (const [code, fields] of Object.entries(expected.projects ?? {})) {
      expect(projects.find((p) => p['code'] === code)).toMatchObject(fields);
    }
    if (expected.beneficiaries)
      expect(JSON.parse(readFileSync(join(output, 'beneficiaries.json'), 'utf8'))).toMatchObject(
        expected.beneficiaries,
      );
    if (expected.indicators)
      expect(JSON.parse(readFileSync(join(output, 'indicators.json'), 'utf8'))).toMatchObject(expected.indicators);
  });
});

describe('the command line', () => {
  it('exits 2 with a usage line on an unknown flag or a missing input folder', () => {
    for (const args of [['--bogus'], ['--input', '/nonexistent/folder'], ['--input']]) {
      const r = runImporter(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('usage: npm run data --');
    }
  });

  it('gives byte-identical output for the same input', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const input = join(FIXTURES, 'ok-awkward');
    importOk(input, join(tmp, 'a'));
    importOk(input, join(tmp, 'b'));
    for (const f of readdirSync(join(tmp, 'a'))) {
      expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
    }
  });

  it('reads the real OpenCoesione export: 290 rows, none of PN Metro Plus', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const input = join(tmp, 'in');
    mkdirSync(input);
    cpSync(join(ROOT, 'tests/fixtures/opencoesione/progetti_beni_confiscati_20181031.csv'), join(input, 'oc.csv'));
    const report = importOk(input, join(tmp, 'out'));
    expect(report.files).toEqual([
      {
        file: 'oc.csv',
        kind: 'opencoesione',
        encoding: 'utf-8',
        delimiter: ';',
        rows: 290,
        imported: 0,
        skipped: 290,
        rejected: 0,
      },
    ]);
    expect(JSON.parse(readFileSync(join(tmp, 'out/meta.json'), 'utf8')).sources[0].licence).toBe('CC BY 4.0');
  });

  it('marks files as demonstration only when the manifest lists them with the same hash', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const input = join(tmp, 'in');
    cpSync(join(FIXTURES, 'ok-awkward'), input, { recursive: true });
    const sha = (f: string) =>
      JSON.parse(readFileSync(join(tmp, 'out/meta.json'), 'utf8')).files.find((x: { file: string }) => x.file === f);
    importOk(input, join(tmp, 'out'));
    const manifest = {
      demonstration: true,
      generator: 'scripts/demo-data.ts',
      seed: 1,
      projects: 3,
      note: 'Dati dimostrativi.',
      files: { 'dotazioni.csv': sha('dotazioni.csv').sha256, 'progetti.csv': '0'.repeat(64) },
    };
    writeFileSync(join(input, 'demonstration.json'), JSON.stringify(manifest));
    importOk(input, join(tmp, 'out'));
    const meta = JSON.parse(readFileSync(join(tmp, 'out/meta.json'), 'utf8'));
    expect(meta.demonstration).toBe(true);
    expect(meta.demonstrationNote).toBe('Dati dimostrativi.');
    expect(sha('dotazioni.csv').demonstration).toBe(true);
    expect(sha('progetti.csv').demonstration).toBe(false); // a real export in its place is not labelled
  });

  it('keeps each successful import as a release named by its reference date', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const r = runImporter([
      '--input',
      join(FIXTURES, 'ok-awkward'),
      '--output',
      join(tmp, 'out'),
      '--releases',
      join(tmp, 'releases'),
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(join(tmp, 'releases'))).toEqual(['2026-10-31']);
    expect(readdirSync(join(tmp, 'releases/2026-10-31')).sort()).toEqual(
      OUTPUT_FILES.filter((f) => f !== 'report.json'),
    );
    expect(
      readFileSync(join(tmp, 'releases/2026-10-31/projects.json')).equals(readFileSync(join(tmp, 'out/projects.json'))),
    ).toBe(true);
    // a failed import keeps no release
    const bad = runImporter([
      '--input',
      join(FIXTURES, 'malformed-values'),
      '--output',
      join(tmp, 'out2'),
      '--releases',
      join(tmp, 'releases2'),
    ]);
    expect(bad.code).toBe(1);
    expect(existsSync(join(tmp, 'releases2'))).toBe(false);
  });

  it('reads the official list of operations as an .xlsx workbook (first sheet), numbers exactly as stored', async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    const input = join(tmp, 'in');
    mkdirSync(input);
    const t = (value: string) => ({ value, type: String });
    const header = [
      'CodiceProgramma',
      'Programma',
      'CodiceLocaleProgetto',
      'TitoloProgetto',
      'NomeBeneficiario',
      'CodiceFiscaleBeneficiario',
      'CostoTotale',
      'DataInizioOperazione',
      'ObiettivoSpecifico',
    ].map(t);
    const row = (code: string, name: string, taxCode: string | number, cost: number, start: Date | null) => [
      t('2021XXX'),
      t('PN Metro Plus e città medie Sud 2021-2027'),
      t(code),
      t(`Operazione ${code}`),
      t(name),
      typeof taxCode === 'number' ? { value: taxCode, type: Number } : t(taxCode),
      { value: cost, type: Number },
      start === null ? null : { value: start, type: Date, format: 'dd/mm/yyyy' },
      t(''),
    ];
    const blob = await writeXlsxFile([
      {
        sheet: 'Elenco',
        data: [
          header,
          row('PA4.4.11.1a', 'Comune di Palermo (fittizio)', 999000010, 1234567.89, new Date(Date.UTC(2025, 2, 31))),
          row('PA4.4.11.1b', 'Neri Paolo', 'NRIPLA70A01Z999K', 0.1, null),
        ],
      },
      { sheet: 'Note', data: [[t('codice;titolo')]] },
    ]).toBlob();
    writeFileSync(join(input, 'elenco.xlsx'), new Uint8Array(await blob.arrayBuffer()));
    writeFileSync(join(input, '~$elenco.xlsx'), 'Excel lock file');
    const report = importOk(input, join(tmp, 'out'));
    expect(report.files).toEqual([
      {
        file: 'elenco.xlsx',
        kind: 'operations',
        encoding: null,
        delimiter: null,
        rows: 2,
        imported: 2,
        skipped: 0,
        rejected: 0,
      },
    ]);
    expect(report.warnings.map((w: Issue) => [w.row, w.column])).toContainEqual([2, 'CodiceFiscaleBeneficiario']); // lost leading zeros
    const projects = JSON.parse(readFileSync(join(tmp, 'out/projects.json'), 'utf8'));
    expect(projects[0]).toMatchObject({
      code: 'PA4.4.11.1a',
      city: '082053',
      action: '4.4.11.1',
      cost: 123_456_789,
      startDate: '2025-03-31',
      beneficiaryTaxCode: '00999000010',
    });
    expect(projects[1]).toMatchObject({
      code: 'PA4.4.11.1b',
      cost: 10,
      beneficiary: 'Persona fisica',
      beneficiaryTaxCode: null,
    });
    for (const f of readdirSync(join(tmp, 'out')))
      expect(readFileSync(join(tmp, 'out', f), 'utf8')).not.toMatch(/Neri|NRIPLA/);

    // An old .xls (or anything else named .xlsx) is a file error, not a crash.
    writeFileSync(join(input, 'elenco.xlsx'), Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'));
    const bad = runImporter(['--input', input, '--output', join(tmp, 'out2')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^elenco\.xlsx::: the file is (an old \.xls workbook|not a readable \.xlsx workbook)/m);
  });

  it('fails on an empty input folder, leaving no output', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'import-'));
    mkdirSync(join(tmp, 'in'));
    const r = runImporter(['--input', join(tmp, 'in'), '--output', join(tmp, 'out')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no .csv or .xlsx file');
    expect(existsSync(join(tmp, 'out'))).toBe(false);
  });
});
