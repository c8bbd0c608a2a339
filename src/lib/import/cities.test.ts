import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadReference } from '../reference/load.ts';
import { CityMatcher } from './cities.ts';

const ref = loadReference(resolve(import.meta.dirname, '../../../data/reference'));
const m = new CityMatcher(ref.cities);
const istat = (s: string) => {
  const r = m.match(s);
  return r.city?.istat ?? null;
};

describe('CityMatcher', () => {
  it('finds every city by ISTAT code, name and slug', () => {
    for (const c of ref.cities) {
      expect(istat(c.istat)).toBe(c.istat);
      expect(istat(c.name.toUpperCase())).toBe(c.istat);
      expect(istat(c.slug)).toBe(c.istat);
    }
  });
  it('ignores case and accents and knows both names of Reggio', () => {
    expect(istat('Reggio Calabria')).toBe('080063');
    expect(istat('REGGIO DI CALABRIA')).toBe('080063');
    expect(istat('  reggio-calabria ')).toBe('080063');
    expect(istat('NÀPOLI')).toBe('063049');
  });
  it('restores leading zeros lost by a spreadsheet, with a note', () => {
    const r = m.match('1272');
    expect(r.city?.name).toBe('Torino');
    expect('note' in r && r.note).toMatch(/leading zeros/);
  });
  it('reads OpenCoesione 9-digit COD_COMUNE', () => {
    expect(m.matchComune('015063049').city?.name).toBe('Napoli');
    expect(m.matchComune('001001272').city?.name).toBe('Torino');
    expect(m.matchComune('016072007').city).toBeNull();
  });
  it('refuses other municipalities with a plain message', () => {
    const r = m.match('Pescara');
    expect(r.city).toBeNull();
    expect('message' in r && r.message).toBe("'Pescara' is not one of the 14 cities of Priority 4");
    expect(m.match('068028').city).toBeNull();
  });
});
