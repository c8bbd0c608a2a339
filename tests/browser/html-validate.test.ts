// Every page type passes html-validate (a pure-JS HTML validator) with the repository's
// configuration (.htmlvalidate.mjs: its recommended rules, tuned only where a rule is wrong for us,
// each with the reason). Read from the built HTML: no browser needed. The pages checked: two of
// each route and language of the route table (src/routes/table.ts: the home page, each index, two
// cities, two projects, two embeds of the site's charts and two of the projects', …), taken from
// the sitemap, the two 404 pages and the embed pages (not in the sitemap).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { expect, inject, it } from 'vitest';
import { matchRoutes, ROUTES } from '../../src/routes/table.ts';
import { LANGS } from '../../src/lib/i18n/locales.ts';
import { ROOT, sitemapPaths } from './site.ts';

it('every page type passes html-validate', { timeout: 300_000 }, async () => {
  const site = inject('site');
  const { default: config } = (await import(pathToFileURL(join(ROOT, '.htmlvalidate.mjs')).href)) as {
    default: ConfigData;
  };
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const embeds = (prefix: string) =>
    readdirSync(join(site.dist, prefix))
      .sort()
      .map((id) => `/${prefix}/${id}/`);
  const all = [
    ...sitemapPaths(site.dist, site.siteUrl),
    '/404.html',
    '/en/404/',
    ...embeds('embed'),
    ...embeds('en/embed'),
  ];
  // a project's embed is a page type of its own (its chart is drawn by the chart worker)
  const typeOf = (p: string) => {
    const m = matchRoutes(p).find((r) => r.name !== 'download') ?? matchRoutes(p)[0];
    return `${m?.name ?? p}${/\/embed\/project-/.test(p) ? '-project' : ''}|${m?.lang ?? ''}`;
  };
  const seen = new Map<string, number>();
  const pages = all.filter((p) => {
    const n = seen.get(typeOf(p)) ?? 0;
    seen.set(typeOf(p), n + 1);
    return n < 2;
  });
  const problems: string[] = [];
  for (const page of pages) {
    const file = join(site.dist, page.endsWith('/') ? `${page}index.html` : page);
    const report = await validator.validateString(readFileSync(file, 'utf8'), file);
    for (const r of report.results)
      for (const m of r.messages)
        problems.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`);
  }
  // every kind of page was read, in each language
  for (const [name, def] of Object.entries(ROUTES))
    if ('view' in def) for (const lang of LANGS) expect(seen.has(`${name}|${lang}`), `${name} ${lang}`).toBe(true);
  expect(seen.has('embed-project|it')).toBe(true);
  expect(problems.slice(0, 50), `${problems.length} problems`).toEqual([]);
});
