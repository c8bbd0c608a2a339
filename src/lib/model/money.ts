// Money is held and summed in integer euro cents from the importer to the page, so totals are exact
// and identical run after run. It becomes euro once for display (the i18n money formatters) and
// once for the published downloads (centsToEuro, centsToDecimal).

/** Cents in a million euro: the charts draw money in millions. */
export const CENTS_PER_MILLION = 1e8;

/** Sum of amounts in cents; nulls are skipped and counted. */
export function sumCents(values: Iterable<number | null>): { cents: number; missing: number } {
  let cents = 0;
  let missing = 0;
  for (const v of values) {
    if (v === null) missing++;
    else cents += v;
  }
  return { cents, missing };
}

/** part / whole, or null when the whole is zero (no share to speak of). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/**
 * Integer cents to euro, for the published downloads: the nearest double, which prints to the cent below 10^13 euro.
 */
export function centsToEuro(cents: number): number;
export function centsToEuro(cents: number | null): number | null;
export function centsToEuro(cents: number | null): number | null {
  return cents === null ? null : cents / 100;
}

/** Cents to euro with two decimals, as written in CSV downloads ("1234.50"). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
