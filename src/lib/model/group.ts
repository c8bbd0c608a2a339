// Grouping in one pass: every index the site needs is built once per build, so that the work
// grows with the number of projects, not with projects x pages.

/** Groups items under every key keyOf returns (an item can sit under several keys, or none). */
export function groupMany<T>(items: Iterable<T>, keyOf: (item: T) => readonly string[] | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const keys = keyOf(it);
    if (!keys) continue;
    for (const k of keys) {
      const list = m.get(k);
      if (list) list.push(it);
      else m.set(k, [it]);
    }
  }
  return m;
}

export function groupBy<T>(items: Iterable<T>, keyOf: (item: T) => string | null): Map<string, T[]> {
  return groupMany(items, (it) => {
    const k = keyOf(it);
    return k === null ? null : [k];
  });
}

/** Projects by descending cost, then by id so that ties are stable. */
export function byCostDesc<T extends { cost: number; id: string }>(a: T, b: T): number {
  return b.cost - a.cost || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The n largest by cost without sorting the whole list when it is long. */
export function topByCost<T extends { cost: number; id: string }>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items].sort(byCostDesc);
  const top: T[] = [];
  for (const it of items) {
    if (top.length < n) {
      top.push(it);
      if (top.length === n) top.sort(byCostDesc);
    } else if (byCostDesc(it, top[n - 1]) < 0) {
      let i = n - 1;
      while (i > 0 && byCostDesc(it, top[i - 1]) < 0) i--;
      top.splice(i, 0, it);
      top.pop();
    }
  }
  return top;
}
