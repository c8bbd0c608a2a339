// Page weight on the built site: the bytes a browser fetches for one page, by kind (HTML, CSS,
// JS, inline and linked SVG), raw and gzip. Fonts are counted apart. Used by `npm run bench`
// and by the page-budget tests, so both measure the same thing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export type Weight = { raw: number; gzip: number };
export type PageWeight = {
  page: string;
  html: Weight;
  css: Weight;
  js: Weight;
  svg: Weight;
  fonts: Weight;
  total: Weight;
  files: string[];
};

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const zero = (): Weight => ({ raw: 0, gzip: 0 });
const add = (w: Weight, b: Buffer | string) => {
  w.raw += Buffer.byteLength(b);
  w.gzip += gz(b);
};

/** The HTML file for a site path ('/citta/napoli/' -> dist/citta/napoli/index.html). */
export function htmlFile(dist: string, path: string): string {
  const clean = path.split(/[?#]/)[0]!.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

/** Weighs one page and the CSS, JS, SVG and fonts it references on the same site. `base` is the site's base path. */
export function weighPage(dist: string, path: string, base = '/'): PageWeight {
  const html = readFileSync(htmlFile(dist, path), 'utf8');
  const w: PageWeight = {
    page: path,
    html: zero(),
    css: zero(),
    js: zero(),
    svg: zero(),
    fonts: zero(),
    total: zero(),
    files: [],
  };
  add(w.html, html);
  // Inline SVG is part of the HTML bytes; it is also reported on its own so charts can be budgeted.
  for (const m of html.matchAll(/<svg[\s\S]*?<\/svg>/g)) add(w.svg, m[0]);
  const local = (url: string) => {
    if (/^(https?:)?\/\//.test(url) || url.startsWith('data:')) return null;
    const rel = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    const file = join(dist, rel.split(/[?#]/)[0]!);
    return existsSync(file) ? file : null;
  };
  const seen = new Set<string>();
  const take = (url: string, kind: 'css' | 'js' | 'svg' | 'fonts') => {
    const file = local(url);
    if (!file || seen.has(file)) return;
    seen.add(file);
    w.files.push(file.slice(dist.length));
    const bytes = readFileSync(file);
    add(w[kind], bytes);
    if (kind === 'css') {
      for (const f of bytes.toString('utf8').matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g))
        take(new URL(f[1]!, 'http://x' + url).pathname, 'fonts');
    }
  };
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) take(m[1]!, 'css');
  for (const m of html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)) take(m[1]!, 'css');
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) take(m[1]!, 'js');
  for (const m of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g)) take(m[1]!, 'js');
  for (const m of html.matchAll(/<img[^>]+src="([^"]+\.svg)"/g)) take(m[1]!, 'svg');
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
    for (const f of m[1]!.matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g)) take(f[1]!, 'fonts');
  }
  for (const k of ['html', 'css', 'js'] as const) {
    w.total.raw += w[k].raw;
    w.total.gzip += w[k].gzip;
  }
  if (w.svg.raw > 0) {
    // linked SVG files are not in the HTML: count them in the total
    const linked = w.files.filter((f) => f.endsWith('.svg'));
    for (const f of linked) {
      const b = readFileSync(join(dist, f));
      w.total.raw += b.length;
      w.total.gzip += gz(b);
    }
  }
  return w;
}
