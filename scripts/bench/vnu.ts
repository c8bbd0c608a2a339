// The W3C Nu Html Checker (vnu) over a whole built site: every HTML file (embeds and the 404
// pages included), and the explorer as a visitor's browser leaves it once its charts are drawn
// (the one page whose markup JavaScript changes). An optional step of `npm run bench`
// (`--vnu-jar PATH`); also on its own:
//
//   node scripts/bench/vnu.ts --jar PATH [--site dist] [--out FILE]
//
// vnu is not a dependency of the project (it needs Java 17+): its jar comes from the npm package
// `vnu-jar`, installed anywhere by hand (README, "Measured"). The pages are served over HTTP on the
// loopback interface, as a host serves them: checked as file: URLs, every stylesheet and script the
// Content-Security-Policy allows as 'self' is reported as blocked, since a file: URL has no origin.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../../tests/browser/browser.ts';
import { serveStatic } from '../../tests/browser/site.ts';
import { matchRoutes } from '../../src/routes/table.ts';

/** One message of vnu's JSON output (`--format json`). */
export type VnuMessage = {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  message: string;
  url?: string;
  extract?: string;
};
/** `io`: a page vnu could not read (a non-document error); it counts as a failure, like an error. */
export type VnuKind = 'error' | 'warning' | 'info' | 'io';

export function kindOf(m: VnuMessage): VnuKind {
  if (m.type === 'error') return 'error';
  if (m.type === 'non-document-error') return 'io';
  return m.subType === 'warning' ? 'warning' : 'info';
}

/**
 * A page's type: its route in the route table and its language (a project's embed apart, as in the
 * html-validate test).
 */
export function pageType(page: string): string {
  // `#drawn`: the page as the browser leaves it once its script has run (the explorer's charts).
  const [path = page, state] = page.split('#');
  const m = matchRoutes(path).find((r) => r.name !== 'download') ?? matchRoutes(path)[0];
  if (!m) return page;
  return `${m.name}${/\/embed\/project-/.test(path) ? '-project' : ''}${state ? ` ${state}` : ''} (${m.lang})`;
}

type Count = { pages: number; errors: number; warnings: number; info: number; io: number };
export type VnuSummary = Count & {
  seconds: number;
  byPageType: Record<string, Count>;
  /** Every distinct message, most frequent first: how often, on how many pages, and the first page. */
  byMessage: { kind: VnuKind; message: string; count: number; pages: number; first: string }[];
};

const zero = (): Count => ({ pages: 0, errors: 0, warnings: 0, info: 0, io: 0 });
const FIELD: Record<VnuKind, keyof Count> = { error: 'errors', warning: 'warnings', info: 'info', io: 'io' };

/** Counts vnu's messages over the pages checked (site paths), by page type and by message. */
export function summarise(
  paths: string[],
  messages: VnuMessage[],
  pathOf: (url: string) => string,
  seconds = 0,
): VnuSummary {
  const byPageType: Record<string, Count> = {};
  const typeOf = new Map<string, string>();
  const total = zero();
  for (const p of paths) {
    const t = pageType(p);
    typeOf.set(p, t);
    (byPageType[t] ??= zero()).pages++;
    total.pages++;
  }
  const byMessage = new Map<string, VnuSummary['byMessage'][number] & { seen: Set<string> }>();
  for (const m of messages) {
    const kind = kindOf(m);
    const path = m.url ? pathOf(m.url) : '?';
    const type = typeOf.get(path);
    if (type === undefined)
      throw new Error(`vnu reported on ${m.url ?? 'no URL'}, which was not among the pages checked`);
    total[FIELD[kind]]++;
    byPageType[type]![FIELD[kind]]++;
    const key = `${kind}\n${m.message}`;
    let e = byMessage.get(key);
    if (!e) byMessage.set(key, (e = { kind, message: m.message, count: 0, pages: 0, first: path, seen: new Set() }));
    e.count++;
    if (!e.seen.has(path)) e.pages = e.seen.add(path).size;
  }
  return {
    ...total,
    seconds,
    byPageType: Object.fromEntries(Object.entries(byPageType).sort(([a], [b]) => a.localeCompare(b))),
    byMessage: [...byMessage.values()].sort((a, b) => b.count - a.count).map(({ seen: _, ...e }) => e),
  };
}

/** Every HTML file of a built site, as site paths (`/citta/napoli/`, `/404.html`). */
export function htmlPaths(dist: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.html')) {
        const rel = relative(dist, join(dir, e.name)).split(sep).join('/');
        out.push(`/${rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel}`);
      }
    }
  };
  walk(resolve(dist));
  return out;
}

/** URLs per run of the checker: one JVM start for many pages, and an argument list well under the system's limit. */
const BATCH = 2000;

