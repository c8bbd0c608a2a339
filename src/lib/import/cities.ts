// Finds one of Priority 4's 14 cities from what an input file says: an ISTAT code (leading zeros
// kept, or lost by a spreadsheet), OpenCoesione's 9-digit COD_COMUNE (region + ISTAT), or a
// name in any case, with or without accents, or one of the aliases in data/reference.
import type { City } from '../schema/index.ts';
import { fold } from './text.ts';

export type CityMatch = { city: City; note?: string } | { city: null; message: string };

export class CityMatcher {
  readonly #byIstat = new Map<string, City>();
  readonly #byName = new Map<string, City>();

  constructor(cities: City[]) {
    for (const c of cities) {
      this.#byIstat.set(c.istat, c);
      for (const n of [c.name, c.slug, ...c.aliases]) this.#byName.set(fold(n), c);
    }
  }

  match(raw: string): CityMatch {
    const s = raw.trim();
    if (/^\d+$/.test(s)) {
      if (s.length === 6) {
        const city = this.#byIstat.get(s);
        return city
          ? { city }
          : { city: null, message: `'${s}' is not the ISTAT code of one of the 14 cities of Priority 4` };
      }
      if (s.length === 9) return this.matchComune(s);
      if (s.length >= 4 && s.length < 6) {
        const city = this.#byIstat.get(s.padStart(6, '0'));
        if (city)
          return {
            city,
            note: `ISTAT code '${s}' has lost its leading zeros (read as ${city.istat}); format the column as text`,
          };
      }
      return {
        city: null,
        message: `'${s}' is not an ISTAT municipality code (6 digits, e.g. 063049) of one of the 14 cities`,
      };
    }
    const city = this.#byName.get(fold(s));
    return city ? { city } : { city: null, message: `'${s}' is not one of the 14 cities of Priority 4` };
  }

  /** OpenCoesione COD_COMUNE: 3 digits of region + 6 of ISTAT code. */
  matchComune(code: string): CityMatch {
    const s = code.trim();
    const city = s.length >= 6 ? this.#byIstat.get(s.slice(-6)) : undefined;
    return city ? { city } : { city: null, message: `'${s}' is not a municipality among the 14 cities of Priority 4` };
  }

  byIstat(istat: string): City | undefined {
    return this.#byIstat.get(istat);
  }
}
