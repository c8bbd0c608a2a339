import { describe, expect, it } from 'vitest';
import { centsToDecimal, centsToEuro, share, sumCents } from './money.ts';
import { funnelOf, funnelSteps } from './funnel.ts';
import { groupBy, groupMany, topByCost, byCostDesc } from './group.ts';
import { median, positionOf, rank } from './ranking.ts';

describe('money', () => {
  it('sums cents and counts the missing ones', () => {
    expect(sumCents([10, 20, null]).cents).toBe(30);
    expect(sumCents([10, 20, null]).missing).toBe(1);
  });
  it('gives the downloads euro from cents, exactly', () => {
    expect(centsToEuro(84_206_000_000)).toBe(842_060_000);
    expect(centsToEuro(123_405)).toBe(1234.05);
    expect(centsToEuro(null)).toBeNull();
  });
  it('writes decimals for CSV', () => {
    expect(centsToDecimal(123_405)).toBe('1234.05');
    expect(centsToDecimal(5)).toBe('0.05');
  });
  it('has no share of zero', () => expect(share(1, 0)).toBeNull());
});

describe('funnel', () => {
  const ps = [
    { cost: 10_000, commitments: 8_000, payments: 2_050 },
    { cost: 5_000, commitments: null, payments: null },
  ];
  it('adds known figures and counts missing ones', () => {
    const f = funnelOf(ps, 100_000);
    expect(f).toEqual({
      allocated: 100_000,
      cost: 15_000,
      committed: 8_000,
      paid: 2_050,
      projects: 2,
      missingCommitments: 1,
      missingPayments: 1,
    });
  });
  it('gives steps as shares of the allocation', () => {
    const s = funnelSteps(funnelOf(ps, 100_000));
    expect(s.map((x) => x.key)).toEqual(['allocated', 'committed', 'paid']);
    expect(s[2].shareOfBase).toBeCloseTo(0.0205);
  });
  it('uses cost as base without an allocation', () => {
    const s = funnelSteps(funnelOf(ps));
    expect(s.map((x) => x.key)).toEqual(['cost', 'committed', 'paid']);
    expect(s[0].shareOfBase).toBe(1);
  });
});

describe('group', () => {
  it('groups under several keys and skips nulls', () => {
    const m = groupMany([{ k: ['a', 'b'] }, { k: null }, { k: ['a'] }], (x) => x.k);
    expect(m.get('a')?.length).toBe(2);
    expect(m.get('b')?.length).toBe(1);
    expect(groupBy([1, 2, 3], (x) => (x % 2 ? 'odd' : null)).get('odd')).toEqual([1, 3]);
  });
  it('keeps the top n by cost, ties by id', () => {
    const items = Array.from({ length: 200 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      cost: (i * 37) % 101,
    }));
    expect(topByCost(items, 10)).toEqual([...items].sort(byCostDesc).slice(0, 10));
  });
});

describe('ranking', () => {
  const items = [
    { key: 'a', label: 'A', value: 10 },
    { key: 'b', label: 'B', value: 30 },
    { key: 'c', label: 'C', value: 60 },
  ];
  it('finds largest, smallest and shares', () => {
    const r = rank(items);
    expect(r.largest?.key).toBe('c');
    expect(r.largest?.share).toBeCloseTo(0.6);
    expect(r.smallest?.key).toBe('a');
    expect(r.total).toBe(100);
  });
  it('ranks and takes medians', () => {
    expect(positionOf(items, 'b')).toBe(2);
    expect(median([3, 1, 2, 10])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
