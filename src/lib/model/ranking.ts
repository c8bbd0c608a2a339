// Summaries of a list of labelled amounts: what a chart's text summary says
// (largest, smallest, share of total) and where one item ranks among the others.

export type Item = { key: string; label: string; value: number };

export type Ranking = {
  total: number;
  count: number;
  largest: (Item & { share: number | null }) | null;
  smallest: (Item & { share: number | null }) | null;
  /** Items sorted by value, descending; ties by key. */
  sorted: Item[];
};

export function rank(items: readonly Item[]): Ranking {
  const sorted = [...items].sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const total = sorted.reduce((s, i) => s + i.value, 0);
  const withShare = (i: Item | undefined) => (i ? { ...i, share: total > 0 ? i.value / total : null } : null);
  return {
    total,
    count: sorted.length,
    largest: withShare(sorted[0]),
    smallest: withShare(sorted.length > 1 ? sorted[sorted.length - 1] : undefined),
    sorted,
  };
}

/** 1-based position of key among items by descending value, or null when absent. */
export function positionOf(items: readonly Item[], key: string): number | null {
  const i = rank(items).sorted.findIndex((x) => x.key === key);
  return i < 0 ? null : i + 1;
}

/** Median of numbers (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
