// Every chart, shareable: its CSV and metadata.json, its citation, and an embed page that other
// sites show in an <iframe> (/embed/<id>/, /en/embed/<id>/). The embed pages are kept out of
// the sitemap (noindex: the chart's own page is the one to find), so pages.test.ts does not
// see them; this file checks them all from the built files, and a sample of them (one of each
// kind of chart in each language, and a few project charts) in the browser with the same
// checks as every page: axe, CSP, demonstration mark, no outside request.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  cspViolations,
  describeViolations,
  guardedContext,
  isDemonstration,
  openBrowser,
  pickPages,
  servedSite,
  visit,
  type Lang,
} from './harness.ts';
import { sitemapPaths } from './site.ts';

const site = servedSite();
const demonstration = isDemonstration(site);
const DEMO = { it: 'Dati dimostrativi', en: 'Demonstration data' } as const;
const EMBED_DIR = { it: 'embed', en: 'en/embed' } as const;
const CHART_DIR = { it: 'dati/grafici', en: 'en/data/charts' } as const;
const LANGS = ['it', 'en'] as const;

const ids = (lang: Lang): string[] => readdirSync(join(site.dist, EMBED_DIR[lang])).sort();
const embedPath = (lang: Lang, id: string) => `/${EMBED_DIR[lang]}/${id}/`;
const html = (path: string) => readFileSync(join(site.dist, path, 'index.html'), 'utf8');

type Metadata = {
  id: string;
  lang: Lang;
  title: string;
  url: string;
  csv: string;
  metadata: string;
  embed: { url: string; html: string };
  rows: number;
  columns: { name: string; description: string }[];
  referenceDate: string | null;
  demonstration: boolean;
  citation: string;
};
const metadata = (lang: Lang, id: string): Metadata =>
  JSON.parse(readFileSync(join(site.dist, CHART_DIR[lang], `${id}.metadata.json`), 'utf8')) as Metadata;
/** A public URL of the build as a path on the test server. */
const local = (u: string) => {
  expect(u.startsWith(`${site.siteUrl}/`), `${u} is under ${site.siteUrl}`).toBe(true);
  return u.slice(site.siteUrl.length);
};
const fileOf = (path: string) => join(site.dist, path.endsWith('/') ? `${path}index.html` : path);

/** One embed page of each kind of chart (the slug or code removed from the id), and three project charts. */
function sample(lang: Lang): string[] {
  const all = ids(lang);
  const kind = (id: string) =>
    id.replace(
      /^(objective|action|city|target-group|project|beneficiary)-.+-(funnel|by-city|by-action|compare|indicators)$/,
      '$1-*-$2',
    );
  const firsts = [
    ...new Map(
      all
        .filter((id) => !id.startsWith('project-'))
        .map((id) => [kind(id), id] as const)
        .reverse(),
    ).values(),
  ];
  const projects = all.filter((id) => id.startsWith('project-'));
  return [...firsts, ...[0, 0.5, 0.99].map((q) => projects[Math.floor(q * projects.length)]!)].map((id) =>
    embedPath(lang, id),
  );
}

