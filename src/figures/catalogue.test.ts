import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadSiteData } from '../data.ts';
import { spendingTimeline } from '../lib/model/timeline.ts';
import { allFigures, everyFigure, homeFigures, indexFigures, projectFigure, projectFigureId } from './catalogue.ts';
import { drawChart } from './chart-pool.ts';
import { matchRoutes, routePath, ROUTES, type RouteName } from '../routes/table.ts';
import { parseQuery, toQuery } from '../lib/explorer/state.ts';
import type { Site } from '../routes/paths.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));
// The fixture's data as the one release of a timeline, so the spending-over-time figures are listed too.
const tl = spendingTimeline([{ date: d.meta.referenceDate ?? '2026-01-01', projects: d.projects }], d.cities.map((c) => c.istat), d.actions.map((a) => a.code));

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
  it("links each mark that stands for a thing to a page that exists, or to a canonical explorer view, and its table row to the same place", () => {
    const site: Site = { data: d, releases: () => [], downloads: () => [], frozenDownloads: () => [], figures: () => [] };
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
