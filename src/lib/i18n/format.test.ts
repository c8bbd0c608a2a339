import { describe, expect, it } from 'vitest';
import { formatDate, formatEuro, formatMillions, formatMoney, formatOrdinal, formatPercent } from './format.ts';

describe('format', () => {
  it('writes the Priority 4 total in each language', () => {
    expect(formatMillions(84_206_000_000, 'it')).toBe('842,06 milioni di euro');
    expect(formatMillions(84_206_000_000, 'en')).toBe('€842.06 million');
  });
  it('writes exact euro with grouping', () => {
    expect(formatEuro(123_456_789, 'it')).toBe('1.234.567,89 €');
    expect(formatEuro(123_456_789, 'en')).toBe('€1,234,567.89');
    expect(formatEuro(500_000, 'it')).toBe('5.000,00 €');
  });
  it('switches unit at one million', () => {
    expect(formatMoney(99_999_999, 'en')).toBe('€999,999.99');
    expect(formatMoney(100_000_000, 'en')).toBe('€1.00 million');
  });
  it('formats dates without a clock', () => {
    expect(formatDate('2026-06-30', 'it')).toBe('30 giugno 2026');
    expect(formatDate('2026-01-01', 'en')).toBe('1 January 2026');
  });
  it('formats percentages and ordinals', () => {
    expect(formatPercent(0.284, 'it')).toBe('28,4%');
    expect(formatOrdinal(2, 'en')).toBe('2nd');
    expect(formatOrdinal(12, 'en')).toBe('12th');
    expect(formatOrdinal(3, 'it')).toBe('3ª');
  });
});
