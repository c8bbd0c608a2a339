import { describe, expect, it } from 'vitest';
import { explorer as it_ } from '../i18n/it.ts';
import { renderChart } from '../charts/render.ts';
import type { CompactIndex } from './compact.ts';
import { filterRows } from './filter.ts';
import { allocatedCents, allocationApplies, selectionCharts, type ChartContext } from './charts.ts';
import { parseQuery, toQuery, type State } from './state.ts';
import { SYNTHETIC_CITIES, syntheticRows, testRow } from '../../../tests/lib/explorer-rows.ts';

const row = testRow;
const rows = [
  row({ id: 'a', city: 'napoli', cost: 10_000_000, payments: 5_000_000, commitments: 8_000_000 }),
  row({
    id: 'b',
    city: 'napoli',
    objective: 'ESO4.11',
    action: null,
    cost: 30_000_000,
    payments: null,
    commitments: null,
    status: null,
  }),
  row({ id: 'c', city: 'bari', cost: 60_000_000, payments: 0, commitments: 60_000_000, status: 'Concluso' }),
  row({ id: 'd', city: 'bari', action: '4.4.8.2', cost: 5_000_000 }),
];
const index: Pick<CompactIndex, 'cities' | 'allocations'> = {
  cities: [
    ['napoli', '063049', 'Napoli'],
    ['bari', '072006', 'Bari'],
    ['roma', '058091', 'Roma'],
  ],
  allocations: [
    [0, 'ESO4.8', '4.4.8.1', 100_000_000],
    [0, 'ESO4.11', '4.4.11.1', 200_000_000],
    [1, 'ESO4.8', '4.4.8.1', 400_000_000],
    [1, 'ESO4.8', '4.4.8.2', 50_000_025],
  ],
};
const ctx: ChartContext = {
  lang: 'it',
  s: it_,
  index,
  values: {
    citta: ['napoli', 'bari', 'roma'],
    az: ['4.4.8.1', '4.4.8.2', '4.4.11.1', 'nc'],
    stato: ['non-avviato', 'in-corso', 'concluso', 'liquidato', 'nd'],
  },
  link: (st) => `/progetti/${toQuery(st)}`,
};
const chartsOf = (q: string) => {
  const st = parseQuery(q);
  return selectionCharts(rows, filterRows(rows, st).rows, st, ctx);
};
const chart = (q: string, id: string) => chartsOf(q).charts.find((c) => c.id === id)!;

describe('the allocation in the explorer', () => {
  it('applies to filters by city, objective and classified action only', () => {
    for (const q of ['', '?citta=bari', '?ob=ESO4.8&az=4.4.8.1', '?citta=napoli&ord=titolo&pag=2'])
      expect(allocationApplies(parseQuery(q)), q).toBe(true);
    for (const q of [
      '?dest=giovani',
      '?stato=concluso',
      '?anno=2024',
      '?qualita=stale',
      '?costo=1-',
      '?q=mensa',
      '?az=nc',
      '?citta=bari&az=4.4.8.1,nc',
    ]) {
      expect(allocationApplies(parseQuery(q)), q).toBe(false);
    }
  });

  it('sums the allocations the filters select, in cents', () => {
    expect(allocatedCents(index, parseQuery(''))).toBe(750_000_025);
    expect(allocatedCents(index, parseQuery('?citta=bari'))).toBe(450_000_025);
    expect(allocatedCents(index, parseQuery('?az=4.4.8.1'))).toBe(500_000_000);
    expect(allocatedCents(index, parseQuery('?citta=napoli&ob=ESO4.11'))).toBe(200_000_000);
    expect(allocatedCents(index, parseQuery('?citta=roma'))).toBe(0);
  });

  it('the funnel starts from the allocation where it applies, from the cost elsewhere', () => {
    const withAlloc = chartsOf('?citta=bari');
    expect(withAlloc.allocationApplies).toBe(true);
    expect((withAlloc.charts[0]!.spec.plot.y as { domain: string[] }).domain).toEqual([
      'allocated',
      'cost',
      'committed',
      'paid',
    ]);
    expect(withAlloc.charts[0]!.name).toContain('4,50 M€'); // Bari's allocation, 4.500.000,25 €
    const noAlloc = chartsOf('?stato=concluso');
    expect(noAlloc.allocationApplies).toBe(false);
    expect((noAlloc.charts[0]!.spec.plot.y as { domain: string[] }).domain).toEqual(['cost', 'committed', 'paid']);
    expect(noAlloc.summary).toContain('Costo dei progetti: 0,60 M€');
    expect([withAlloc.charts[0]!.title, noAlloc.charts[0]!.title]).toEqual([
      'Dalla dotazione ai pagamenti',
      'Dal costo ai pagamenti',
    ]);
  });
});

