// Filtering, facet counts, sorting and paging of the explorer's rows. Pure.
//
// Facet counts follow the usual faceted-search rule: the count shown next to a value is the number
// of projects that would match if that value were (also) ticked, given every OTHER filter. All
// counts come from ONE pass over the rows: a row that passes every filter counts for every facet;
// a row that fails exactly one facet counts only for that facet; a row failing two or more, or
// failing a non-facet filter (cost range, text), counts nowhere.
import { fold, type Row } from './compact.ts';
import { FACETS, type Facet, type Sort, type State } from './state.ts';

export type FacetCounts = Record<Facet, Map<string, number>>;
export type FilterResult = { rows: Row[]; counts: FacetCounts };

function emptyCounts(): FacetCounts {
  return {
    citta: new Map(),
    ob: new Map(),
    az: new Map(),
    dest: new Map(),
    stato: new Map(),
    anno: new Map(),
    qualita: new Map(),
    ind: new Map(),
  };
}

function bump(m: Map<string, number>, values: readonly string[]): void {
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
}

/** The rows matching the state's filters (in their given order) and the facet counts. */
export function filterRows(rows: readonly Row[], st: State): FilterResult {
  const sets: (Set<string> | null)[] = FACETS.map((f) => (st.facets[f].length ? new Set(st.facets[f]) : null));
  const countsList = FACETS.map(() => new Map<string, number>());
  // The range is in whole euro (the URL's), the rows in cents.
  const min = st.cost.min === null ? null : st.cost.min * 100;
  const max = st.cost.max === null ? null : st.cost.max * 100;
  const q = fold(st.q.trim());
  const out: Row[] = [];
  const nf = FACETS.length;
  for (const r of rows) {
    if (min !== null && r.cost < min) continue;
    if (max !== null && r.cost > max) continue;
    if (q && !r.text.includes(q)) continue;
    let failed = -1;
    let fails = 0;
    for (let k = 0; k < nf; k++) {
      const set = sets[k];
      if (!set) continue;
      const vs = r.fv[k]!;
      let hit = false;
      for (let j = 0; j < vs.length; j++)
        if (set.has(vs[j]!)) {
          hit = true;
          break;
        }
      if (!hit) {
        failed = k;
        if (++fails > 1) break;
      }
    }
    if (fails === 0) {
      out.push(r);
      for (let k = 0; k < nf; k++) bump(countsList[k]!, r.fv[k]!);
    } else if (fails === 1) {
      bump(countsList[failed]!, r.fv[failed]!);
    }
  }
  const counts = emptyCounts();
  FACETS.forEach((f, k) => (counts[f] = countsList[k]!));
  return { rows: out, counts };
}

const collator = new Intl.Collator('it', { sensitivity: 'base', numeric: true });

function byId(a: Row, b: Row): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Compares two nullable values; nulls always go last, whatever the direction. */
function nullable<T>(a: T | null, b: T | null, desc: boolean, cmp: (x: T, y: T) => number): number | null {
  if (a === null && b === null) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const c = cmp(a, b);
  return desc ? -c : c;
}

const num = (x: number, y: number) => x - y;
const str = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * A sorted copy. Ties are broken by id (ascending), so the order is total: the same state gives
 * the same rows on every page load, in either language. Missing values (no payments, no start
 * date) sort last in both directions.
 */
export function sortRows(rows: readonly Row[], sort: Sort): Row[] {
  const { key, desc } = sort;
  const cmp = (a: Row, b: Row): number => {
    let c: number | null;
    switch (key) {
      case 'costo':
        c = nullable(a.cost, b.cost, desc, num);
        break;
      case 'pagato':
        c = nullable(a.payments, b.payments, desc, num);
        break;
      case 'data':
        c = nullable(a.startDate, b.startDate, desc, str);
        break;
      case 'titolo':
        c = nullable(a.title, b.title, desc, (x, y) => collator.compare(x, y));
        break;
    }
    return c || byId(a, b);
  };
  return [...rows].sort(cmp);
}

export const PAGE_SIZE = 50;

export type PageInfo = { page: number; pages: number; start: number; end: number; total: number };

/** The page actually shown (clamped to 1..pages) and its slice [start, end) of `total` rows. */
export function pageInfo(total: number, page: number, size = PAGE_SIZE): PageInfo {
  const pages = Math.max(1, Math.ceil(total / size));
  const p = Number.isInteger(page) ? Math.min(Math.max(1, page), pages) : 1;
  const start = (p - 1) * size;
  return { page: p, pages, start, end: Math.min(total, start + size), total };
}
