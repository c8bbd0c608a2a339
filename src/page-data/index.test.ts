import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicationAt } from '../downloads.ts';
import { pagePaths, notFoundPage, type Site } from '../routes/paths.ts';
import { ROUTES, type RouteDef } from '../routes/table.ts';
import { smallSite } from '../../tests/lib/site-small.ts';
import { PAGE_DATA, viewProps } from './index.ts';

const site = smallSite();
const pub = publicationAt('https://example.test/', site.meta);
// Every HTML page but the release pages (src/page-data/releases.test.ts reads releases of its own).
const pages: Site = {
  data: site,
  releases: () => [],
  downloads: () => [],
  frozenDownloads: () => [],
  figures: () => [],
};
/** The views that show no data, only words and the frame. */
const TEXT_VIEWS = ['Accessibility', 'Glossary', 'NotFound', 'Search'];

describe('viewProps', () => {
  it('gives every page of the table its language, route, frame and data', () => {
    const all = [...pagePaths(pages).map((p) => p.props), notFoundPage(pages)];
    expect(all.length).toBeGreaterThan(2 * site.projects.length);
    for (const props of all) {
      const v = viewProps(site, props, pub);
      expect(v.lang).toBe(props.lang);
      expect(v.route.name).toBe(props.name);
      expect(v.frame.pub).toBe(pub);
      const { view }: RouteDef = ROUTES[props.name];
      expect(v.data === undefined, `${props.name} ${props.lang}`).toBe(TEXT_VIEWS.includes(view!));
    }
  });

  it('names the city whose feed a city page adds, and none on other pages', () => {
    const city = site.cities[0]!;
    expect(viewProps(site, { name: 'city', lang: 'it', slug: city.slug }, pub).frame.feedCity).toBe(city);
    expect(viewProps(site, { name: 'cityProjects', lang: 'it', slug: city.slug }, pub).frame.feedCity).toBeNull();
  });

  it('has a page-data function for every view of src/views that is not a text page, and for no other', () => {
    const views = readdirSync(resolve(import.meta.dirname, '../views')).map((f) => f.replace(/\.astro$/, ''));
    expect([...Object.keys(PAGE_DATA), ...TEXT_VIEWS].sort()).toEqual(views.sort());
  });

  it('fails, naming the route, when a page lacks an argument its data needs', () => {
    expect(() => viewProps(site, { name: 'city', lang: 'it' }, pub)).toThrow(/"city" gives no "slug"/);
  });
});
