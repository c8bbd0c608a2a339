import { describe, expect, it } from 'vitest';
import { spendingTimeline, type TimelineRelease } from './timeline.ts';

const p = (
  city: string,
  action: '4.4.8.1' | '4.4.12.1' | null,
  commitments: number | null,
  payments: number | null,
) => ({ city, action, commitments, payments });

describe('spendingTimeline', () => {
  const releases: TimelineRelease[] = [
    { date: '2025-06-30', projects: [p('063049', '4.4.8.1', 10_010, 1_000), p('072006', '4.4.12.1', 5_000, null)] },
    {
      date: '2025-10-31',
      projects: [
        p('063049', '4.4.8.1', 20_000, 4_025),
        p('072006', '4.4.12.1', 8_000, 2_000),
        p('063049', null, 500, 500),
      ],
    },
  ];
  const tl = spendingTimeline(releases, ['063049', '072006', '058091'], ['4.4.8.1', '4.4.12.1', '4.4.11.1']);

  it('sums commitments and payments of each release, in cents, counting projects without a figure apart', () => {
    expect(tl.total).toEqual([
      { date: '2025-06-30', projects: 2, committed: 15_010, paid: 1_000, missingCommitments: 0, missingPayments: 1 },
      { date: '2025-10-31', projects: 3, committed: 28_500, paid: 6_525, missingCommitments: 0, missingPayments: 0 },
    ]);
  });

  it('gives every city and action one point per release, zero where it had no project', () => {
    expect(tl.byCity.get('063049')!.map((x) => [x.date, x.committed, x.paid])).toEqual([
      ['2025-06-30', 10_010, 1_000],
      ['2025-10-31', 20_500, 4_525],
    ]);
    expect(tl.byCity.get('058091')!.map((x) => [x.projects, x.committed])).toEqual([
      [0, 0],
      [0, 0],
    ]);
    // the unclassified project counts in its city and the total, in no action
    expect(tl.byAction.get('4.4.8.1')!.map((x) => x.committed)).toEqual([10_010, 20_000]);
    expect(tl.byAction.get('4.4.11.1')!.map((x) => x.projects)).toEqual([0, 0]);
  });

  it('the cities add up to the total at every date', () => {
    for (const [i, t] of tl.total.entries()) {
      expect([...tl.byCity.values()].reduce((s, l) => s + l[i]!.paid, 0)).toBe(t.paid);
    }
  });

  it('refuses releases out of date order', () => {
    expect(() => spendingTimeline([...releases].reverse(), [], [])).toThrow(/date order/);
  });
});
