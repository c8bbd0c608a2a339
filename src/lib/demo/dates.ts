// Calendar arithmetic on whole days counted from 1970-01-01 (UTC), so that no time zone or
// clock can change a generated date.

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO date; throws on a date that does not exist (2026-02-30). */
export function dayOf(iso: string): number {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: '${iso}'`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`no such date: '${iso}'`);
  }
  return Math.round(ms / MS_PER_DAY);
}

function parts(day: number): { year: number; month: number; date: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function isoOf(day: number): string {
  const { year, month, date } = parts(day);
  return `${pad(year, 4)}-${pad(month)}-${pad(date)}`;
}

/** The Italian way, as Excel writes it: 31/10/2026. */
export function italianOf(day: number): string {
  const { year, month, date } = parts(day);
  return `${pad(date)}/${pad(month)}/${pad(year, 4)}`;
}

/** Same day `months` later (or earlier), clamped to the end of a shorter month. */
export function addMonths(day: number, months: number): number {
  const { year, month, date } = parts(day);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(date, lastDay)) / MS_PER_DAY);
}
