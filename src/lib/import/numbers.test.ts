import { describe, expect, it } from 'vitest';
import { parseCents, parseDegrees, parseQuantity } from './numbers.ts';

const ok = (raw: string) => {
  const p = parseCents(raw);
  if (!p.ok) throw new Error(p.message);
  return p.value;
};
const err = (raw: string) => {
  const p = parseCents(raw);
  return p.ok ? `parsed as ${p.value}` : p.message;
};

describe('parseCents', () => {
  it('reads the four styles of the contract, with or without €', () => {
    for (const s of [
      '1234567.89',
      '1234567,89',
      '1.234.567,89',
      '1,234,567.89',
      '€ 1.234.567,89',
      '1.234.567,89 €',
      '1 234 567,89',
    ]) {
      expect(ok(s), s).toBe(123456789);
    }
  });

  it('reads integers, one or two decimals, and thousands without decimals', () => {
    expect(ok('0')).toBe(0);
    expect(ok('100')).toBe(10000);
    expect(ok('10,5')).toBe(1050);
    expect(ok('0,05')).toBe(5);
    expect(ok('1.234.567')).toBe(123456700);
    expect(ok('1,234,567')).toBe(123456700);
    expect(ok('1234,567'.replace('567', '56'))).toBe(123456);
    expect(ok('-12,50')).toBe(-1250);
  });

  it('never guesses: a lone group of three after one separator is ambiguous', () => {
    expect(err('1.234')).toMatch(/ambiguous/);
    expect(err('1,234')).toMatch(/ambiguous/);
    expect(err('999.000')).toMatch(/ambiguous/);
    // not ambiguous: a leading zero, or four digits before the mark, cannot be thousands
    expect(err('0,123')).toMatch(/more than two decimals/);
    expect(err('1234.567')).toMatch(/more than two decimals/);
  });

  it('rejects what is not a number, with the cell in the message', () => {
    expect(err('12.5OO,00')).toBe("'12.5OO,00' is not a number");
    expect(err('')).toMatch(/not a number/);
    expect(err('€')).toMatch(/not a number/);
    expect(err('1.2.3')).toMatch(/grouped by three/);
    expect(err('1.234,56.7')).toMatch(/more than once|grouped/);
    expect(err('12,34.567,89')).toMatch(/not a number/);
    expect(err('1e5')).toMatch(/not a number/);
    expect(err('99999999999999,00')).toMatch(/too large/);
  });
});

describe('parseDegrees', () => {
  it('reads a dot or a comma as decimal mark', () => {
    expect(parseDegrees('40,8518')).toEqual({ ok: true, value: 40.8518 });
    expect(parseDegrees('-14.2681')).toEqual({ ok: true, value: -14.2681 });
    expect(parseDegrees('1.234.5').ok).toBe(false);
  });
});

describe('parseQuantity', () => {
  it('reads indicator values in the same styles as amounts, up to six decimals', () => {
    expect(parseQuantity('120')).toEqual({ ok: true, value: 120 });
    expect(parseQuantity('1.250,75')).toEqual({ ok: true, value: 1250.75 });
    expect(parseQuantity('0,125')).toEqual({ ok: true, value: 0.125 });
    expect(parseQuantity('2.5')).toEqual({ ok: true, value: 2.5 });
    expect(parseQuantity('1.234')).toMatchObject({ ok: false, message: expect.stringContaining('ambiguous') });
    expect(parseQuantity('1,1234567')).toMatchObject({ ok: false, message: expect.stringContaining('six decimals') });
    expect(parseQuantity('dieci')).toMatchObject({ ok: false });
  });
});
