import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  METRO_CITIES,
  METRO_PLUS_DESCRIPTION,
  OC_ESTESO_HEADER,
  SYNTHETIC_UPDATE_DATE,
  createRng,
  formatAmount,
  generateRow,
  writeSyntheticExport,
  type SyntheticStats,
} from './synthetic-oc.ts';

const FIXTURE = fileURLToPath(new URL('../../tests/fixtures/opencoesione/progetti_esteso_header.csv', import.meta.url));
const TARGET = 3 * 1024 * 1024;
const SEED = 7;

let dir = '';
let file = '';
let stats: SyntheticStats;
let rows: string[][] = [];

const sha = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(os.tmpdir(), 'synthetic-oc-test-'));
  file = join(dir, 'a.csv');
  stats = await writeSyntheticExport(file, { targetBytes: TARGET, seed: SEED });
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  rows = parsed.data;
  // the file ends with a line end: papaparse gives one empty last record
  expect(rows[rows.length - 1]).toEqual(['']);
  rows.pop();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('synthetic OpenCoesione export', () => {
  it('has the 199 columns of the real "progetti esteso" header, in order', () => {
    expect(OC_ESTESO_HEADER).toHaveLength(199);
    expect(rows[0]).toEqual([...OC_ESTESO_HEADER]);
    expect(OC_ESTESO_HEADER).toEqual(readFileSync(FIXTURE, 'utf8').trim().split(';'));
  });

  it('writes exactly 199 cells on every row, and as many rows as it says', () => {
    expect(rows.length - 1).toBe(stats.rows);
    expect(stats.rows).toBeGreaterThan(500);
    for (const r of rows) expect(r.length).toBe(199);
    expect(stats.priority4Rows + stats.priority5Rows + stats.otherRows).toBe(stats.rows);
  });

  it('stops just past the requested size', () => {
    expect(statSync(file).size).toBe(stats.bytes);
    expect(stats.bytes).toBeGreaterThanOrEqual(TARGET);
    expect(stats.bytes - TARGET).toBeLessThan(16 * 1024);
  });

  it('is deterministic for a seed, and differs between seeds', async () => {
    const again = join(dir, 'b.csv');
    const other = join(dir, 'c.csv');
    await writeSyntheticExport(again, { targetBytes: TARGET, seed: SEED });
    await writeSyntheticExport(other, { targetBytes: TARGET, seed: SEED + 1 });
    expect(sha(again)).toBe(sha(file));
    expect(sha(other)).not.toBe(sha(file));
  });

  it('looks like a real export: quoting, decimal commas, dates, multi-values, line breaks, empties', () => {
    const raw = readFileSync(file, 'utf8');
    expect(raw.startsWith('\ufeff"COD_LOCALE_PROGETTO";"CUP";')).toBe(true);
    const idx = (name: string): number => OC_ESTESO_HEADER.indexOf(name);
    const data = rows.slice(1);
    const col = (name: string): string[] => data.map((r) => r[idx(name)] as string);
    expect(col('OC_CODICE_PROGRAMMA').some((v) => v.includes(':::'))).toBe(true);
    expect(col('DEN_REGIONE').some((v) => v.includes(':::'))).toBe(true);
    expect(col('COD_COMUNE').some((v) => v.includes(':::'))).toBe(true);
    expect(col('OC_SINTESI_PROGETTO').some((v) => v.includes('\n'))).toBe(true);
    expect(col('OC_SINTESI_PROGETTO').some((v) => v.length > 800)).toBe(true);
    expect(col('OC_TITOLO_PROGETTO').some((v) => v.includes('"'))).toBe(true);
    for (const t of col('OC_TITOLO_PROGETTO')) {
      expect(t.length).toBeGreaterThanOrEqual(40);
      expect(t.length).toBeLessThanOrEqual(200);
    }
    for (const v of col('FINANZ_TOTALE_PUBBLICO')) expect(v).toMatch(/^\d+,\d\d$/);
    for (const v of col('DATA_AGGIORNAMENTO')) expect(v).toBe(SYNTHETIC_UPDATE_DATE);
    for (const v of col('OC_DATA_INIZIO_PROGETTO')) expect(v).toMatch(/^(\d{8})?$/);
    const cells = data.flat();
    expect(cells.filter((c) => c.trim() === '').length / cells.length).toBeGreaterThan(0.3);
    expect(new Set(col('COD_LOCALE_PROGETTO')).size).toBe(data.length);
    // numbers are not quoted, text is
    expect(raw).toMatch(/;\d+,\d\d;/);
    expect(raw).toMatch(/;"In corso";|;"Concluso";|;"Liquidato";|;"Non avviato";/);
  });

  it('writes valid PN Metro Plus rows: priority 4 (or 5), objective, one of the 14 cities, amounts, link', () => {
    const idx = (name: string): number => OC_ESTESO_HEADER.indexOf(name);
    const metro = rows
      .slice(1)
      .filter((r) => (r[idx('OC_DESCRIZIONE_PROGRAMMA')] as string).includes(METRO_PLUS_DESCRIPTION));
    expect(metro.length).toBe(stats.priority4Rows + stats.priority5Rows);
    expect(metro.length).toBeGreaterThan(0);
    const istat = new Map(METRO_CITIES.map((c) => [c.istat, c.name]));
    for (const r of metro) {
      const get = (name: string): string => r[idx(name)] as string;
      expect(get('OC_COD_ARTICOLAZ_PROGRAMMA')).toMatch(/^(P?0*[45])$/);
      expect(['ESO4.8', 'ESO4.11', 'ESO4.12']).toContain(get('OC_COD_SUBARTICOLAZ_PROGRAMMA'));
      const comune = get('COD_COMUNE');
      expect(comune).toMatch(/^\d{9}$/);
      expect(istat.get(comune.slice(3))).toBe(get('DEN_COMUNE'));
      const total = Number(get('FINANZ_TOTALE_PUBBLICO').replace(',', '.'));
      const committed = Number(get('IMPEGNI').replace(',', '.'));
      const paid = Number((get('TOT_PAGAMENTI') || '0').replace(',', '.'));
      expect(total).toBeGreaterThan(0);
      expect(committed).toBeLessThanOrEqual(total);
      expect(paid).toBeLessThanOrEqual(committed);
      expect(['Non avviato', 'In corso', 'Concluso', 'Liquidato']).toContain(get('OC_STATO_PROGETTO'));
      expect(get('OC_LINK')).toBe(`www.opencoesione.gov.it/progetti/${get('COD_LOCALE_PROGETTO').toLowerCase()}`);
      const start = get('OC_DATA_INIZIO_PROGETTO');
      const end = get('OC_DATA_FINE_PROGETTO_EFFETTIVA');
      if (start && end) expect(end >= start).toBe(true);
      if (end) expect(end <= SYNTHETIC_UPDATE_DATE).toBe(true);
    }
  });

  it('makes about one row in a hundred PN Metro Plus, most of them Priority 4', () => {
    const rng = createRng(12345);
    let p4 = 0;
    let p5 = 0;
    const n = 10_000;
    for (let i = 0; i < n; i++) {
      const { cls } = generateRow(rng, i);
      if (cls === 'p4') p4++;
      else if (cls === 'p5') p5++;
    }
    expect((p4 + p5) / n).toBeGreaterThan(0.007);
    expect((p4 + p5) / n).toBeLessThan(0.013);
    expect(p4).toBeGreaterThan(p5 * 2);
    expect(p5).toBeGreaterThan(0);
  });

  it('formats amounts with a decimal comma and no thousands separator', () => {
    expect(formatAmount(182665407)).toBe('1826654,07');
    expect(formatAmount(5)).toBe('0,05');
    expect(formatAmount(0)).toBe('0,00');
  });
});
