// PNGs drawn by an earlier build, kept for the next: resvg gives the same bytes for the same SVG, options, fonts and
// resvg version, so a chart or share image is drawn once and read back by later builds (a rebuild draws only what
// changed; drawing is most of `npm run charts`' CPU: README, "Measured"). A file per PNG in
// node_modules/.cache/pnmetro-png/, named by the SHA-256 of all that goes into it; at the end of a build the least
// recently used go first beyond MAX_BYTES. PNG_CACHE_DIR puts the cache elsewhere, PNG_CACHE=off draws every PNG
// (the determinism test's second build does, so that the cached bytes are checked against fresh ones). Runs in plain
// Node (npm run charts).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The most bytes kept: five builds of the bundled data (18 MB of PNG each) and the tests' smaller sites. */
export const MAX_BYTES = 100 * 2 ** 20;

export type PngCache = {
  /** The PNG kept for `key`, or null. */
  read: (key: string) => Buffer | null;
  write: (key: string, png: Uint8Array) => void;
  /** Removes the least recently used PNGs beyond `maxBytes`; returns how many. */
  prune: (maxBytes?: number) => number;
};

/** The cache's key for an SVG drawn with `options` (as text) by a rasteriser described by `version` (its, fonts'). */
export function pngCacheKey(version: string, svg: string, options: string): string {
  return createHash('sha256').update(version).update('\0').update(options).update('\0').update(svg).digest('hex');
}

/** The cache in `dir`, or, by default, where PNG_CACHE_DIR says or node_modules/.cache/pnmetro-png; null when off. */
export function pngCache(
  dir = process.env['PNG_CACHE_DIR'] ??
    fileURLToPath(new URL('../../../node_modules/.cache/pnmetro-png', import.meta.url)),
): PngCache | null {
  if (process.env['PNG_CACHE'] === 'off') return null;
  const file = (key: string) => join(dir, `${key}.png`);
  return {
    read: (key) => {
      try {
        const png = readFileSync(file(key));
        const now = new Date();
        utimesSync(file(key), now, now);
        return png;
      } catch {
        return null;
      }
    },
    write: (key, png) => {
      mkdirSync(dir, { recursive: true });
      // Written whole under another name, then renamed: a build running at the same time never reads half a PNG.
      const part = `${file(key)}.${process.pid}.part`;
      writeFileSync(part, png);
      renameSync(part, file(key));
    },
    prune: (maxBytes = MAX_BYTES) => {
      let entries: { path: string; bytes: number; used: number }[];
      try {
        entries = readdirSync(dir)
          .filter((f) => f.endsWith('.png'))
          .map((f) => {
            const s = statSync(join(dir, f));
            return { path: join(dir, f), bytes: s.size, used: s.mtimeMs };
          });
      } catch {
        return 0;
      }
      entries.sort((a, b) => b.used - a.used);
      let kept = 0;
      let removed = 0;
      for (const e of entries) {
        kept += e.bytes;
        if (kept > maxBytes) {
          rmSync(e.path, { force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}
