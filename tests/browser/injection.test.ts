// Data never acts as code. The site is built from tests/fixtures/site-injection: titles,
// descriptions and beneficiaries that carry <script>, </svg>, event handlers, quotes,
// javascript: text, formulas and control characters. Every page that shows them — project,
// city and home pages, the explorer with JavaScript on, the search — must show them as text,
// run nothing, and the downloads must neutralise the formulas. The build uses the fixture's own site
// configuration (site.json): its error-report link is prefilled with each page's address and title.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardedContext, openBrowser, visit, type ServedSite } from './harness.ts';
import { buildSite, ROOT, serveStatic, SITE_URL, type BuiltSite, type StaticServer } from './site.ts';

let built: BuiltSite;
let server: StaticServer;
let browser: Browser;
let site: ServedSite;

beforeAll(async () => {
  built = await buildSite(join(ROOT, 'tests/fixtures/site-injection/input'), 'injection', {
    SITE_CONFIG: join(ROOT, 'tests/fixtures/site-injection/site.json'),
  });
  server = await serveStatic(built.dist);
  site = { origin: server.origin, dist: built.dist, siteUrl: SITE_URL };
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (built && !process.env.KEEP_TEST_SITE) rmSync(built.work, { recursive: true, force: true });
});

const projectIds = () =>
  readdirSync(join(built.dist, 'progetti'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name.startsWith('inj-'))
    .map((e) => e.name)
    .sort();

/** Opens a page, waits for its scripts, and reports anything the data managed to run. */
async function inert(path: string, wait?: (page: import('playwright-core').Page) => Promise<unknown>) {
  const { context, outside } = await guardedContext(browser, site);
  const dialogs: string[] = [];
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const response = await page.goto(site.origin + path, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  if (wait) await wait(page);
  const found = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
    scripts: [...document.querySelectorAll('script')].filter((s) => (s.textContent ?? '').includes('__pwned')).length,
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on')))
      .length,
    injectedTags: document.querySelectorAll('main b, main i, main img[src="x"]').length,
    jsLinks: [...document.querySelectorAll('a[href]')].filter((a) =>
      /^\s*javascript:/i.test(a.getAttribute('href') ?? ''),
    ).length,
    text: document.body.innerText,
  }));
  await context.close();
  expect(found.pwned, path).toBeNull();
  expect(found.scripts, path).toBe(0);
  expect(found.handlers, path).toBe(0);
  expect(found.injectedTags, path).toBe(0);
  expect(found.jsLinks, path).toBe(0);
  expect(dialogs, path).toEqual([]);
  expect(outside, path).toEqual([]);
  return found.text;
}

