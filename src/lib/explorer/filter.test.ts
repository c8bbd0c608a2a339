import { describe, expect, it } from 'vitest';
import type { Row } from './compact.ts';
import { syntheticRows, testRow } from '../../../tests/lib/explorer-rows.ts';
import { filterRows, pageInfo, PAGE_SIZE, sortRows } from './filter.ts';
import { emptyState, parseQuery } from './state.ts';

const row = testRow;

const rows: Row[] = [
  row({ id: 'a', city: 'napoli', cost: 10_000_000, targetGroups: ['giovani', 'donne'], flags: ['cup-missing'] }),
  row({
    id: 'b',
    city: 'napoli',
    objective: 'ESO4.11',
    action: null,
    targetGroups: null,
    cost: 25_000_000,
    status: null,
    indicators: [],
  }),
  row({ id: 'c', city: 'bari', cost: 60_000_000, startDate: '2023-05-01', status: 'Concluso', payments: null }),
  row({
    id: 'd',
    city: 'bari',
    action: '4.4.8.2',
    targetGroups: ['donne'],
    cost: 5_000_000,
    startDate: null,
    title: 'Àbaco',
  }),
  row({
    id: 'e',
    city: 'roma',
    objective: 'ESO4.12',
    action: '4.4.12.1',
    cost: 100_000_000,
    flags: ['stale', 'cup-missing'],
    beneficiary: 'Cooperativa Mensa',
    indicators: ['EECO01', 'EECO16'],
  }),
];

const ids = (rs: readonly Row[]) => rs.map((r) => r.id);

describe('filtering and facet counts', () => {
  it('no filter: every row, counts of the whole list', () => {
    const r = filterRows(rows, emptyState());
    expect(ids(r.rows)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(Object.fromEntries(r.counts.citta)).toEqual({ napoli: 2, bari: 2, roma: 1 });
    expect(Object.fromEntries(r.counts.az)).toEqual({ '4.4.8.1': 2, nc: 1, '4.4.8.2': 1, '4.4.12.1': 1 });
    expect(Object.fromEntries(r.counts.dest)).toEqual({ giovani: 3, donne: 2, nc: 1 });
    expect(Object.fromEntries(r.counts.stato)).toEqual({ 'in-corso': 3, nd: 1, concluso: 1 });
    expect(Object.fromEntries(r.counts.anno)).toEqual({ '2024': 3, '2023': 1, nd: 1 });
    expect(Object.fromEntries(r.counts.qualita)).toEqual({ 'cup-missing': 2, stale: 1 });
    expect(Object.fromEntries(r.counts.ind)).toEqual({ EECO01: 4, EECO16: 1, nd: 1 });
  });

  it('counts a facet given the OTHER filters only', () => {
    const r = filterRows(rows, parseQuery('?citta=napoli&dest=donne'));
    expect(ids(r.rows)).toEqual(['a']);
    // City counts ignore the city filter but apply dest=donne: a (napoli), d (bari).
    expect(Object.fromEntries(r.counts.citta)).toEqual({ napoli: 1, bari: 1 });
    // Target-group counts ignore dest but apply citta=napoli: a (giovani, donne), b (nc).
    expect(Object.fromEntries(r.counts.dest)).toEqual({ giovani: 1, donne: 1, nc: 1 });
    // Other facets count the matching rows only.
    expect(Object.fromEntries(r.counts.ob)).toEqual({ 'ESO4.8': 1 });
  });

  it('OR within a facet, AND across facets; not classified and not available are values', () => {
    expect(ids(filterRows(rows, parseQuery('?citta=napoli,roma')).rows)).toEqual(['a', 'b', 'e']);
    expect(ids(filterRows(rows, parseQuery('?az=nc')).rows)).toEqual(['b']);
    expect(ids(filterRows(rows, parseQuery('?dest=nc,donne')).rows)).toEqual(['a', 'b', 'd']);
    expect(ids(filterRows(rows, parseQuery('?stato=nd')).rows)).toEqual(['b']);
    expect(ids(filterRows(rows, parseQuery('?anno=nd,2023')).rows)).toEqual(['c', 'd']);
    expect(ids(filterRows(rows, parseQuery('?qualita=cup-missing&citta=roma')).rows)).toEqual(['e']);
  });

  it('filters by the indicators a project reports: any of the codes, or none reported', () => {
    expect(ids(filterRows(rows, parseQuery('?ind=EECO16')).rows)).toEqual(['e']);
    expect(ids(filterRows(rows, parseQuery('?ind=EECO16,nd')).rows)).toEqual(['b', 'e']);
    const r = filterRows(rows, parseQuery('?ind=EECO01&citta=napoli'));
    expect(ids(r.rows)).toEqual(['a']);
    // indicator counts given the city filter only: a (EECO01), b (none)
    expect(Object.fromEntries(r.counts.ind)).toEqual({ EECO01: 1, nd: 1 });
    // city counts given the indicator filter only: every row with EECO01
    expect(Object.fromEntries(r.counts.citta)).toEqual({ napoli: 1, bari: 2, roma: 1 });
  });

  it('cost range (inclusive) and text filter apply to results and to every count', () => {
    const r = filterRows(rows, parseQuery('?costo=100000-600000'));
    expect(ids(r.rows)).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(r.counts.citta)).toEqual({ napoli: 2, bari: 1 });
    expect(ids(filterRows(rows, parseQuery('?costo=-100000')).rows)).toEqual(['a', 'd']);
    expect(ids(filterRows(rows, parseQuery('?q=MENSA')).rows)).toEqual(['e']);
    expect(ids(filterRows(rows, parseQuery('?q=abaco')).rows)).toEqual(['d']); // accents folded
    expect(ids(filterRows(rows, parseQuery('?q=C')).rows).length).toBe(5); // code "C" or "Comune"
  });
});

