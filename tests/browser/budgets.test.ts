// Page budgets, measured on the built site (the bundled data) with the same weighing as
// `npm run bench` (scripts/bench/weights.ts). A change that breaks one does not land.
// Timings stay in the benchmark; only sizes are budgeted here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { weighPage } from '../../scripts/bench/weights.ts';
import { LANGS } from '../../src/lib/i18n/locales.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';

const KB = 1024;
/** Pages that may run JavaScript: the explorer and the search. Every other page has none. */
const SCRIPTED = new Set(['progetti/index.html', 'en/projects/index.html', 'cerca/index.html', 'en/search/index.html']);
const READING_PAGES: Record<string, string> = {
  home: '/',
  objective: '/obiettivi/eso4-12/',
  action: '/azioni/4.4.12.1/',
  city: '/citta/napoli/',
  'target group': '/destinatari/senza-dimora/',
  methods: '/metodi/',
  data: '/dati/',
  'city (en)': '/en/cities/napoli/',
  beneficiaries: '/beneficiari/',
  beneficiary: '/beneficiari/99100000017/',
  cities: '/citta/',
  actions: '/azioni/',
  objectives: '/obiettivi/',
  'target groups': '/destinatari/',
  'home (en)': '/en/',
};

const dist = () => inject('site').dist;
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)));

describe('page budgets', () => {
  it('0 bytes of JavaScript on every reading page', () => {
    const files = htmlFiles(dist());
    expect(files.length).toBeGreaterThan(1000);
    // A JSON-LD block (<script type="application/ld+json">, /dati/) is data the browser never runs; any other <script>
    // is JavaScript.
    const withScript = files.filter(
      (f) =>
        !SCRIPTED.has(f) &&
        /<script\b(?![^>]*\btype="application\/ld\+json")/i.test(readFileSync(join(dist(), f), 'utf8')),
    );
    expect(withScript).toEqual([]);
    expect(
      /<script\b(?![^>]*\btype="application\/ld\+json")/i.test('<script type="module" src="/x.js"></script>'),
    ).toBe(true);
  });

  it.for(Object.entries(READING_PAGES))('%s page: at most 60 KB gzip, fonts aside, and no script', ([, path]) => {
    const w = weighPage(dist(), path);
    expect(w.js.raw, path).toBe(0);
    expect(w.total.gzip, `${path}: ${(w.total.gzip / KB).toFixed(1)} KB`).toBeLessThanOrEqual(60 * KB);
  });

  it('a project page stays small', () => {
    const dir = join(dist(), 'progetti');
    const id = readdirSync(dir, { withFileTypes: true }).find(
      (e) => e.isDirectory() && e.name !== 'citta' && existsSync(join(dir, e.name, 'index.html')),
    )!.name;
    const w = weighPage(dist(), `/progetti/${id}/`);
    expect(w.js.raw).toBe(0);
    expect(w.total.gzip).toBeLessThanOrEqual(30 * KB);
  });

  it('the explorer: its own JavaScript under 40 KB gzip', () => {
    for (const path of ['/progetti/', '/en/projects/']) {
      const w = weighPage(dist(), path);
      expect(w.js.raw, `${path} loads its script`).toBeGreaterThan(0);
      expect(w.js.gzip, `${path}: ${(w.js.gzip / KB).toFixed(1)} KB`).toBeLessThan(40 * KB);
    }
  });

  it("the explorer's first script, with what it imports statically, stays under 40 KB gzip: Plot is a chunk loaded by import()", () => {
    const w = weighPage(dist(), '/progetti/');
    const first = w.files.filter((f) => f.endsWith('.js'));
    expect(first).toHaveLength(1);
    // The script and every module it imports with a static `import … from "./x.js"`, recursively.
    const read = (f: string) => readFileSync(join(dist(), f), 'utf8');
    const dirOf = (f: string) => f.slice(0, f.lastIndexOf('/') + 1);
    const statics = new Set<string>();
    const walk = (f: string) => {
      if (statics.has(f)) return;
      statics.add(f);
      for (const m of read(f).matchAll(/\bimport\s*(?:[\w{}$,\s*]+from\s*)?["'`](\.\/[^"'`]+\.js)["'`]/g))
        walk(dirOf(f) + m[1]!.slice(2));
    };
    walk(first[0]!);
    const size = (f: string) => gzipSync(readFileSync(join(dist(), f))).length;
    const firstGzip = [...statics].reduce((n, f) => n + size(f), 0);
    const dynamic = [...read(first[0]!).matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map(
      (m) => dirOf(first[0]!) + m[1]!.slice(2),
    );
    const chunk = dynamic.find((f) => /\/explorer-charts\.[\w-]+\.js$/.test(f));
    expect(chunk, `dynamic imports: ${dynamic.join(', ')}`).toBeDefined();
    expect(statics.has(chunk!)).toBe(false);
    expect(read(chunk!)).toContain('plot-d6a7b5'); // Observable Plot (its default class name) is in the chunk…
    expect(read(chunk!), 'the server-side DOM stays on the server').not.toContain('linkedom');
    expect([...statics].map(read).join('\n')).not.toMatch(/plot-d6a7b5/); // …and not in the first script
    console.log(
      `explorer: first script ${(firstGzip / KB).toFixed(1)} KB gzip (${statics.size} file(s)); chart chunk ${(size(chunk!) / KB).toFixed(1)} KB gzip`,
    );
    expect(firstGzip).toBeLessThanOrEqual(40 * KB);
  });

  it("the explorer's script carries its own namespace of the strings and none of the rest", () => {
    const w = weighPage(dist(), '/progetti/');
    const js = w.files
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(dist(), f), 'utf8'))
      .join('\n');
    const texts = (o: unknown): string[] =>
      typeof o === 'string' ? [o] : o !== null && typeof o === 'object' ? Object.values(o).flatMap(texts) : [];
    for (const lang of LANGS) {
      const { explorer, ...rest } = STRINGS[lang];
      const own = new Set(texts(explorer));
      expect(
        [...own].filter((s) => !js.includes(s)),
        lang,
      ).toEqual([]);
      // Long texts only: a short one ("Città", "CUP") may well be in the script for another reason.
      expect(
        texts(rest).filter((s) => s.length >= 20 && !own.has(s) && js.includes(s)),
        lang,
      ).toEqual([]);
    }
  });

  it('the first 14 KB paint the page: head and stylesheet together fit in the first round trip', () => {
    for (const path of Object.values(READING_PAGES)) {
      const w = weighPage(dist(), path);
      const html = readFileSync(join(dist(), path, 'index.html'), 'utf8');
      const head = gzipSync(html.slice(0, html.indexOf('</head>'))).length;
      expect(head + w.css.gzip, path).toBeLessThanOrEqual(14 * KB);
    }
  });
});
