import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ACTION_CODES } from '../schema/codes.ts';
import {
  ALLOCATION_COLUMNS,
  PRIORITY_4_TOTAL_CENTS,
  allocationsCsv,
  apportion,
  generateAllocations,
} from './allocations.ts';
import { dayOf } from './dates.ts';
import { CITIES } from './places.ts';

const SEEDS = [20211027, 1, 987654321];

/** 1.234.567,89 -> cents; anything else fails the test. */
const italianCents = (text: string): number => {
  const match = /^(\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(text);
  if (!match) throw new Error(`not an Italian amount: '${text}'`);
  return Number((match[1] ?? '').replaceAll('.', '')) * 100 + Number(match[2]);
};

describe('apportion', () => {
  it('splits a whole exactly, in proportion', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(apportion(100, [3, 1])).toEqual([75, 25]);
    const parts = apportion(842_060_000, [225, 142, 225, 142, 1.5]);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(842_060_000);
  });
});

describe('generateAllocations', () => {
  it.each(SEEDS)('adds up to exactly 842.060.000,00 euro (seed %i)', (seed) => {
    const { rows } = generateAllocations(seed);
    expect(rows.reduce((s, r) => s + r.totalCents, 0)).toBe(PRIORITY_4_TOTAL_CENTS);
    expect(PRIORITY_4_TOTAL_CENTS).toBe(84_206_000_000);
  });

  it.each(SEEDS)('has every city and action once, with EU + national = total (seed %i)', (seed) => {
    const { rows } = generateAllocations(seed);
    expect(rows).toHaveLength(70);
    const keys = new Set(rows.map((r) => `${r.city.istat}/${r.action}`));
    expect(keys.size).toBe(70);
    for (const city of CITIES)
      for (const action of ACTION_CODES) expect(keys.has(`${city.istat}/${action}`)).toBe(true);
    for (const r of rows) {
      expect(r.euCents + r.nationalCents).toBe(r.totalCents);
      expect(r.euCents).toBeGreaterThan(0);
      expect(r.nationalCents).toBeGreaterThan(0);
      expect(Number.isInteger(r.euCents)).toBe(true);
    }
  });

  it.each(SEEDS)('gives less developed cities more than more developed ones, about 225:142 (seed %i)', (seed) => {
    const { rows, euRate } = generateAllocations(seed);
    const perCity = (category: 'LD' | 'MD'): number => {
      const cities = CITIES.filter((c) => c.category === category);
      return rows.filter((r) => r.city.category === category).reduce((s, r) => s + r.totalCents, 0) / cities.length;
    };
    const ratio = perCity('LD') / perCity('MD');
    expect(ratio).toBeGreaterThan(1.35);
    expect(ratio).toBeLessThan(1.85);
    expect(euRate.LD).toBeGreaterThan(euRate.MD);
  });

  it('varies the split across actions from city to city', () => {
    const { rows } = generateAllocations(20211027);
    const shares = CITIES.map((city) => {
      const own = rows.filter((r) => r.city.istat === city.istat);
      const total = own.reduce((s, r) => s + r.totalCents, 0);
      return (own.find((r) => r.action === '4.4.11.1')?.totalCents ?? 0) / total;
    });
    expect(new Set(shares.map((s) => s.toFixed(4))).size).toBeGreaterThan(10);
  });

  it('changes with the seed', () => {
    expect(generateAllocations(1).rows.map((r) => r.totalCents)).not.toEqual(
      generateAllocations(2).rows.map((r) => r.totalCents),
    );
  });
});

describe('allocationsCsv', () => {
  const set = generateAllocations(20211027);
  const text = allocationsCsv(set, 20211027, dayOf('2026-10-31'));

  it("is written like Italian Excel's CSV: BOM, CRLF, semicolons", () => {
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '').includes('\n')).toBe(false);
  });

  it('parses back to the same amounts, to the cent', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...ALLOCATION_COLUMNS]);
    expect(parsed.data).toHaveLength(70);
    parsed.data.forEach((row, i) => {
      const expected = set.rows[i];
      expect(row.azione).toBe(expected?.action);
      expect(italianCents(row.importo_ue ?? '')).toBe(expected?.euCents);
      expect(italianCents(row.importo_nazionale ?? '')).toBe(expected?.nationalCents);
      expect(italianCents(row.importo_totale ?? '')).toBe(expected?.totalCents);
      expect(row.data_riferimento).toBe('31/10/2026');
    });
    const total = parsed.data.reduce((s, row) => s + italianCents(row.importo_totale ?? ''), 0);
    expect(total).toBe(84_206_000_000);
  });

  it('names cities in the ways the importer must match: names, ISTAT codes with leading zeros, aliases', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      delimiter: ';',
      skipEmptyLines: true,
    });
    const written = parsed.data.map((row) => row.citta ?? '');
    expect(written).toContain('Reggio Calabria');
    expect(written.some((c) => /^0\d{5}$/.test(c))).toBe(true);
    expect(written.some((c) => CITIES.some((city) => city.name === c))).toBe(true);
    parsed.data.forEach((row, i) => {
      const city = set.rows[i]?.city;
      expect([city?.name, city?.istat, city?.name.toUpperCase(), city?.alias]).toContain(row.citta);
    });
  });
});
