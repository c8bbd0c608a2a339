// Runs once per `vitest run` for the browser project: builds the site from the bundled data
// (data/input) into a throwaway folder, serves it on 127.0.0.1, and unpacks Chromium, so
// every browser test file shares one build and one server.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { chromiumLaunch, type ChromiumLaunch } from './browser.ts';
import { buildSite, ROOT, serveStatic, SITE_URL } from './site.ts';

export type ServedSite = {
  /** Where the tests reach the site: http://127.0.0.1:PORT */
  origin: string;
  /** The built folder. */
  dist: string;
  /** The public address the build was made for (absolute URLs in the sitemap). */
  siteUrl: string;
};

declare module 'vitest' {
  export interface ProvidedContext {
    site: ServedSite;
    chromium: ChromiumLaunch;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [launch, site] = await Promise.all([chromiumLaunch(), buildSite(join(ROOT, 'data/input'), 'bundled')]);
  console.log(`browser tests: built the bundled data in ${site.seconds.toFixed(1)} s (${site.dist})`);
  const server = await serveStatic(site.dist);
  project.provide('site', { origin: server.origin, dist: site.dist, siteUrl: SITE_URL });
  project.provide('chromium', launch);
  return async () => {
    await server.close();
    // KEEP_TEST_SITE=1 keeps the build for a look after the run.
    if (!process.env.KEEP_TEST_SITE) rmSync(site.work, { recursive: true, force: true });
  };
}
