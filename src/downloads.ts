// The site's downloads: every dataset in every format, the Data Package and the DCAT-AP_IT
// catalogue, built once per build from the same data the pages show. Pages and endpoints get
// the file list from here.
import { siteData } from './data.ts';
import { CC_BY_4_0, type Publication } from './lib/downloads/metadata.ts';
import { releaseFiles, type ReleaseFile } from './lib/downloads/release.ts';

export const PUBLISHER = 'PN Metro Plus 2021-2027, Priorità 4 – sito di trasparenza (progetto open data)';

let files: ReleaseFile[] | null = null;

export function publication(): Publication {
  const d = siteData();
  const siteUrl = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE).href;
  return { meta: d.meta, publisher: PUBLISHER, licence: CC_BY_4_0, siteUrl };
}

export function downloadFiles(): ReleaseFile[] {
  if (files === null) {
    const d = siteData();
    files = releaseFiles({ reference: d.reference, allocations: d.allocations, projects: d.projects, meta: d.meta }, publication());
  }
  return files;
}
