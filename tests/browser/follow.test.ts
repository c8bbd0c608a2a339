// What a reader follows and cites (issue 14): the spending curve of a city and of the priority,
// whose table must hold the sums of the kept releases (computed here again from
// data/releases/, not from the site's code); the footer of every page type, in both languages,
// with the data's date and its report and declaration links; and the schema.org Dataset JSON-LD
// of the downloads page, parsed and checked against the datasets actually published.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from '../../src/lib/downloads/datasets.ts';
import { FORMAT_IDS } from '../../src/lib/downloads/formats.ts';
import {
  cspViolations,
  guardedContext,
  isDemonstration,
  openBrowser,
  pickPages,
  servedSite,
  visit,
} from './harness.ts';
import { ROOT } from './site.ts';

const site = servedSite();
const RELEASES = join(ROOT, 'data/releases');
const meta = JSON.parse(readFileSync(join(site.dist, '..', 'data', 'meta.json'), 'utf8')) as {
  referenceDate: string;
  demonstration: boolean;
};
/** The kept releases of the same kind as the site's data (as the site picks them), oldest first. */
const releaseDates = readdirSync(RELEASES)
  .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
  .sort()
  .filter(
    (d) =>
      (JSON.parse(readFileSync(join(RELEASES, d, 'meta.json'), 'utf8')) as { demonstration: boolean }).demonstration ===
      meta.demonstration,
  );

type P = { city: string; action: string | null; commitments: number | null; payments: number | null };
/** Cents of commitments and payments of the projects `keep` accepts, in each release. */
function sums(keep: (p: P) => boolean): Array<{ date: string; committed: number; paid: number; projects: number }> {
  return releaseDates.map((date) => {
    const ps = (JSON.parse(readFileSync(join(RELEASES, date, 'projects.json'), 'utf8')) as P[]).filter(keep);
    const c = (v: number | null) => v ?? 0; // releases hold integer cents
    return {
      date,
      committed: ps.reduce((s, p) => s + c(p.commitments), 0),
      paid: ps.reduce((s, p) => s + c(p.payments), 0),
      projects: ps.length,
    };
  });
}
/** "1.234.567,89 €" (it) or "€1,234,567.89" (en) in cents. */
function cents(text: string, lang: 'it' | 'en'): number {
  const digits = lang === 'it' ? text.replace(/[^\d,]/g, '').replace(',', '.') : text.replace(/[^\d.]/g, '');
  return Math.round(Number(digits) * 100);
}

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('spending over time', () => {
  it('the bundled data keeps enough releases for a curve', () => {
    expect(releaseDates.length).toBeGreaterThanOrEqual(6);
  });

  it.for([
    { path: '/citta/napoli/', id: 'city-napoli-over-time', lang: 'it', istat: '063049' },
    { path: '/en/cities/napoli/', id: 'city-napoli-over-time', lang: 'en', istat: '063049' },
    { path: '/citta/bari/', id: 'city-bari-over-time', lang: 'it', istat: '072006' },
    { path: '/', id: 'spending-over-time', lang: 'it', istat: null },
    { path: '/azioni/4.4.12.1/', id: 'action-4.4.12.1-over-time', lang: 'it', istat: null, action: '4.4.12.1' },
  ] as const)("$path: the curve has a marker per release and its table holds the releases' sums", async (c) => {
    const expected = sums(
      (p) => (c.istat === null || p.city === c.istat) && (!('action' in c) || p.action === c.action),
    );
    const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
    try {
      const page = await visit(context, site, c.path);
      const fig = page.locator(`figure#${c.id.replace(/\./g, '\\.')}`);
      expect(await fig.count()).toBe(1);
      const rows = await fig
        .locator('table tbody tr')
        .evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent ?? '')));
      expect(rows.length).toBe(expected.length);
      for (const [i, e] of expected.entries()) {
        const [, committed, paid, projects] = rows[i]!;
        expect(cents(committed!, c.lang), `${e.date} committed`).toBe(e.committed);
        expect(cents(paid!, c.lang), `${e.date} paid`).toBe(e.paid);
        expect(Number(projects!.replace(/\D/g, '')), `${e.date} projects`).toBe(e.projects);
      }
      // the CSV download carries the same numbers, with the release dates as written in the data
      const csv = readFileSync(
        join(site.dist, c.lang === 'it' ? 'dati/grafici' : 'en/data/charts', `${c.id}.csv`),
        'utf8',
      )
        .trimEnd()
        .split('\r\n')
        .slice(1);
      expect(csv.map((l) => l.split(',').slice(0, 3))).toEqual(
        expected.map((e) => [e.date, (e.committed / 100).toFixed(2), (e.paid / 100).toFixed(2)]),
      );
      // a marker on every release date for each of the two series, and the plain words on what a line is
      const svg = fig.locator('svg.chart');
      expect(await svg.locator('.legend circle').count()).toBe(1);
      expect(await svg.locator('circle[r="4"]').count()).toBe(expected.length + 1);
      expect(await svg.locator('path[d^="M-3.5,-3.5h"]').count()).toBe(expected.length);
      expect(await fig.locator('> p.fig-note').first().textContent()).toMatch(
        c.lang === 'it' ? /non sono dati giornalieri/ : /not daily data/,
      );
      expect(await fig.locator('.demo-mark').count()).toBe(isDemonstration(site) ? 1 : 0);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the footer of every page type', () => {
  const picked = pickPages(site);
  const project = picked.project.split('/').at(-2)!;
  const pages = [
    ...Object.values(picked),
    '/obiettivi/',
    '/azioni/',
    '/citta/',
    '/destinatari/',
    '/progetti/',
    '/progetti/citta/napoli/',
    '/beneficiari/',
    '/novita/',
    `/novita/${releaseDates.at(-1)}/`,
    '/metodi/',
    '/glossario/',
    '/dati/',
    '/dati/dizionario/',
    '/accessibilita/',
    '/cerca/',
    '/404.html',
    '/en/',
    '/en/cities/napoli/',
    `/en/projects/${project}/`,
    '/en/data/',
    '/en/changes/',
    '/en/accessibility/',
    '/en/404/',
  ];
  it.for(pages)(
    '%s: the date of the data, a report link and the accessibility declaration, in its language',
    async (path) => {
      const lang = path.startsWith('/en/') ? 'en' : 'it';
      const { context } = await guardedContext(browser, site, { javaScriptEnabled: false });
      try {
        const page = await context.newPage();
        await page.goto(site.origin + path);
        const footer = page.locator('footer.site-footer');
        expect(await footer.locator('.data-date time').getAttribute('datetime')).toBe(meta.referenceDate);
        expect(await footer.locator('.data-date').textContent()).toMatch(
          lang === 'it' ? /^Dati aggiornati al \d{1,2} \p{L}+ \d{4}\.$/u : /^Data as of \d{1,2} \p{L}+ \d{4}\.$/u,
        );
        // no address is configured for the bundled site: both links go to our own explanations
        const report = await footer.locator('a.report-error').getAttribute('href');
        expect(report).toBe(lang === 'it' ? '/dati/#segnala-errore' : '/en/data/#segnala-errore');
        expect(await footer.locator('a.report-error').textContent()).toBe(
          lang === 'it' ? 'Segnala un errore' : 'Report an error',
        );
        const declaration = await footer.locator('a.accessibility-declaration').getAttribute('href');
        expect(declaration).toBe(
          lang === 'it' ? '/accessibilita/#dichiarazione-agid' : '/en/accessibility/#dichiarazione-agid',
        );
        // and the targets say so
        const target = await context.newPage();
        await target.goto(site.origin + report!);
        expect(await target.locator('#segnala-errore + p').textContent()).toMatch(
          lang === 'it' ? /non è ancora stato configurato/ : /has been configured/,
        );
        await target.goto(site.origin + declaration!);
        expect(await target.locator('#dichiarazione-agid + p').textContent()).toContain('form.agid.gov.it');
        // our own accessibility statement is still linked
        expect(
          await footer.locator(`a[href="${lang === 'it' ? '/accessibilita/' : '/en/accessibility/'}"]`).count(),
        ).toBe(1);
      } finally {
        await context.close();
      }
    },
  );
});