describe('the built files', () => {
  it('have an embed page and a metadata.json for every chart CSV, and no embed page in the sitemap', () => {
    for (const lang of LANGS) {
      const csvs = readdirSync(join(site.dist, CHART_DIR[lang]))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => f.slice(0, -4))
        .sort();
      expect(csvs.length).toBeGreaterThan(50);
      expect(ids(lang)).toEqual(csvs);
      for (const id of csvs) expect(existsSync(join(site.dist, CHART_DIR[lang], `${id}.metadata.json`)), id).toBe(true);
    }
    expect(sitemapPaths(site.dist, site.siteUrl).filter((p) => p.includes('/embed/'))).toEqual([]);
  });

  it('make every embed page a small, self-contained, scriptless page with the same CSP as the site', () => {
    const siteCsp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
      html('/citta/' + readdirSync(join(site.dist, 'citta'))[0]! + '/'),
    )![1];
    for (const lang of LANGS) {
      for (const id of ids(lang)) {
        const path = embedPath(lang, id);
        const h = html(path);
        expect(h, path).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}">`, 'i'));
        expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(h)?.[1], path).toBe(siteCsp);
        expect(h, path).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i);
        expect(h, path).toContain('<meta name="robots" content="noindex">');
        expect(h.match(/<h1[\s>]/g), path).toHaveLength(1);
        expect(h.match(/<main[\s>]/g), path).toHaveLength(1);
        // one chart: an image, or a group of links when its marks are links (src/lib/charts/render.ts)
        const svgs = [...h.matchAll(/<svg [^>]*role="(img|group)"[^]*?<\/svg>/g)];
        expect(svgs, path).toHaveLength(1);
        expect(svgs[0]![1], path).toBe(/<a href=/.test(svgs[0]![0]) ? 'group' : 'img');
        expect(h.includes(`aria-label="${DEMO[lang]}"`), `${path}: demonstration mark`).toBe(demonstration);
        // The link back leads to the page that shows this very chart.
        const back = /<a href="([^"#]+)#([^"]+)" target="_blank" rel="noopener">/.exec(h);
        expect(back, `${path}: link back`).not.toBeNull();
        expect(back![2]).toBe(id);
        expect(readFileSync(fileOf(back![1]!), 'utf8'), `${path}: ${back![1]} shows the chart`).toContain(
          `<figure class="figure`,
        );
        expect(readFileSync(fileOf(back![1]!), 'utf8')).toMatch(
          new RegExp(`<figure [^>]*id="${id.replace(/\./g, '\\.')}"`),
        );
      }
    }
  });

  it('give every chart a metadata.json that points at its files, with its columns, dates and citation', () => {
    for (const lang of LANGS) {
      for (const id of ids(lang)) {
        const m = metadata(lang, id);
        expect(m.id).toBe(id);
        expect(m.lang).toBe(lang);
        expect(m.demonstration).toBe(demonstration);
        const csv = readFileSync(fileOf(local(m.csv)), 'utf8').split('\r\n');
        expect(m.columns.map((c) => c.name).join(','), id).toBe(csv[0]);
        expect(m.rows).toBe(csv.length - 2);
        // a demonstration CSV says so on every row, in its last column
        expect(
          csv.slice(1, -1).every((row) => row.endsWith(',true')),
          id,
        ).toBe(demonstration);
        for (const c of m.columns) expect(c.description.length, `${id} ${c.name}`).toBeGreaterThan(5);
        expect(existsSync(fileOf(local(m.metadata)))).toBe(true);
        expect(local(m.embed.url)).toBe(embedPath(lang, id));
        expect(m.embed.html).toMatch(
          new RegExp(
            `^<iframe src="${m.embed.url}" title="[^"]+" width="100%" height="\\d+0" loading="lazy"></iframe>$`,
          ),
        );
        expect(local(m.url)).toMatch(new RegExp(`#${id.replace(/\./g, '\\.')}$`));
        expect(m.citation).toContain(m.url);
        expect(m.citation).toContain(lang === 'it' ? 'consultato il: [data di accesso]' : 'accessed: [access date]');
      }
    }
  });
});

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('embed pages in the browser', () => {
  it.for([...sample('it'), ...sample('en')])('%s', async (path) => {
    const lang: Lang = path.startsWith('/en/') ? 'en' : 'it';
    const id = path.split('/').at(-2)!;
    const m = metadata(lang, id);
    const height = Number(/height="(\d+)"/.exec(m.embed.html)![1]);
    // As most sites embed it: a column about as wide as an article's, and as wide as a phone.
    for (const width of [640, 320]) {
      const { context, outside } = await guardedContext(browser, site, { viewport: { width, height } });
      try {
        const page = await visit(context, site, path);
        expect(await page.locator('html').getAttribute('lang')).toBe(lang);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(path, violations)).toEqual([]);
        expect(await cspViolations(page), `${path}: CSP violations`).toEqual([]);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(m.title);
        const mark = page.getByRole('region', { name: DEMO[lang], exact: true });
        expect(await mark.count()).toBe(demonstration ? 1 : 0);
        if (demonstration) expect(await mark.isVisible()).toBe(true);
        expect(
          await page.getByRole('link', { name: lang === 'it' ? 'Apri nel sito' : 'Open on the site' }).count(),
        ).toBe(1);
        // The chart, its title, source and link back fit the iframe the snippet makes.
        const scroll = await page.evaluate(() => document.documentElement.scrollHeight);
        expect(
          scroll,
          `${path} at ${width} px: page height ${scroll} within the iframe's ${height}`,
        ).toBeLessThanOrEqual(height);
        expect(outside, `${path} requested resources outside ${site.origin}`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });
});

it("shows each chart's citation and embed snippet in its share block, as its metadata.json says", async () => {
  const path = pickPages(site).city;
  const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
  try {
    const page = await visit(context, site, path);
    const figures = page.locator('main figure[id]');
    const n = await figures.count();
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < n; i++) {
      const fig = figures.nth(i);
      const id = (await fig.getAttribute('id'))!;
      const m = metadata('it', id);
      const share = fig.locator('details.fig-share');
      await share.locator('summary').click();
      expect(await fig.locator('.fig-cite').innerText()).toBe(m.citation);
      const code = fig.getByRole('textbox', { name: /incorporare/ });
      expect(await code.inputValue()).toBe(m.embed.html);
      expect(await code.getAttribute('readonly')).not.toBeNull();
      expect(await share.getByRole('link', { name: /JSON/ }).getAttribute('href')).toBe(local(m.metadata));
      expect(await share.getByRole('link', { name: /incorporare/ }).getAttribute('href')).toBe(local(m.embed.url));
    }
    // The snippet, pasted into another page, shows the chart.
    const host = await context.newPage();
    const snippet = metadata('it', (await figures.first().getAttribute('id'))!).embed.html.replace(
      site.siteUrl,
      site.origin,
    );
    await host.setContent(`<!doctype html><html lang="it"><title>host</title><main>${snippet}</main></html>`);
    const frame = host.frameLocator('iframe');
    await expect.poll(() => frame.locator('svg.chart').count()).toBe(1);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});
