import readXlsxFile from 'read-excel-file/universal';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetById, rowsOf } from './datasets.ts';
import { ABOUT_SHEET, DATA_SHEET, pinZipTimes, writeXlsx } from './xlsx.ts';
import { data, pub } from '../../../tests/lib/downloads-fixture.ts';

const def = datasetById('projects');
const rows = rowsOf(def, data);

async function read(bytes: Uint8Array) {
  const sheets = await readXlsxFile(new Blob([bytes as Uint8Array<ArrayBuffer>]));
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.data]));
}

describe('XLSX download', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('has a header row, numeric cells for numbers and text for text', async () => {
    const book = await read(await writeXlsx(def, rows, pub));
    expect(Object.keys(book)).toEqual([DATA_SHEET, ABOUT_SHEET]);
    const [header, ...body] = book[DATA_SHEET]!;
    expect(header).toEqual(def.columns.map((c) => c.name));
    const at = (r: number, n: string) => body[r]![header!.indexOf(n)];
    expect(at(0, 'cost')).toBe(1234.5);
    expect(at(0, 'eu_funding')).toBe(987654.32);
    expect(at(0, 'source_row')).toBe(2);
    expect(at(0, 'city')).toBe('063049'); // leading zero kept: text cell
    expect(at(0, 'title')).toBe('Città più accessibile: "servizi"; sì, già');
    expect(at(0, 'description')).toBe('Riga uno\nRiga due, con virgola; e punto e virgola');
    expect(at(0, 'payments')).toBeNull();
    expect(at(0, 'demonstration')).toBe(true);
  });

  it('neutralises formula injection in text cells while negative numbers stay numbers', async () => {
    const negative = rows.map((r, i) => (i === 1 ? { ...r, cost: -2, lat: -3.5 } : r));
    const book = await read(await writeXlsx(def, negative, pub));
    const [header, ...body] = book[DATA_SHEET]!;
    const at = (r: number, n: string) => body[r]![header!.indexOf(n)];
    expect(at(1, 'title')).toBe(`'=HYPERLINK("http://evil.example","clic")`);
    expect(at(1, 'description')).toBe("'+1");
    expect(at(1, 'beneficiary')).toBe("'-2+3");
    expect(at(1, 'cup')).toBe("'@SUM(A1:A2)");
    expect(at(2, 'title')).toBe("'\tTab iniziale");
    expect(typeof at(2, 'description')).toBe('string');
    expect(String(at(2, 'description')).startsWith("'")).toBe(true);
    expect(at(1, 'cost')).toBe(-2);
    expect(typeof at(1, 'cost')).toBe('number');
    expect(at(1, 'lat')).toBe(-3.5);
  });

  it('has an About sheet with the dictionary, licence, source, reference date and demonstration flag', async () => {
    const about = (await read(await writeXlsx(def, rows, pub)))[ABOUT_SHEET]!;
    const text = about
      .flat()
      .filter((v) => v !== null)
      .map(String)
      .join('\n');
    expect(text).toContain('Progetti (operazioni) / Projects (operations)');
    expect(text).toContain('Dati dimostrativi – Demonstration data. Dati inventati per le prove.');
    expect(text).toContain('https://creativecommons.org/licenses/by/4.0/');
    expect(text).toContain('CC0 1.0');
    expect(text).toContain('2026-10-31');
    expect(text).toContain(pub.publisher);
    const dict = about.findIndex((r) => r[0] === 'Colonna / Column');
    expect(about.slice(dict + 1).map((r) => r[0])).toEqual(def.columns.map((c) => c.name));
    expect(about.find((r) => r[0] === 'status')![3]).toBe('Non avviato, In corso, Concluso, Liquidato');
  });

  it('gives the same bytes for the same data, whatever the clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-01-02T03:04:05Z'));
    const a = await writeXlsx(def, rows, pub);
    vi.setSystemTime(new Date('2031-06-07T08:09:10Z'));
    const b = await writeXlsx(def, rows, pub);
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    // the entries carry the reference date: DOS date of 2026-10-31 at offset 12 of the first local header
    const view = new DataView(a.buffer, a.byteOffset);
    expect(view.getUint16(12, true)).toBe(((2026 - 1980) << 9) | (10 << 5) | 31);
  });

  it('pinZipTimes refuses what is not a zip', () => {
    expect(() => pinZipTimes(new Uint8Array(100), null)).toThrow(/not a zip/);
  });
});
