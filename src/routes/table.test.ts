import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../lib/i18n/locales.ts';
import {
  inSitemapPath,
  matchRoutes,
  objectiveSlug,
  pathPattern,
  routeParams,
  ROUTES,
  routePath,
  type RouteDef,
  type RouteName,
} from './table.ts';

const DEFS = Object.entries(ROUTES) as [RouteName, RouteDef][];

describe('the route table', () => {
  it('gives every page both languages: Italian at the root, English under /en/, the same parameters', () => {
    for (const [name, def] of DEFS) {
      if (typeof def.path === 'string') {
        // One path for both languages: only files made once (downloads, the explorer's data).
        expect(def.file, name).toBe('astro');
        expect(def.path.startsWith('/en/'), name).toBe(false);
        continue;
      }
      expect(def.path.it.startsWith('/') && !def.path.it.startsWith('/en/'), name).toBe(true);
      expect(def.path.en.startsWith('/en/'), name).toBe(true);
      const params = (p: string) => [...p.matchAll(/\[[^\]]+\]/g)].map((m) => m[0]);
      expect(params(def.path.en), name).toEqual(params(def.path.it));
    }
  });
  it('says what makes each route: a view of src/views/, Astro, or npm run charts', () => {
    for (const [name, def] of DEFS) {
      expect(Number(def.view !== undefined) + Number(def.file !== undefined), name).toBe(1);
      if (def.view)
        expect(
          existsSync(resolve(import.meta.dirname, `../views/${def.view}.astro`)),
          `${name}: src/views/${def.view}.astro`,
        ).toBe(true);
      // Pages end with '/', files do not; /404.html is the one page that is a file (src/pages/404.astro).
      for (const path of typeof def.path === 'string' ? [def.path] : Object.values(def.path)) {
        expect(path.endsWith('/'), `${name} ${path}`).toBe(def.view !== undefined && path !== '/404.html');
      }
    }
  });
  it('keeps codes and slugs identical across languages', () => {
    expect(routePath('it', { name: 'action', code: '4.4.8.1' })).toBe('/azioni/4.4.8.1/');
    expect(routePath('en', { name: 'action', code: '4.4.8.1' })).toBe('/en/actions/4.4.8.1/');
    expect(routePath('it', { name: 'city', slug: 'napoli' })).toBe('/citta/napoli/');
    expect(routePath('en', { name: 'city', slug: 'napoli' })).toBe('/en/cities/napoli/');
    expect(routePath('it', { name: 'objective', code: 'ESO4.11' })).toBe('/obiettivi/eso4-11/');
    expect(routePath('en', { name: 'project', id: 'na-1' })).toBe('/en/projects/na-1/');
    expect(routePath('it', { name: 'home' })).toBe('/');
    expect(routePath('en', { name: 'home' })).toBe('/en/');
    expect(routePath('en', { name: 'cityProjects', slug: 'bari' })).toBe('/en/projects/cities/bari/');
    expect(routePath('it', { name: 'notFound' })).toBe('/404.html');
    expect(routePath('en', { name: 'notFound' })).toBe('/en/404/');
  });
  it('links files: the same path from both languages when the file is made once', () => {
    expect(routePath('en', { name: 'releaseChanges', date: '2026-10-31' })).toBe('/novita/2026-10-31/modifiche.csv');
    expect(routePath('en', { name: 'download', file: 'projects.xlsx' })).toBe('/dati/projects.xlsx');
    expect(routePath('en', { name: 'explorerIndex' })).toBe('/progetti/indice.json');
    expect(routePath('it', { name: 'chartCsv', id: 'by-action' })).toBe('/dati/grafici/by-action.csv');
    expect(routePath('en', { name: 'chartMetadata', id: 'by-action' })).toBe('/en/data/charts/by-action.metadata.json');
    expect(routePath('en', { name: 'embed', id: 'by-action' })).toBe('/en/embed/by-action/');
  });
  it('refuses a route without its parameter', () => {
    expect(() => routePath('it', { name: 'city' } as never)).toThrow(/"city" needs its parameter "slug"/);
  });
  it('slugs objectives', () => expect(objectiveSlug('ESO4.8')).toBe('eso4-8'));
  it('reads a path back into its routes and parameters', () => {
    expect(matchRoutes('/en/cities/napoli/')).toEqual([{ name: 'city', lang: 'en', params: { slug: 'napoli' } }]);
    expect(matchRoutes('/obiettivi/eso4-8/')).toEqual([{ name: 'objective', lang: 'it', params: { slug: 'eso4-8' } }]);
    expect(matchRoutes('/dati/grafici/by-action.csv')).toEqual([
      { name: 'chartCsv', lang: 'it', params: { id: 'by-action' } },
      { name: 'download', lang: 'it', params: { file: 'grafici/by-action.csv' } },
    ]);
    expect(matchRoutes('/novita/2026-10-31/modifiche.csv')).toEqual([
      { name: 'releaseChanges', lang: 'it', params: { date: '2026-10-31' } },
    ]);
    expect(matchRoutes('/nowhere/')).toEqual([]);
  });
  it('leaves the 404 and embed pages out of the sitemap', () => {
    for (const path of ['/', '/en/', '/citta/napoli/', '/en/projects/x/', '/dati/'])
      expect(inSitemapPath(path), path).toBe(true);
    for (const path of ['/en/404/', '/embed/by-action/', '/en/embed/project-x-funnel/'])
      expect(inSitemapPath(path), path).toBe(false);
  });
});

