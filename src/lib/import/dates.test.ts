import { describe, expect, it } from 'vitest';
import { daysBetween, parseDate } from './dates.ts';

describe('parseDate', () => {
  it('reads the three styles into ISO dates', () => {
    for (const s of ['2024-02-29', '29/02/2024', '20240229', '29/2/2024'])
      expect(parseDate(s), s).toEqual({ ok: true, value: '2024-02-29' });
  });
  it('checks the calendar', () => {
    expect(parseDate('31/02/2024').ok).toBe(false);
    expect(parseDate('29/02/2023').ok).toBe(false);
    expect(parseDate('2024-13-01').ok).toBe(false);
    expect(parseDate('20240230').ok).toBe(false);
    expect(parseDate('00/01/2024').ok).toBe(false);
  });
  it('rejects other shapes with advice', () => {
    const p = parseDate('2024/02/01');
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toContain('DD/MM/YYYY');
    expect(parseDate('01-02-2024').ok).toBe(false);
  });
  it('counts days', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});
