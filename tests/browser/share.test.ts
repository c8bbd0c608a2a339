// Sharing, checked on the built site: every page's description and Open Graph / Twitter card
// tags, its share image (a 1200 × 630 PNG that exists in the build), and every chart's SVG and
// PNG downloads (well-formed XML, with the demonstration mark while the data is flagged; the PNG
// at the SVG's size). No natural person is in any of them: privacy.test.ts reads every file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PNG_ZOOM } from '../../src/figures/files.ts';
import { svgSize } from '../../src/figures/images.ts';
import { t } from '../../src/lib/i18n/index.ts';
import { pngSize } from '../../src/lib/raster/png.ts';
import { xmlError } from '../lib/xml.ts';
import { isDemonstration, isProjectPage, langOf, pagesToCheck, servedSite } from './harness.ts';

const site = servedSite();
const demonstration = isDemonstration(site);
const CHART_DIR = { it: 'dati/grafici', en: 'en/data/charts' } as const;

/** The content of a page's <meta> tags, by name or property. */
function metas(path: string): Map<string, string> {
  const html = readFileSync(join(site.dist, path, 'index.html'), 'utf8');
  const head = html.slice(0, html.indexOf('</head>'));
  const out = new Map<string, string>();
  for (const m of head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
    out.set(
      m[1]!,
      m[2]!
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  }
  return out;
}

/** Pages about the data: each has a description written from it. */
const DATA_PAGE =
  /^\/(en\/)?((citta|cities|azioni|actions|obiettivi|objectives|destinatari|target-groups|beneficiari|beneficiaries|progetti|projects)\/[^/]+\/|)$/;

describe('every page, shared', () => {
  const pages = pagesToCheck(site);
  it('has a description, Open Graph and Twitter card tags, and a 1200 × 630 share image that is in the build', () => {
    expect(pages.length).toBeGreaterThan(50);
    const images = new Set<string>();
    for (const path of pages) {
      const m = metas(path);
      const lang = langOf(path);
      expect(m.get('description'), path).toBeTruthy();
      expect(m.get('og:description'), path).toBe(m.get('description'));
      expect(m.get('og:title'), path).toBeTruthy();
      expect(m.get('og:url'), path).toBe(`${site.siteUrl}${path}`);
      expect(m.get('og:locale'), path).toBe(lang === 'it' ? 'it_IT' : 'en_GB');
      expect(m.get('twitter:card'), path).toBe('summary_large_image');
      expect(m.get('og:image:alt'), path).toBeTruthy();
      const image = m.get('og:image')!;
      expect(image.startsWith(`${site.siteUrl}/`), `${path}: ${image}`).toBe(true);
      const file = join(site.dist, image.slice(site.siteUrl.length));
      expect(existsSync(file), `${path}: ${image}`).toBe(true);
      if (!images.has(file)) expect(pngSize(readFileSync(file)), image).toEqual({ width: 1200, height: 630 });
      images.add(file);
    }
    // pages with a chart share their own: more than one image in each language
    expect(images.size).toBeGreaterThan(20);
  });
  it("titles a page's own share image as the page is titled (its <h1>)", () => {
    let checked = 0;
    for (const path of pages) {
      const m = metas(path);
      if (m.get('og:image')!.endsWith('/sito.png') || isProjectPage(path)) continue;
      const html = readFileSync(join(site.dist, path, 'index.html'), 'utf8');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)![1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .trim();
      expect(m.get('og:image:alt')!.startsWith(`${h1}: `), `${path}: ${m.get('og:image:alt')} / ${h1}`).toBe(true);
      checked++;
    }
    expect(checked).toBeGreaterThan(40);
  });
  it('describes each page about the data from its data: never the generic words, and no two alike', () => {
    const seen = new Map<string, string>();
    const data = pages.filter((p) => DATA_PAGE.test(p));
    expect(data.length).toBeGreaterThan(40);
    for (const path of data) {
      const text = metas(path).get('description')!;
      expect(text, path).not.toBe(t(langOf(path)).site.tagline);
      expect(text, path).toMatch(/\d/);
      expect(seen.get(text), `${path} has the description of ${seen.get(text)}`).toBeUndefined();
      seen.set(text, path);
    }
  });
});

describe('chart downloads', () => {
  for (const lang of ['it', 'en'] as const) {
    it(`${lang}: every chart with an SVG has its PNG, at its size; every SVG is well-formed XML with the demonstration mark while the data is flagged`, () => {
      const dir = join(site.dist, CHART_DIR[lang]);
      const svgs = readdirSync(dir)
        .filter((f) => f.endsWith('.svg'))
        .sort();
      expect(svgs.length).toBeGreaterThan(50);
      svgs.forEach((f, i) => {
        const svg = readFileSync(join(dir, f), 'utf8');
        expect(xmlError(svg), f).toBeNull();
        expect(svg.includes(t(lang).demo.mark), f).toBe(demonstration);
        // the PNG beside it: every tenth read, at the SVG's size
        const png = join(dir, f.replace(/\.svg$/, '.png'));
        expect(existsSync(png), png).toBe(true);
        if (i % 10 === 0) {
          const { width, height } = svgSize(svg);
          expect(pngSize(readFileSync(png)), f).toEqual({ width: width * PNG_ZOOM, height: height * PNG_ZOOM });
        }
      });
      // a project's own chart has its CSV only
      expect(readdirSync(dir).some((f) => f.startsWith('project-') && (f.endsWith('.svg') || f.endsWith('.png')))).toBe(
        false,
      );
    });
  }
});
