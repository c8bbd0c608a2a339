// What the browser test files share: the served site from the global setup, the pages to
// visit, a browser context that records (and stops) every request leaving the local server,
// and an axe-core run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { sitemapPaths } from './site.ts';
import type { ServedSite } from './global-setup.ts';

export type { ServedSite };

export function servedSite(): ServedSite {
  return inject('site');
}

export function openBrowser(): Promise<Browser> {
  return launchBrowser(inject('chromium'));
}

/** Whether the built data is the demonstration dataset (meta.json, written by the importer). */
export function isDemonstration(site: ServedSite): boolean {
  const meta = JSON.parse(readFileSync(join(site.dist, '..', 'data', 'meta.json'), 'utf8')) as {
    demonstration: boolean;
  };
  return meta.demonstration;
}

export type Lang = 'it' | 'en';
export const langOf = (path: string): Lang => (path.startsWith('/en/') ? 'en' : 'it');

/** One page per project, Italian or English, all from one template: `/progetti/<id>/`, `/en/projects/<id>/`. */
const PROJECT_PAGE = /^\/(?:progetti|en\/projects)\/(?!citta\/|cities\/)[^/]+\/$/;
export const isProjectPage = (path: string): boolean => PROJECT_PAGE.test(path);
/** One page per beneficiary (a legal entity), from one template: `/beneficiari/<id>/`, `/en/beneficiaries/<id>/`. */
const BENEFICIARY_PAGE = /^\/(?:beneficiari|en\/beneficiaries)\/[^/]+\/$/;
/** The pages built from one template, which the checks sample; null for any other page. */
const templateOf = (path: string): string | null =>
  PROJECT_PAGE.test(path) ? 'project' : BENEFICIARY_PAGE.test(path) ? 'beneficiary' : null;

/** How many pages of each template (projects, beneficiaries) and language are checked. */
export const PROJECT_SAMPLE = 10;

/**
 * Every page of the sitemap, except that the pages built from one template (a thousand projects,
 * a few hundred beneficiaries) are sampled: PROJECT_SAMPLE ids of each template spread evenly over
 * its sorted list, the same ids in both languages. Deterministic, so a failure can be reproduced.
 */
export function pagesToCheck(site: ServedSite): string[] {
  const all = sitemapPaths(site.dist, site.siteUrl);
  const id = (p: string) => p.split('/').at(-2)!;
  const chosen = new Set<string>();
  for (const template of ['project', 'beneficiary']) {
    const ids = [...new Set(all.filter((p) => templateOf(p) === template).map(id))].sort();
    const step = ids.length / PROJECT_SAMPLE;
    for (let i = 0; i < Math.min(PROJECT_SAMPLE, ids.length); i++)
      chosen.add(`${template}:${ids[Math.floor(i * step)]!}`);
  }
  return all.filter((p) => templateOf(p) === null || chosen.has(`${templateOf(p)}:${id(p)}`));
}

/** A path of each kind that the focused tests use; throws if the sitemap has none. */
export function pickPages(
  site: ServedSite,
): Record<'home' | 'city' | 'action' | 'objective' | 'targetGroup' | 'project', string> {
  const all = sitemapPaths(site.dist, site.siteUrl);
  const first = (re: RegExp, what: string): string => {
    const p = all.filter((x) => re.test(x)).sort()[0];
    if (!p) throw new Error(`the sitemap lists no ${what} page (${re})`);
    return p;
  };
  return {
    home: first(/^\/$/, 'home'),
    city: first(/^\/citta\/[^/]+\/$/, 'city'),
    action: first(/^\/azioni\/[^/]+\/$/, 'action'),
    objective: first(/^\/obiettivi\/[^/]+\/$/, 'objective'),
    targetGroup: first(/^\/destinatari\/[^/]+\/$/, 'target group'),
    project: first(/^\/progetti\/(?!citta\/)[^/]+\/$/, 'project'),
  };
}

export type GuardedContext = { context: BrowserContext; outside: string[] };

/**
 * A browser context in which every request must stay on the local server. Others are
 * recorded in `outside` and aborted (the test machine may have no network; a page must not
 * need one). data: URLs never leave the browser and are allowed.
 */
export async function guardedContext(
  browser: Browser,
  site: ServedSite,
  options: BrowserContextOptions = {},
): Promise<GuardedContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const outside: string[] = [];
  const local = (url: string) => url.startsWith(`${site.origin}/`) || url.startsWith('data:');
  context.on('request', (r) => {
    if (!local(r.url())) outside.push(r.url());
  });
  await context.route(
    (url) => !local(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return { context, outside };
}

/** Content-Security-Policy violations reported by the page (recorded from before any script of its own runs). */
export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Opens a page and checks that the server answered 200. */
export async function visit(context: BrowserContext, site: ServedSite, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(site.origin + path, { waitUntil: 'load' });
  if (!response || response.status() !== 200) throw new Error(`${path}: HTTP ${response?.status() ?? 'no response'}`);
  return page;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Rules switched off, each with the reason. Empty: every rule with the tags above applies.
 * (Add `'rule-id': 'why'` here, never a silent exclusion.)
 */
export const IGNORED_RULES: Record<string, string> = {};

export type Violation = { id: string; impact: string | null; help: string; nodes: { target: string; html: string }[] };

/** axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now. */
export async function axeViolations(page: Page): Promise<Violation[]> {
  // Through the DevTools protocol, not a <script>: the site's Content-Security-Policy forbids
  // inline scripts, and must stay on while the page is audited.
  await page.evaluate(axe.source);
  const rules = Object.fromEntries(Object.keys(IGNORED_RULES).map((id) => [id, { enabled: false }]));
  return page.evaluate(
    async ({ tags, rules }) => {
      const a = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const r = await a.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact ?? null,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 160) })),
      }));
    },
    { tags: WCAG_TAGS, rules },
  );
}

/** One line per violation and element, readable in a test failure. */
export function describeViolations(path: string, violations: Violation[]): string {
  return violations
    .flatMap((v) =>
      v.nodes
        .slice(0, 5)
        .map((n) => `${path} [${v.id}, ${v.impact}] ${v.help}: ${n.target}  ${n.html}`)
        .concat(v.nodes.length > 5 ? [`${path} [${v.id}] … and ${v.nodes.length - 5} more elements`] : []),
    )
    .join('\n');
}

/** Waits until the explorer has drawn its charts (in the browser, once its list has rendered). */
export async function explorerChartsDrawn(page: Page): Promise<void> {
  await page.waitForSelector('[data-charts]:not([hidden]) [data-chart="citta"] svg a[data-facet]', { timeout: 20_000 });
}