describe('schema.org Dataset JSON-LD on the downloads page', () => {
  it.for(['/dati/', '/en/data/'] as const)(
    '%s: parses as JSON, describes every published dataset, its downloads exist, and breaks no CSP',
    async (path) => {
      const lang = path === '/dati/' ? 'it' : 'en';
      const { context, outside } = await guardedContext(browser, site);
      try {
        const page = await visit(context, site, path);
        const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
        expect(blocks).toHaveLength(1);
        const ld = JSON.parse(blocks[0]!) as { '@context': string; '@graph': Array<Record<string, unknown>> };
        expect(ld['@context']).toBe('https://schema.org');
        const graph = ld['@graph'];
        expect(graph.map((d) => d.name)).toEqual(DATASETS.map((d) => d.title[lang]));
        for (const d of graph) {
          const def = DATASETS.find((x) => x.id === d.identifier)!;
          expect(d['@type']).toBe('Dataset');
          expect(d.isAccessibleForFree).toBe(true);
          expect(d.license).toBe('https://creativecommons.org/licenses/by/4.0/');
          expect(d.temporalCoverage).toMatch(/^(\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}|2021\/2027|\d{4}-\d{2}-\d{2})$/);
          if (def.origin === 'input')
            expect(d.description).toMatch(
              isDemonstration(site)
                ? lang === 'it'
                  ? /^Dati dimostrativi: /
                  : /^Demonstration data: /
                : /^(?!.*(dimostrativ|demonstration))/i,
            );
          const urls = (d.distribution as Array<{ contentUrl: string; encodingFormat: string }>).map(
            (x) => x.contentUrl,
          );
          expect(urls).toHaveLength(FORMAT_IDS.length);
          for (const u of urls) {
            expect(u.startsWith(site.siteUrl), u).toBe(true);
            // every download URL is a file of the built site, and the page links it too
            const rel = new URL(u).pathname;
            expect(existsSync(join(site.dist, rel)), rel).toBe(true);
            expect(await page.locator(`a[href="${rel}"]`).count(), rel).toBeGreaterThan(0);
          }
        }
        expect(await cspViolations(page)).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
