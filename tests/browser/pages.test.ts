// Every page of the sitemap (project pages sampled, see pagesToCheck) in a real browser:
// no WCAG 2.0/2.1 A or AA violation that axe-core can find, the demonstration banner while
// the data is demonstration data, and no request to anything but the site itself.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  cspViolations,
  describeViolations,
  guardedContext,
  isDemonstration,
  isProjectPage,
  langOf,
  openBrowser,
  pagesToCheck,
  PROJECT_SAMPLE,
  servedSite,
  visit,
} from './harness.ts';

const site = servedSite();
const pages = pagesToCheck(site);
const demonstration = isDemonstration(site);
const BANNER = { it: 'Dati dimostrativi', en: 'Demonstration data' } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
});

it('checks a sensible set of pages', () => {
  // Guards the crawl itself: a broken sitemap must not turn into a green run over nothing.
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter(isProjectPage)).toHaveLength(2 * PROJECT_SAMPLE);
  expect(pages.length).toBeGreaterThan(50);
});

it('axe, as the harness runs it, reports a planted violation', async () => {
  // Guards the checker itself: a page that fails WCAG must not pass because axe did not run.
  const { context } = await guardedContext(browser, site);
  try {
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="it"><title>t</title><main><p style="color:#ccc;background:#fff">Testo chiaro</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
    );
    const ids = (await axeViolations(page)).map((v) => v.id);
    expect(ids).toContain('image-alt');
    expect(ids).toContain('color-contrast');
  } finally {
    await context.close();
  }
});

describe.concurrent('every page of the sitemap', () => {
  it.for(pages)('%s', async (path) => {
    const { context, outside } = await guardedContext(browser, site);
    try {
      const page = await visit(context, site, path);
      const lang = langOf(path);

      const violations = await axeViolations(page);
      expect(violations, describeViolations(path, violations)).toEqual([]);

      // The banner is a named region (role="region", aria-label) holding the same words.
      const banner = page.getByRole('region', { name: BANNER[lang], exact: true });
      if (demonstration) {
        expect(await banner.count(), `${path}: one "${BANNER[lang]}" region`).toBe(1);
        expect(await banner.isVisible(), `${path}: banner visible`).toBe(true);
        // innerText is the rendered text; the banner's CSS may set it in capitals.
        expect((await banner.innerText()).toLowerCase()).toContain(BANNER[lang].toLowerCase());
      } else {
        expect(await banner.count(), `${path}: no demonstration banner on real data`).toBe(0);
      }
      expect(await page.locator('html').getAttribute('lang')).toBe(lang);

      // A Content-Security-Policy that allows only the site's own files and no inline script,
      // and a page that never trips it.
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(csp, `${path}: CSP`).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
      expect(csp).not.toContain('unsafe-inline');
      expect(await cspViolations(page), `${path}: CSP violations`).toEqual([]);

      expect(outside, `${path} requested resources outside ${site.origin}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

it('answers an unknown address with the site 404 page, accessible and self-contained', async () => {
  const { context, outside } = await guardedContext(browser, site);
  try {
    const page = await context.newPage();
    const response = await page.goto(`${site.origin}/questa-pagina-non-esiste/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').count()).toBe(1);
    const violations = await axeViolations(page);
    expect(violations, describeViolations('404', violations)).toEqual([]);
    expect(outside).toEqual([]);
  } finally {
    await context.close();
  }
});