// Every page and file getStaticPaths lists, on the small fixture.
describe('getStaticPaths from the table', () => {
  let paths: typeof import('./paths.ts');
  let site: import('./paths.ts').Site;
  beforeAll(async () => {
    process.env.DATA_DIR = resolve(import.meta.dirname, '../../tests/fixtures/site-small');
    paths = await import('./paths.ts');
    const { releaseFiles } = await import('../lib/downloads/release.ts');
    const { importedData, publicationAt } = await import('../downloads.ts');
    const built = paths.builtSite();
    // The downloads' publication needs the site's address, which only astro build knows.
    site = {
      ...built,
      releases: () => ['2026-06-30', '2026-10-31'],
      downloads: () => releaseFiles(importedData(), publicationAt('https://example.test/')),
      frozenDownloads: () =>
        ['projects.csv', 'modifiche.csv'].map((f) => ({
          path: `dati/rilasci/2026-10-31/${f}`,
          mediaType: 'text/csv',
          build: async () => '',
        })),
    };
  });
  /** The routes whose files Astro makes, each with the languages it has an endpoint in. */
  const FILE_ROUTES = DEFS.filter(([, def]) => def.file === 'astro').map(([name, def]) => ({
    name: name as import('./paths.ts').FileRouteName,
    langs: typeof def.path === 'string' ? (['it'] as const) : LANGS,
  }));
  /** Every page and file Astro makes, with the path it is built at. */
  const all = () => [
    ...paths
      .pagePaths(site)
      .map(({ params, props }) => ({ built: params.path === undefined ? '/' : `/${params.path}/`, props })),
    { built: '/404.html', props: paths.notFoundPage(site) },
    ...FILE_ROUTES.flatMap(({ name, langs }) =>
      langs.flatMap((lang) =>
        paths.filePaths(name, lang, site).map(({ params, props }) => {
          // What Astro builds from the endpoint's file name (src/pages/<pattern>.ts) and its parameters.
          const built = pathPattern(ROUTES[name], lang).replace(
            /\[(?:\.\.\.)?([^\]]+)\]/g,
            (_, p: string) => params[p]!,
          );
          return { built, props };
        }),
      ),
    ),
  ];

  it('lists every route the table says Astro makes, in both languages', () => {
    const listed = new Set(all().map((p) => `${p.props.name} ${p.props.lang}`));
    for (const [name, def] of DEFS) {
      if (def.file === 'charts') continue;
      const langs: readonly Lang[] = typeof def.path === 'string' ? ['it'] : LANGS;
      for (const lang of langs) expect(listed.has(`${name} ${lang}`), `${name} ${lang}`).toBe(true);
    }
  });
  it('builds each page and file where routePath links it', () => {
    for (const { built, props } of all()) expect(built).toBe(routePath(props.lang, props as never));
  });
  it('round-trips: the props of each page name its route and arguments, and give its path back', () => {
    const byPath = new Map(all().map((p) => [p.built, p.props]));
    const city = site.data.cities[0]!;
    expect(byPath.get(`/en/cities/${city.slug}/`)).toMatchObject({ name: 'city', lang: 'en', slug: city.slug });
    const o = site.data.objectives[0]!;
    expect(byPath.get(`/obiettivi/${objectiveSlug(o.code)}/`)).toMatchObject({
      name: 'objective',
      lang: 'it',
      code: o.code,
    });
    const p = site.data.projects[0]!;
    expect(byPath.get(`/progetti/${p.id}/`)).toMatchObject({ name: 'project', lang: 'it', id: p.id });
    expect(byPath.get('/en/target-groups/')).toMatchObject({ name: 'targetGroups', lang: 'en', kind: 'targetGroups' });
    expect(byPath.get('/')).toMatchObject({ name: 'home', lang: 'it' });
    expect(byPath.get('/404.html')).toMatchObject({ name: 'notFound', lang: 'it' });
    expect(byPath.get('/en/404/')).toMatchObject({ name: 'notFound', lang: 'en' });
    expect(byPath.get('/novita/2026-10-31/modifiche.csv')).toMatchObject({
      name: 'releaseChanges',
      date: '2026-10-31',
    });
    expect(byPath.get('/dati/rilasci/2026-10-31/modifiche.csv')).toMatchObject({
      name: 'releaseDownload',
      file: '2026-10-31/modifiche.csv',
    });
    expect(byPath.get(`/en/cities/${city.slug}/feed.xml`)).toMatchObject({
      name: 'cityFeed',
      lang: 'en',
      slug: city.slug,
    });
    expect(byPath.get('/novita/feed.xml')).toMatchObject({ name: 'feed', lang: 'it' });
    // And backwards: each path, matched against the table, gives back its route, language and parameters.
    for (const [path, props] of byPath) {
      expect(matchRoutes(path), path).toContainEqual({
        name: props.name,
        lang: props.lang,
        params: routeParams(props.name, props),
      });
    }
  });
  it('never gives two pages or files the same path', () => {
    const seen = new Map<string, string>();
    for (const { built, props } of all()) {
      expect(seen.get(built), built).toBeUndefined();
      seen.set(built, `${props.name} ${props.lang}`);
    }
    // The charts' files, written by npm run charts, beside them.
    for (const lang of LANGS) {
      for (const { id } of site.figures(lang)) {
        for (const name of ['chartCsv', 'chartMetadata', 'chartSvg', 'chartPng', 'shareImage'] as const) {
          const path = routePath(lang, { name, id });
          expect(seen.get(path), path).toBeUndefined();
          seen.set(path, `${name} ${lang}`);
        }
      }
    }
    // A page is a folder: no file may have its name.
    for (const path of seen.keys()) if (!path.endsWith('/')) expect(seen.has(`${path}/`), path).toBe(false);
    expect(seen.size).toBeGreaterThan(4 * site.data.projects.length);
  });
  it("has the route files the table names, and no other: each file route's endpoint sits at src/pages/<its path>.ts", () => {
    const pages = resolve(import.meta.dirname, '../pages');
    const files = readdirSync(pages, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(pages, join(e.parentPath, e.name)))
      .sort();
    const endpoints = FILE_ROUTES.flatMap(({ name, langs }) =>
      langs.map((lang) => `${pathPattern(ROUTES[name], lang).slice(1)}.ts`),
    );
    expect(files).toEqual(['404.astro', '[...path].astro', ...endpoints].sort());
  });
  it('keeps the props small: a project page holds its id (its page data finds the project), an embed the project already in memory', () => {
    const page = all().find((p) => p.props.name === 'project')!;
    expect(Object.keys(page.props).sort()).toEqual(['id', 'lang', 'name']);
    const embed = all().find((p) => p.props.name === 'embed' && p.props.project !== undefined)!;
    expect(Object.keys(embed.props).sort()).toEqual(['id', 'lang', 'name', 'project']);
    expect(site.data.projects).toContain(embed.props.project);
  });
});