describe('the facet charts', () => {
  it('show each value given the OTHER filters, the selected ones highlighted, each bar toggling its value', () => {
    const city = chart('?citta=napoli', 'citta');
    // Bari stays in the city chart, so that it can be added; Roma has no project and is left out.
    expect(city.bars.map((b) => [b.value, b.selected])).toEqual([
      ['bari', false],
      ['napoli', true],
    ]); // largest cost first
    expect(city.bars.map((b) => b.href)).toEqual(['/progetti/?citta=bari,napoli', '/progetti/']);
    expect(city.bars[1]!.name).toBe(
      'Napoli: 0,40 M€, 2 progetti, 13% pagato. Selezionato: premi per togliere il filtro.',
    );
    // The action chart applies the city filter: Napoli's two projects only.
    const action = chart('?citta=napoli', 'az');
    expect(action.bars.map((b) => [b.value, b.selected, b.href])).toEqual([
      ['4.4.8.1', false, '/progetti/?citta=napoli&az=4.4.8.1'],
      ['nc', false, '/progetti/?citta=napoli&az=nc'],
    ]);
    expect(action.bars[1]!.name).toMatch(/^non classificato: 0,30 M€, 1 progetto/);
    // Statuses in their own order, labelled in the page's language; a selected value with nothing left stays drawn.
    const status = chart('?citta=roma&stato=liquidato', 'stato');
    expect(status.bars).toEqual([
      expect.objectContaining({ value: 'liquidato', selected: true, href: '/progetti/?citta=roma' }),
    ]);
    expect(chart('', 'stato').bars.map((b) => b.value)).toEqual(['in-corso', 'concluso', 'nd']);
    expect(chart('', 'stato').bars[2]!.name).toMatch(/^non disponibile: /);
  });

  it('the bars follow the selection: a filter changes the charts', () => {
    const before = chart('', 'az').spec;
    const after = chart('?citta=bari', 'az').spec;
    expect(JSON.stringify(after.plot.y)).not.toBe(JSON.stringify(before.plot.y));
    expect(chart('?citta=bari', 'az').bars.map((b) => b.value)).toEqual(['4.4.8.1', '4.4.8.2']);
  });
});

describe('speed', () => {
  // Timed against the filtering itself (best of five runs each), so that the machine's load, which
  // slows both alike, does not decide: the charts' data costs one pass over the rows for the facets
  // not set, and one more filtering for each charted facet that is set.
  it('the charts of 50,000 projects cost no more than a few passes of the filtering', () => {
    const big = syntheticRows(50_000);
    const bigCtx: ChartContext = {
      ...ctx,
      index: { cities: SYNTHETIC_CITIES.map((c) => [c, c, c]), allocations: [] },
      values: { ...ctx.values, citta: SYNTHETIC_CITIES },
    };
    const best = (f: () => void) =>
      Math.min(
        ...Array.from({ length: 5 }, () => {
          const t0 = performance.now();
          f();
          return performance.now() - t0;
        }),
      );
    const states: [State, number][] = [
      [parseQuery(''), 2],
      // every charted facet set: three more filterings, one per chart
      [
        parseQuery(
          '?citta=napoli,bari,roma&az=4.4.8.1,nc&dest=giovani,donne&stato=in-corso&costo=100000-3000000&anno=2024,2025&qualita=cup-missing',
        ),
        5,
      ],
    ];
    const report: string[] = [];
    for (const [st, passes] of states) {
      const selection = filterRows(big, st).rows;
      const filtering = best(() => filterRows(big, st));
      const charts = best(() => selectionCharts(big, selection, st, bigCtx));
      report.push(`${charts.toFixed(1)} ms (filtering ${filtering.toFixed(1)} ms)`);
      expect(charts, toQuery(st) || 'no filter').toBeLessThan(passes * filtering + 5);
      // One city bar per city the other filters leave a project in, and per selected city.
      const { charts: drawn } = selectionCharts(big, selection, st, bigCtx);
      const others = filterRows(big, { ...st, facets: { ...st.facets, citta: [] } }).rows;
      expect(drawn.find((c) => c.id === 'citta')!.bars.length).toBe(
        new Set([...others.map((r) => r.city), ...st.facets.citta]).size,
      );
    }
    // Drawing does not depend on the number of projects (at most one bar per city, action or status).
    const { charts } = selectionCharts(big, filterRows(big, states[0]![0]).rows, states[0]![0], bigCtx);
    const draw = best(() => {
      for (const c of charts) renderChart(c.spec, { demonstration: it_.charts.demoMark }, c.id);
    });
    console.log(
      `explorer charts, 50,000 projects, their data: ${report.join('; ')}; drawing the four charts (linkedom) ${draw.toFixed(1)} ms`,
    );
  });
});
