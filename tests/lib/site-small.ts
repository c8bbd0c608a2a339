// The small hand-made site of tests/fixtures/site-small as the pages see it (src/data.ts), and
// variants of it with its projects edited, for the page-data tests (src/page-data/*.test.ts).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadSiteData, type Project, type SiteData } from '../../src/data.ts';

export const SITE_SMALL = resolve(import.meta.dirname, '../fixtures/site-small');

export function smallSite(): SiteData {
  return loadSiteData(SITE_SMALL);
}

/** The small site with its projects passed through `edit` (the other files as they are). */
export function smallSiteWith(edit: (projects: Project[]) => Project[]): SiteData {
  const dir = mkdtempSync(join(tmpdir(), 'site-small-'));
  try {
    cpSync(SITE_SMALL, dir, { recursive: true });
    const projects = JSON.parse(readFileSync(join(SITE_SMALL, 'projects.json'), 'utf8')) as Project[];
    writeFileSync(join(dir, 'projects.json'), JSON.stringify(edit(projects)));
    return loadSiteData(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
