// Money is summed in integer cents so that totals are exact and identical run after run.

/** Euro (at most two decimals) to integer cents. */
export function toCents(euro: number): number {
  return Math.round(euro * 100);
}

/** Sum of euro amounts in cents; nulls are skipped and counted. */
export function sumCents(values: Iterable<number | null>): { cents: number; missing: number } {
  let cents = 0;
  let missing = 0;
  for (const v of values) {
    if (v === null) missing++;
    else cents += toCents(v);
  }
  return { cents, missing };
}

/** part / whole, or null when the whole is zero (no share to speak of). */
export function share(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Cents to euro with two decimals, as written in CSV downloads ("1234.50"). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const a = Math.abs(cents);
  return `${sign}${Math.floor(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}
