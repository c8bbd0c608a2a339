// Dates as YYYY-MM-DD, DD/MM/YYYY or YYYYMMDD (OpenCoesione's integers), checked against the
// calendar: 31/02/2024 is an error, not 2 March.
import type { Parsed } from './numbers.ts';

const FORMS: Array<[RegExp, (m: RegExpMatchArray) => [string, string, string]]> = [
  [/^(\d{4})-(\d{1,2})-(\d{1,2})$/, (m) => [m[1]!, m[2]!, m[3]!]],
  [/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, (m) => [m[3]!, m[2]!, m[1]!]],
  [/^(\d{4})(\d{2})(\d{2})$/, (m) => [m[1]!, m[2]!, m[3]!]],
];

export function parseDate(raw: string): Parsed<string> {
  const s = raw.trim();
  for (const [re, parts] of FORMS) {
    const m = s.match(re);
    if (!m) continue;
    const [y, mo, d] = parts(m).map(Number) as [number, number, number];
    const iso = `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    if (y < 1900 || y > 2100) return { ok: false, message: `'${raw}': the year ${y} is out of range` };
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo))
      return { ok: false, message: `'${raw}' is not a date in the calendar` };
    return { ok: true, value: iso };
  }
  return { ok: false, message: `'${raw}' is not a date: write it as DD/MM/YYYY, YYYY-MM-DD or YYYYMMDD` };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whole days from a to b (ISO dates). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}
