import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadSiteData } from '../data.ts';
import { spendingTimeline } from '../lib/model/timeline.ts';
import {
  actionFigures,
  allFigures,
  beneficiaryFigures,
  cityFigures,
  everyFigure,
  homeFigures,
  indexFigures,
  indicatorFigure,
  projectFigure,
  projectFigureId,
} from './catalogue.ts';
import { groupIndicators } from '../lib/model/indicators.ts';
import { drawChart } from './chart-pool.ts';
import { matchRoutes, routePath, ROUTES, type RouteName } from '../routes/table.ts';
import { parseQuery, toQuery } from '../lib/explorer/state.ts';
import type { Site } from '../routes/paths.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));
// The fixture's data as the one release of a timeline, so the spending-over-time figures are listed too.
const tl = spendingTimeline(
  [{ date: d.meta.referenceDate ?? '2026-01-01', projects: d.projects }],
  d.cities.map((c) => c.istat),
  d.actions.map((a) => a.code),
);

describe('the catalogue of figures', () => {
  it('gives every figure a unique id, a summary and a table with a cell for every column', () => {
    for (const lang of ['it', 'en'] as const) {
      const all = [...everyFigure(d, lang, tl)];
      expect(new Set(all.map((f) => f.id)).size).toBe(all.length);
      for (const f of all) {
        expect(f.summary.length, f.id).toBeGreaterThan(10);
        for (const row of f.table.rows) expect(row.length, f.id).toBe(f.table.head.length);
      }
    }
  });
  it("lists the site's figures, then every project's", () => {
    const ids = [...everyFigure(d, 'it', tl)].map((f) => f.id);
    expect(ids).toEqual([...allFigures(d, 'it', tl).map((f) => f.id), ...d.projects.map((p) => projectFigureId(p))]);
    expect(projectFigure(d.projects[0]!, 'en').id).toBe(projectFigureId(d.projects[0]!));
  });
  it('writes amounts in each language', () => {
    const it = homeFigures(d, 'it').funnel.summary;
    const en = homeFigures(d, 'en').funnel.summary;
    expect(it).toMatch(/M€/);
    expect(en).toMatch(/€[\d.,]+m/);
  });
  it("draws a group's indicators as the share achieved, from the group's own sums, and nothing when none is reported", () => {
    const c = d.cities.find((x) => d.byCity.get(x.istat)!.indicators.totals.length > 0)!;
    const g = d.byCity.get(c.istat)!.indicators;
    const codes = new Set(d.byCity.get(c.istat)!.projects.map((p) => p.code));
    const own = d.indicators.filter((i) => codes.has(i.project));
    const fig = cityFigures(d, c.slug, 'it').indicators!;
    expect(fig.id).toBe(`city-${c.slug}-indicators`);
    expect(fig.table.rows).toHaveLength(g.totals.length);
    for (const [i, t] of g.totals.entries()) {
      const mine = own.filter((x) => x.code === t.code && x.unit === t.unit);
      expect(Number(fig.table.rows[i]![2]!.raw)).toBeCloseTo(
        mine.reduce((n, x) => n + (x.planned ?? 0), 0),
        6,
      );
      expect(Number(fig.table.rows[i]![3]!.raw)).toBeCloseTo(
        mine.reduce((n, x) => n + (x.achieved ?? 0), 0),
        6,
      );
    }
    const spec = fig.spec();
    expect(spec.height).toBeGreaterThan(g.totals.length * 40);
    expect(
      indicatorFigure({ id: 'x', lang: 'en', page: { name: 'home' }, title: 'x' }, groupIndicators([], ['A'])),
    ).toBeNull();
    // The catalogue lists exactly the indicator figures that have something to show.
    const listed = allFigures(d, 'en', tl)
      .filter((f) => f.id.endsWith('-indicators'))
      .map((f) => f.id);
    const expected = [
      ...d.actions
        .filter((a) => d.byAction.get(a.code)!.indicators.totals.length)
        .map((a) => actionFigures(d, a.code, 'en').indicators!.id),
    ];
    for (const id of expected) expect(listed).toContain(id);
    expect(listed.length).toBe(new Set(listed).size);
  });
  it('gives each legal entity its money by city and by action, adding up to its own totals', () => {
    const r = d.beneficiaryRanking.find((x) => x.beneficiary.kind === 'legal')!;
    const figs = beneficiaryFigures(d, r.beneficiary.id, 'en');
    for (const [fig, size] of [
      [figs.byCity, r.byCity.size],
      [figs.byAction, r.byAction.size],
    ] as const) {
      expect(fig.table.rows).toHaveLength(size);
      const cost = fig.table.rows.reduce((n, row) => n + Math.round(Number(row[1]!.raw) * 100), 0);
      expect(cost).toBe(r.funnel.cost);
    }
    const ids = allFigures(d, 'it', tl).map((f) => f.id);
    expect(ids).toContain(`beneficiary-${r.beneficiary.id}-by-city`);
    expect(ids.some((id) => id.startsWith('beneficiary-persone-fisiche'))).toBe(false);
    // One pair per entity: no SVG, PNG or share image, like a project's chart.
    expect(figs.byCity.images).toBe(false);
    expect(figs.byAction.images).toBe(false);
  });
  it('links each mark that stands for a thing to a page that exists, or to a canonical explorer view, and its table row to the same place', () => {
    const site: Site = {
      data: d,
      releases: () => [],
      downloads: () => [],
      frozenDownloads: () => [],
      figures: () => [],
    };
    const pages = new Set<string>();
    for (const lang of ['it', 'en'] as const) {
      for (const [name, def] of Object.entries(ROUTES)) {
        if (!('view' in def)) continue;
        const each = 'each' in def ? def.each(site, lang) : [{}];
        for (const args of each) pages.add(routePath(lang, { name: name as RouteName, ...args } as never));
      }
    }
    let links = 0;
    for (const lang of ['it', 'en'] as const) {
      for (const f of allFigures(d, lang, tl)) {
        const svg = drawChart(f, null).svg;
        const marks = [...svg.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
        const cells = f.table.rows.flatMap((r) => r.flatMap((c) => (c.href ? [c.href] : [])));
        expect(marks.sort(), f.id).toEqual([...cells].sort());
        for (const h of marks) {
          const [path, query] = h.split('?');
          expect(pages.has(path!), `${f.id}: ${h}`).toBe(true);
          if (query !== undefined) {
            expect(matchRoutes(path!)[0]?.name).toBe('projects');
            expect(toQuery(parseQuery(query)), h).toBe(`?${query}`);
          }
          links++;
        }
        // every link has its title
        expect(svg.match(/<a /g)?.length ?? 0).toBe(svg.match(/<a [^>]*><(rect|circle)[^>]*><title>/g)?.length ?? 0);
      }
    }
    expect(links).toBeGreaterThan(100);
  });
});

describe('the comparison of beneficiaries', () => {
  it('never names a natural person: they are one row, "Persone fisiche", without a link, or a sentence when not among the first', () => {
    for (const lang of ['it', 'en'] as const) {
      const f = indexFigures(d, lang).beneficiaries;
      const natural = d.beneficiaryRanking.find((r) => r.beneficiary.kind === 'natural');
      const names = f.table.rows.map((r) => r[0]!);
      for (const b of d.beneficiaries.filter((x) => x.kind === 'natural')) expect(b.name).toBeNull();
      const row = names.find((c) => c.text === (lang === 'it' ? 'Persone fisiche' : 'Natural persons'));
      if (row) expect(row.href).toBeUndefined();
      if (natural && !row) expect(f.summary).toMatch(/Persone fisiche|persone fisiche|Natural persons/);
      expect(names.filter((c) => c.href).every((c) => /\/beneficia(ri|ries)\/[^/]+\/$/.test(c.href!))).toBe(true);
    }
  });
});
