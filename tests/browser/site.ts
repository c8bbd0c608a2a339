// Builds the site the way a deployment does (importer, astro build, sitemap and search index:
// the steps of `npm run build`, with their Node flags from package.json) into throwaway
// folders, serves a built folder on the loopback interface, and lists the pages of its
// sitemap. Shared by the global setup (bundled data) and the totals test (small fixture).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { withCharts } from '../../scripts/lib/charts-alongside.ts';
import { buildSteps, nodeScriptArgs } from '../../scripts/lib/npm-scripts.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The address the test builds are told they are published at. It is not the address they
 * are served from, so a page that fetches anything by its absolute public URL shows up as a
 * request leaving the local origin. `.test` is reserved: it never resolves.
 */
export const SITE_URL = 'https://pn-metro-inclusione.test';

/** How each build step after the import is told where the built site is. */
const OUT_FLAG: Record<string, string> = { site: '--outDir', charts: '--site', 'site-index': '--site' };

/**
 * The Node arguments of `npm run build`'s steps after the import (package.json), as scripts/build.ts runs them on the
 * data imported into `data`, writing into `dist`.
 */
export function stepsAfterImport(dist: string, data: string): string[][] {
  return buildSteps()
    .slice(1)
    .flatMap((step) => withCharts(step, data))
    .map((step) => {
      const flag = OUT_FLAG[step];
      if (!flag) throw new Error(`tests/browser/site.ts: how is the build step "${step}" told its output folder?`);
      return [...nodeScriptArgs(step), flag, dist];
    });
}

export type BuiltSite = { work: string; data: string; dist: string; seconds: number };

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) ok();
      else fail(new Error(`${[cmd, ...args].join(' ')} exited with ${code}:\n${out.slice(-4000)}`));
    });
  });
}

/**
 * Imports `input` and builds the site from it. Everything goes into a new folder under
 * test-results/ (git-ignored). The folder must be inside the project: Astro puts its
 * prerender chunks in `<outDir>/.prerender` only when outDir is under the working directory,
 * and otherwise in the project's shared `.astro/.prerender`, where two builds running at the
 * same time delete each other's files.
 */
export async function buildSite(input: string, label: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<BuiltSite> {
  const started = performance.now();
  const parent = join(ROOT, 'test-results', 'sites');
  mkdirSync(parent, { recursive: true });
  const work = mkdtempSync(join(parent, `${label}-`));
  const data = join(work, 'data');
  const dist = join(work, 'dist');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: data,
    SITE_URL,
    ASTRO_TELEMETRY_DISABLED: '1',
    TZ: 'UTC',
    ...extraEnv,
  };
  delete env.BASE_PATH;
  await run(process.execPath, [...nodeScriptArgs('data'), '--input', input, '--output', data], env);
  for (const args of stepsAfterImport(dist, data)) await run(process.execPath, args, env);
  for (const f of ['index.html', 'sitemap-index.xml']) {
    if (!existsSync(join(dist, f))) throw new Error(`astro build finished without ${f} in ${dist}`);
  }
  return { work, data, dist, seconds: (performance.now() - started) / 1000 };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.webmanifest': 'application/manifest+json',
  '.zip': 'application/zip',
};

export type StaticServer = { origin: string; close: () => Promise<void> };

function isFile(p: string): boolean {
  return existsSync(p) && statSync(p).isFile();
}

/**
 * A static file server for a built folder, as a static host behaves: `dir/` serves
 * `dir/index.html`, `dir` redirects to `dir/`, anything else missing is a 404 with the
 * site's own 404.html when there is one. Loopback only, on a port the system picks.
 */
/** `gzip`: compress text files when the client accepts it, as static hosts do (the benchmark measures pages so). */
export async function serveStatic(root: string, options: { gzip?: boolean } = {}): Promise<StaticServer> {
  const base = resolve(root);
  const notFound = join(base, '404.html');
  const server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const file = resolve(base, `.${pathname}`);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    let target: string | null = null;
    if (isFile(file)) target = file;
    else if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(301, { location: `${pathname}/` }).end();
        return;
      }
      if (isFile(join(file, 'index.html'))) target = join(file, 'index.html');
    }
    const status = target ? 200 : 404;
    if (!target && isFile(notFound)) target = notFound;
    if (!target) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[extname(target).toLowerCase()] ?? 'application/octet-stream';
    const compress =
      options.gzip === true &&
      /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) &&
      /^(text\/|application\/(json|xml|javascript|ld\+json)|image\/svg)/.test(type);
    const body = compress ? gzipSync(readFileSync(target)) : readFileSync(target);
    res.writeHead(status, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok, fail) => {
        server.closeAllConnections();
        server.close((e) => (e ? fail(e) : ok()));
      }),
  };
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replaceAll('&amp;', '&'));
}

/**
 * Every page the sitemap lists, as a path on the site (`/citta/bari/`). The absolute URLs
 * must start with `siteUrl`; each sub-sitemap is read from the built folder.
 */
export function sitemapPaths(dist: string, siteUrl: string): string[] {
  const prefix = siteUrl.replace(/\/$/, '');
  const toPath = (loc: string): string => {
    if (!loc.startsWith(`${prefix}/`)) throw new Error(`sitemap entry ${loc} is not under ${siteUrl}`);
    return loc.slice(prefix.length);
  };
  const paths: string[] = [];
  for (const sub of locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'))) {
    paths.push(...locs(readFileSync(join(dist, `.${toPath(sub)}`), 'utf8')).map(toPath));
  }
  return paths;
}
