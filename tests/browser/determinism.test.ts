// Two builds of the same JSON give the same dist/ (pages, sitemap and search index), byte for
// byte: nothing reads the clock or depends on the order files are found. The second build reuses the data the global
// setup
// imported, and is compared file by file with the first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { inject, expect, it } from 'vitest';
import { ROOT, SITE_URL, stepsAfterImport } from './site.ts';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

it('builds a byte-identical site from the same data, at another time of day and in another time zone', () => {
  const first = inject('site').dist;
  const data = join(dirname(first), 'data');
  const work = mkdtempSync(join(ROOT, 'test-results', 'sites', 'again-'));
  const second = join(work, 'dist');
  try {
    // Every PNG drawn again, none read from the PNG cache (src/lib/raster/png-cache.ts), which the first build may
    // have used: the bytes it kept are compared with fresh ones.
    const env = {
      ...process.env,
      DATA_DIR: data,
      SITE_URL,
      TZ: 'Pacific/Kiritimati',
      ASTRO_TELEMETRY_DISABLED: '1',
      PNG_CACHE: 'off',
    };
    // The two steps after the import, as npm run build runs them: the pages, then sitemap and search index.
    for (const args of stepsAfterImport(second, data)) {
      const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env });
      expect(r.status, r.stderr.slice(-3000)).toBe(0);
    }
    const a = files(first);
    expect(files(second)).toEqual(a);
    const differing = a.filter((f) => !readFileSync(join(first, f)).equals(readFileSync(join(second, f))));
    expect(differing).toEqual([]);
    expect(a.length).toBeGreaterThan(100);
    // the PNGs (charts and share images, drawn by resvg) are among the files compared
    expect(a.filter((f) => f.endsWith('.png')).length).toBeGreaterThan(100);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}, 300_000);