describe('hostile text in the data', () => {
  it('is shown as text on every project page, in both languages', async () => {
    const ids = projectIds();
    expect(ids).toHaveLength(4);
    const texts: string[] = [];
    for (const id of ids) {
      texts.push(await inert(`/progetti/${id}/`));
      await inert(`/en/projects/${id}/`);
    }
    const all = texts.join('\n');
    expect(all).toContain('<script>window.__pwned="title"</script>Titolo con script');
    expect(all).toContain('</svg><script>window.__pwned="svg"</script> chiusura SVG');
    expect(all).toContain('Ente "virgolette" & \'apici\' <b>grassetto</b> (fittizio)');
    expect(all).toContain('javascript:window.__pwned="js"');
    // bidirectional overrides and bell characters were removed at import
    expect(all).not.toMatch(/[\u202e\u202c\u0007]/);
  });

  it('is inert on the city pages, the home page and their charts', async () => {
    for (const path of [
      '/',
      '/citta/napoli/',
      '/citta/bari/',
      '/azioni/4.4.8.1/',
      '/destinatari/giovani/',
      '/en/cities/napoli/',
      '/beneficiari/',
      '/en/beneficiaries/',
    ]) {
      await inert(path);
    }
    // charts stay whole: every <svg> in the HTML closes where it should
    const html = readFileSync(join(built.dist, 'citta/napoli/index.html'), 'utf8');
    expect(html).not.toContain('<script>window.__pwned');
    expect((html.match(/<svg/g) ?? []).length).toBe((html.match(/<\/svg>/g) ?? []).length);
  });

  it('is inert on the embed pages of the charts that show it', async () => {
    const embeds = readdirSync(join(built.dist, 'embed'), { withFileTypes: true })
      .filter((e) => e.isDirectory() && /^(project-inj-|city-(napoli|bari)-)/.test(e.name))
      .map((e) => e.name);
    expect(embeds.length).toBeGreaterThanOrEqual(4);
    for (const id of embeds) {
      await inert(`/embed/${id}/`);
      await inert(`/en/embed/${id}/`);
    }
  });

  it("prefills the configured error report with the page's address and title, hostile or not, and links the configured declaration", async () => {
    const config = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/site-injection/site.json'), 'utf8')) as {
      reportError: { url: string };
      accessibilityDeclaration: { url: string };
    };
    const { context, outside } = await guardedContext(browser, site, { javaScriptEnabled: false });
    try {
      for (const path of ['/', ...projectIds().flatMap((id) => [`/progetti/${id}/`, `/en/projects/${id}/`])]) {
        const page = await visit(context, site, path);
        const report = new URL((await page.locator('footer a.report-error').getAttribute('href'))!);
        expect(`${report.origin}${report.pathname}`).toBe(config.reportError.url.split('?')[0]);
        expect(report.searchParams.get('pagina'), path).toBe(new URL(path, SITE_URL).href);
        expect(report.searchParams.get('titolo'), path).toBe(await page.title());
        expect(await page.locator('footer a.accessibility-declaration').getAttribute('href')).toBe(
          config.accessibilityDeclaration.url,
        );
        await page.close();
      }
      // a hostile title travels as text inside the address, encoded
      const hostile = await visit(context, site, `/progetti/${projectIds()[0]}/`);
      expect(
        new URL((await hostile.locator('footer a.report-error').getAttribute('href'))!).searchParams.get('titolo'),
      ).toContain('<script>');
      // our accessibility page links the configured declaration too
      const a11y = await visit(context, site, '/accessibilita/');
      expect(
        await a11y.locator(`#dichiarazione-agid ~ p a[href="${config.accessibilityDeclaration.url}"]`).count(),
      ).toBe(1);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('is inert in the project explorer with JavaScript on', async () => {
    const text = await inert('/progetti/?q=script', async (page) => {
      await page.waitForSelector('[data-explorer-ui]:not([hidden]) table tbody tr', { timeout: 15_000 });
    });
    expect(text).toContain('Titolo con script');
  });

  it("is inert on the beneficiaries' own pages", async () => {
    const ids = readdirSync(join(built.dist, 'beneficiari'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const texts: string[] = [];
    for (const id of ids) texts.push(await inert(`/beneficiari/${id}/`));
    expect(texts.join('\n')).toContain('Ente "virgolette" & \'apici\' <b>grassetto</b> (fittizio)');
  });

  it('is inert in the search results', async () => {
    const text = await inert('/cerca/?q=script', async (page) => {
      await page.waitForSelector('.pagefind-ui__result', { timeout: 15_000 });
    });
    expect(text).toContain('Titolo con script');
  });

  it('is neutralised as a formula in the downloads', () => {
    const csv = readFileSync(join(built.dist, 'dati/projects.csv'), 'utf8');
    const excel = readFileSync(join(built.dist, 'dati/projects-excel.csv'), 'utf8');
    for (const file of [csv, excel]) {
      expect(file).toContain(`'=HYPERLINK(`);
      expect(file).toContain(`'@SUM(1+1)`);
      expect(file).not.toMatch(/(^|[,;])"?=HYPERLINK/m);
    }
  });
});