describe('sorting', () => {
  it('sorts by every key, missing values last in both directions', () => {
    expect(ids(sortRows(rows, { key: 'costo', desc: true }))).toEqual(['e', 'c', 'b', 'a', 'd']);
    expect(ids(sortRows(rows, { key: 'costo', desc: false }))).toEqual(['d', 'a', 'b', 'c', 'e']);
    expect(ids(sortRows(rows, { key: 'pagato', desc: true })).at(-1)).toBe('c');
    expect(ids(sortRows(rows, { key: 'pagato', desc: false })).at(-1)).toBe('c');
    expect(ids(sortRows(rows, { key: 'data', desc: false }))).toEqual(['c', 'a', 'b', 'e', 'd']);
    expect(ids(sortRows(rows, { key: 'data', desc: true }))).toEqual(['a', 'b', 'e', 'c', 'd']);
    expect(ids(sortRows(rows, { key: 'titolo', desc: false }))[0]).toBe('d');
  });

  it('is stable and total: ties keep id order whatever the input order or direction', () => {
    const ties = ['q', 'c', 'x', 'a', 'm'].map((id) => row({ id, cost: 5 }));
    for (const desc of [true, false]) {
      expect(ids(sortRows(ties, { key: 'costo', desc }))).toEqual(['a', 'c', 'm', 'q', 'x']);
      expect(ids(sortRows([...ties].reverse(), { key: 'costo', desc }))).toEqual(['a', 'c', 'm', 'q', 'x']);
    }
    const once = sortRows(rows, { key: 'data', desc: true });
    expect(ids(sortRows(once, { key: 'data', desc: true }))).toEqual(ids(once));
    expect(ids(rows)).toEqual(['a', 'b', 'c', 'd', 'e']); // input untouched
  });
});

describe('paging', () => {
  it('clamps the page and slices within bounds', () => {
    expect(pageInfo(0, 1)).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
    expect(pageInfo(0, 7)).toEqual({ page: 1, pages: 1, start: 0, end: 0, total: 0 });
    expect(pageInfo(50, 2)).toEqual({ page: 1, pages: 1, start: 0, end: 50, total: 50 });
    expect(pageInfo(51, 2)).toEqual({ page: 2, pages: 2, start: 50, end: 51, total: 51 });
    expect(pageInfo(120, 99)).toEqual({ page: 3, pages: 3, start: 100, end: 120, total: 120 });
    expect(pageInfo(120, 0).page).toBe(1);
    expect(pageInfo(120, -4).page).toBe(1);
    expect(pageInfo(120, 1.5).page).toBe(1);
    expect(PAGE_SIZE).toBe(50);
  });
});

describe('speed', () => {
  it('filters and counts 50,000 projects in under 100 ms', () => {
    const big = syntheticRows(50_000);
    const states = [
      emptyState(),
      parseQuery(
        '?citta=napoli,bari,roma&az=4.4.8.1,nc&dest=giovani,donne&stato=in-corso&costo=100000-3000000&anno=2024,2025&qualita=cup-missing',
      ),
      parseQuery('?ob=ESO4.11&q=servizi&ord=titolo'),
    ];
    filterRows(big, states[1]!); // warm up the JIT
    for (const st of states) {
      const t0 = performance.now();
      const r = filterRows(big, st);
      const ms = performance.now() - t0;
      expect(ms).toBeLessThan(100);
      // Counts agree with a naive recount of one facet.
      const otherFilters = { ...st, facets: { ...st.facets, citta: [] } };
      const naive = big
        .filter((x) => filterRows([x], otherFilters).rows.length === 1)
        .reduce((m, x) => m.set(x.city, (m.get(x.city) ?? 0) + 1), new Map<string, number>());
      expect(r.counts.citta).toEqual(naive);
    }
    // Sorting the full list stays fast too (not a requirement of the brief, reported for reference).
    const t0 = performance.now();
    sortRows(big, { key: 'titolo', desc: false });
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