/** Runs vnu over URLs (in batches), each served on the loopback interface, and returns its messages. */
export async function runVnu(jar: string, urls: string[]): Promise<VnuMessage[]> {
  const messages: VnuMessage[] = [];
  for (let i = 0; i < urls.length; i += BATCH) {
    const args = [
      '-Xss8m',
      // vnu refuses loopback and private addresses unless told otherwise.
      '-Dnu.validator.servlet.allow-forbidden-hosts=true',
      '-jar',
      jar,
      '--format',
      'json',
      '--stdout',
      '--exit-zero-always',
      ...urls.slice(i, i + BATCH),
    ];
    const out = await new Promise<string>((ok, fail) => {
      const child = spawn(process.env['JAVA'] ?? 'java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', fail);
      child.on('close', (code) =>
        code === 0 ? ok(stdout) : fail(new Error(`vnu exited with ${code}:\n${stderr.slice(-2000)}`)),
      );
    });
    messages.push(...(JSON.parse(out) as { messages: VnuMessage[] }).messages);
  }
  return messages;
}

/**
 * The explorer in each language; its charts are drawn when a bar of the city chart is a link (as
 * tests/browser/harness.ts waits for them).
 */
const EXPLORERS = ['/progetti/', '/en/projects/'];
const CHARTS_DRAWN = '[data-charts]:not([hidden]) [data-chart="citta"] svg a[data-facet]';

/** The explorer's markup once a browser has drawn its charts, by path. */
async function explorerSnapshots(origin: string): Promise<Map<string, string>> {
  const browser = await launchBrowser();
  const out = new Map<string, string>();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    for (const path of EXPLORERS) {
      await page.goto(origin + path, { waitUntil: 'load' });
      await page.waitForSelector(CHARTS_DRAWN, { timeout: 30_000 });
      out.set(path, await page.content());
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * Checks every HTML file of `dist`, then the explorer with its charts drawn (page type
 * `projects drawn`). Snapshots are served from a folder of their own: vnu only compares a
 * resource's origin with the policy's, so the page's own origin is what matters.
 */
export async function checkSite(jar: string, dist: string): Promise<VnuSummary> {
  const started = performance.now();
  const paths = htmlPaths(dist);
  const site = await serveStatic(dist);
  const drawnDir = mkdtempSync(join(os.tmpdir(), 'vnu-drawn-'));
  let drawnServer: Awaited<ReturnType<typeof serveStatic>> | null = null;
  try {
    const snapshots = await explorerSnapshots(site.origin);
    const drawn = new Map<string, string>();
    for (const [path, html] of snapshots) {
      const file = `${path.replaceAll('/', '_')}drawn.html`;
      writeFileSync(join(drawnDir, file), html);
      drawn.set(`/${file}`, `${path}#drawn`);
    }
    drawnServer = await serveStatic(drawnDir);
    const drawnOrigin = drawnServer.origin;
    const messages = await runVnu(jar, [
      ...paths.map((p) => site.origin + p),
      ...[...drawn.keys()].map((f) => drawnOrigin + f),
    ]);
    const pathOf = (url: string) => {
      const u = new URL(url);
      return u.origin === drawnOrigin ? drawn.get(u.pathname)! : decodeURIComponent(u.pathname);
    };
    const summary = summarise([...paths, ...drawn.values()], messages, pathOf, (performance.now() - started) / 1000);
    return summary;
  } finally {
    await site.close();
    await drawnServer?.close();
    rmSync(drawnDir, { recursive: true, force: true });
  }
}

/** The summary as lines of text: totals, each page type with messages, each message. */
export function formatSummary(s: VnuSummary): string[] {
  const lines = [
    `vnu: ${s.pages} pages in ${s.seconds.toFixed(0)} s: ${s.errors} errors, ${s.warnings} warnings, ${s.info} info, ${s.io} pages not read`,
  ];
  for (const [t, c] of Object.entries(s.byPageType))
    if (c.errors + c.warnings + c.io > 0)
      lines.push(
        `  ${t.padEnd(28)} ${String(c.pages).padStart(6)} pages ${c.errors} errors ${c.warnings} warnings ${c.io} not read`,
      );
  for (const m of s.byMessage)
    lines.push(`  ${String(m.count).padStart(6)} × ${m.kind} on ${m.pages} page(s), first ${m.first}: ${m.message}`);
  return lines;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { values } = parseArgs({
    options: { jar: { type: 'string' }, site: { type: 'string', default: 'dist' }, out: { type: 'string' } },
  });
  if (!values.jar) {
    process.stderr.write('usage: node scripts/bench/vnu.ts --jar PATH [--site dist] [--out FILE]\n');
    process.exit(2);
  }
  const summary = await checkSite(values.jar, values.site);
  if (values.out) writeFileSync(values.out, JSON.stringify(summary, null, 2) + '\n');
  process.stdout.write(formatSummary(summary).join('\n') + '\n');
  process.exit(summary.errors + summary.io > 0 ? 1 : 0);
}
