// Amounts as Italian officials' spreadsheets write them. The four accepted styles are those of
// the README's input formats: 1234567.89, 1234567,89, 1.234.567,89, 1,234,567.89, with or
// without €. An amount is never guessed: "1.234" could be 1234 or 1.234, so it is an error.

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const GROUPED = /^\d{1,3}(\d{3})*$/;

/** A number as written: sign, whole part and decimals, each as digits; or why it is not one. */
type Split = { ok: true; sign: 1 | -1; intPart: string; decPart: string } | { ok: false; message: string };

function splitNumber(raw: string): Split {
  let s = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/€/g, '')
    .replace(/^EUR|EUR$/i, '');
  let sign: 1 | -1 = 1;
  if (s.startsWith('-')) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  if (s === '' || !/^[\d.,]+$/.test(s) || !/\d/.test(s)) {
    return { ok: false, message: `'${raw}' is not a number` };
  }
  const dots = count(s, '.');
  const commas = count(s, ',');
  let intPart: string;
  let decPart = '';
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal mark, the other groups thousands.
    const decimalMark = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const groupMark = decimalMark === ',' ? '.' : ',';
    if (count(s, decimalMark) !== 1)
      return { ok: false, message: `'${raw}' is not a number: '${decimalMark}' appears more than once` };
    [intPart, decPart] = s.split(decimalMark) as [string, string];
    const groups = intPart.split(groupMark);
    if (!GROUPED.test(groups.join('')) || !validGroups(groups)) {
      return { ok: false, message: `'${raw}' is not a number: thousands must be grouped by three digits` };
    }
    intPart = groups.join('');
  } else if (dots + commas === 0) {
    intPart = s;
  } else {
    const mark = dots > 0 ? '.' : ',';
    const parts = s.split(mark);
    if (parts.length > 2) {
      // Repeated mark: it can only separate thousands.
      if (!validGroups(parts))
        return { ok: false, message: `'${raw}' is not a number: thousands must be grouped by three digits` };
      intPart = parts.join('');
    } else {
      const [before, after] = parts as [string, string];
      if (after.length === 3 && before.length >= 1 && before.length <= 3 && before !== '0') {
        return {
          ok: false,
          message: `'${raw}' is ambiguous: it could be ${before}${after} or ${before} and ${after} thousandths; write it with its decimals (${before}.${after},00 or ${before},${after}.00) or with no separator (${before}${after})`,
        };
      }
      intPart = before;
      decPart = after;
    }
  }
  if (intPart === '' && decPart === '') return { ok: false, message: `'${raw}' is not a number` };
  return { ok: true, sign, intPart, decPart };
}

/**
 * Parses an amount in euro into integer cents. Returns an error message in plain words when
 * the cell is not a number, is ambiguous, or has more than two decimals.
 */
export function parseCents(raw: string): Parsed<number> {
  const n = splitNumber(raw);
  if (!n.ok) return n;
  if (n.decPart.length > 2)
    return { ok: false, message: `'${raw}' has more than two decimals: amounts in euro go to the cent` };
  if (n.intPart.length > 13) return { ok: false, message: `'${raw}' is too large to be an amount in euro` };
  const cents = Number(n.intPart || '0') * 100 + Number((n.decPart + '00').slice(0, 2));
  return { ok: true, value: n.sign * cents };
}

/** A quantity (an indicator's value: persons, square metres...): the same styles, up to six decimals. */
export function parseQuantity(raw: string): Parsed<number> {
  const n = splitNumber(raw);
  if (!n.ok) return n;
  if (n.decPart.length > 6) return { ok: false, message: `'${raw}' has more than six decimals` };
  if (n.intPart.length > 12) return { ok: false, message: `'${raw}' is too large for an indicator value` };
  return { ok: true, value: n.sign * Number(`${n.intPart || '0'}.${n.decPart || '0'}`) };
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.every((g) => /^\d{3}$/.test(g));
}

/** Degrees of latitude or longitude: one decimal mark, dot or comma; no thousands. */
export function parseDegrees(raw: string): Parsed<number> {
  const s = raw.trim().replace(',', '.');
  if (!/^[-+]?\d{1,3}(\.\d+)?$/.test(s))
    return { ok: false, message: `'${raw}' is not a coordinate in decimal degrees` };
  return { ok: true, value: Number(s) };
}
