import { spendingTimeline } from '../lib/model/timeline.ts';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteData } from '../data.ts';
import { formatMillionsShort, formatPercent, t } from '../lib/i18n/index.ts';
import { routePath, type Route } from '../routes/table.ts';
import { allFigures } from './catalogue.ts';
import { mainFigures, pageDescription, pageHeading, pageImage, shareImagePath, SITE_IMAGE } from './page-share.ts';

const d = loadSiteData(resolve(import.meta.dirname, '../../tests/fixtures/site-small'));
const LANGS = ['it', 'en'] as const;

/** One route of each page about data, per entity. */
const dataRoutes = (): Route[] => [
  { name: 'home' },
  ...d.objectives.map((o): Route => ({ name: 'objective', code: o.code })),
  ...d.actions.map((a): Route => ({ name: 'action', code: a.code })),
  ...d.cities.map((c): Route => ({ name: 'city', slug: c.slug })),
  ...d.targetGroups.map((g): Route => ({ name: 'targetGroup', code: g.code })),
  ...d.cities.map((c): Route => ({ name: 'cityProjects', slug: c.slug })),
  ...d.projects.map((p): Route => ({ name: 'project', id: p.id })),
  ...d.beneficiaries.filter((b) => b.kind === 'legal').map((b): Route => ({ name: 'beneficiary', id: b.id })),
  { name: 'objectives' },
  { name: 'actions' },
  { name: 'cities' },
  { name: 'targetGroups' },
  { name: 'beneficiaries' },
];

describe('pageDescription', () => {
  it('writes each data page a description of its own, from the data, in each language', () => {
    for (const lang of LANGS) {
      const seen = new Map<string, string>();
      for (const route of dataRoutes()) {
        const text = pageDescription(d, route, lang);
        const path = routePath(lang, route);
        expect(text, path).not.toBe(t(lang).site.tagline);
        expect(seen.get(text), `${path} and ${seen.get(text)}`).toBeUndefined();
        seen.set(text, path);
      }
    }
  });
  it('says a city’s allocation and how much of it is committed and paid, as the site formats them', () => {
    const c = d.cities.find((x) => (d.byCity.get(x.istat)!.funnel.allocated ?? 0) > 0)!;
    const f = d.byCity.get(c.istat)!.funnel;
    for (const lang of LANGS) {
      const text = pageDescription(d, { name: 'city', slug: c.slug }, lang);
      expect(text.startsWith(`${c.name}: ${formatMillionsShort(f.allocated!, lang)}`), text).toBe(true);
      expect(text).toContain(formatPercent(f.committed / f.allocated!, lang, 0));
      expect(text).toContain(formatPercent(f.paid / f.allocated!, lang, 0));
    }
    expect(pageDescription(d, { name: 'city', slug: c.slug }, 'it')).toMatch(/ assegnati, .* impegnato, .* pagato; /);
    expect(pageDescription(d, { name: 'city', slug: c.slug }, 'en')).toMatch(/ allocated, .* committed, .* paid; /);
  });
  it('gives the other pages fitting words of their own', () => {
    for (const lang of LANGS) {
      const texts = (
        ['methods', 'glossary', 'about', 'dictionary', 'accessibility', 'search', 'changes', 'projects'] as const
      ).map((name) => pageDescription(d, { name }, lang));
      expect(new Set(texts).size).toBe(texts.length);
      for (const x of texts) expect(x.length).toBeGreaterThan(20);
    }
  });
});

describe('pageImage', () => {
  it("shows a page's first chart, a project's city's chart, and the site's image where a page has no chart", () => {
    for (const lang of LANGS) {
      const mains = mainFigures(d, lang);
      const home = pageImage(d, { name: 'home' }, lang);
      const first = allFigures(d, lang, spendingTimeline([], [], [])).find((f) => f.page.name === 'home')!;
      expect(home).toMatchObject({ id: first.id, path: shareImagePath(lang, first.id) });
      expect(home.alt).toContain(first.title);
      const p = d.projects[0]!;
      const city = d.cityByIstat.get(p.city)!;
      expect(pageImage(d, { name: 'project', id: p.id }, lang)).toEqual(
        pageImage(d, { name: 'city', slug: city.slug }, lang),
      );
      expect(pageImage(d, { name: 'city', slug: city.slug }, lang).id).toBe(
        mains.get(routePath(lang, { name: 'city', slug: city.slug }))!.id,
      );
      expect(pageImage(d, { name: 'methods' }, lang)).toMatchObject({
        id: SITE_IMAGE,
        path: shareImagePath(lang, SITE_IMAGE),
      });
      // a project's own chart is never a page's share image
      for (const f of mains.values()) expect(f.images).not.toBe(false);
    }
    expect(shareImagePath('it', 'x')).toBe('/condivisione/x.png');
    expect(shareImagePath('en', 'x')).toBe('/en/share/x.png');
  });
  it("titles a page's image as the page is titled", () => {
    const c = d.cities[0]!;
    expect(pageHeading(d, { name: 'city', slug: c.slug }, 'it')).toBe(c.name);
    expect(pageHeading(d, { name: 'action', code: d.actions[0]!.code }, 'en')).toBe(`Action ${d.actions[0]!.code}`);
    expect(pageHeading(d, { name: 'methods' }, 'it')).toBeNull();
  });
});
