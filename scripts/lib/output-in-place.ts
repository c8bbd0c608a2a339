// The build writes over the previous build's files instead of removing them first, and its last step removes what
// it did not write.
//
// Astro empties its output folder before a build, one synchronous rmSync per entry on the thread that renders the
// pages. Renaming the folder aside and removing it meanwhile (this module's first form) took that off the rendering
// thread, but each build still removed 15,000 files and created 15,000 new ones, and on a disk without a journal
// (this machine's ext4) creating a file skips the inodes removed in the last minute or more (the kernel's
// recently_deleted(), a third of the build's CPU under `perf`): `astro build` spent 11-13 s of system time.
// Writing to the same paths keeps the same inodes: 2 s of system time, 5 s less wall time (README, "Measured").
//
// So: at the start of `astro build`, a stamp file is written in the output folder (its modification time is the
// build's start); the last step of `npm run build` (scripts/site-index.ts) calls sweepStaleOutput(), which removes
// every file older than the stamp (a page, chart or download this build no longer has), the folders left empty, and
// the stamp. A build leaves nothing of the previous one behind, as when the folder was emptied first.
import { mkdirSync, readdirSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The stamp's name in the output folder; it never outlives a complete build. */
export const BUILD_STAMP = '.build-started';

/** The integration; with it, astro.config sets vite.build.emptyOutDir to false. */
export function writeInPlace(): AstroIntegration {
  let outDir: URL | null = null;
  return {
    name: 'write-in-place',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:start': () => {
        const dir = fileURLToPath(outDir!);
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, BUILD_STAMP), '');
      },
    },
  };
}

/**
 * Removes from `dir` every file older than its build stamp, then the folders left empty and the stamp. Without a stamp
 * (the folder was swept already, or not built by `astro build`), removes nothing. Returns the number of files removed.
 */
export function sweepStaleOutput(dir: string): number {
  const stamp = join(dir, BUILD_STAMP);
  let started: bigint;
  try {
    started = statSync(stamp, { bigint: true }).mtimeNs;
  } catch {
    return 0;
  }
  let removed = 0;
  // Returns whether the folder is empty afterwards.
  const sweep = (folder: string): boolean => {
    let left = 0;
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, e.name);
      if (e.isDirectory()) {
        if (sweep(path)) rmdirSync(path);
        else left++;
      } else if (path !== stamp && statSync(path, { bigint: true }).mtimeNs < started) {
        unlinkSync(path);
        removed++;
      } else left++;
    }
    return left === 0;
  };
  sweep(dir);
  unlinkSync(stamp);
  return removed;
}
