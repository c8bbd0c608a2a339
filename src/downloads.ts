// The site's downloads: every dataset in every format, the Data Package and the DCAT-AP_IT
// catalogue, built once per build from the same data the pages show. Pages and endpoints get
// the file list from here.
import { siteData, type Meta, type SiteData } from './data.ts';
import { CC_BY_4_0, type Publication } from './lib/downloads/metadata.ts';
import { releaseFiles, type ReleaseFile } from './lib/downloads/release.ts';
import { routePath } from './routes/table.ts';
import type { Dataset } from './lib/import/run.ts';
import { changesCsv, releaseChanges, releases } from './releases.ts';

export const PUBLISHER = 'PN Metro Plus 2021-2027, Priorità 4 – sito di trasparenza (progetto open data)';

let files: ReleaseFile[] | null = null;

/** The site's publication, published at `siteUrl` (its root, ending with '/'). */
export function publicationAt(siteUrl: string, meta: Meta = siteData().meta): Publication {
  // The data on the site is a kept release when one has its reference date: citations name it.
  const kept = meta.referenceDate !== null && releases(meta.demonstration).some((r) => r.date === meta.referenceDate);
  return {
    meta,
    publisher: PUBLISHER,
    licence: CC_BY_4_0,
    siteUrl,
    ...(kept ? { release: releaseOf(meta.referenceDate!) } : {}),
  };
}

/** A kept release as a publication names it: its date and the folder of its frozen copy. */
function releaseOf(date: string): { date: string; folder: string } {
  return { date, folder: `/${frozenFolder(date)}` };
}

/** The site's publication, at the address the pages are built for. */
export function publication(meta?: Meta): Publication {
  return publicationAt(new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), import.meta.env.SITE).href, meta);
}

/** The site's data as the importer gave it: what every dataset's records are made from. */
export function importedData(d: SiteData = siteData()): Dataset {
  return {
    reference: d.reference,
    allocations: d.allocations,
    projects: d.projects,
    beneficiaries: d.beneficiaries,
    indicators: d.indicators,
    meta: d.meta,
  };
}

/** The folder of a release's frozen files: /dati/rilasci/<date>/, never rewritten once the date has passed. */
export function frozenFolder(date: string): string {
  return `${routePath('it', { name: 'releaseDownload', file: date }).slice(1)}/`;
}

/**
 * Every kept release's datasets, frozen under their own folder in every format, with their Data
 * Package and catalogue, and the release's changes against the one before it (modifiche.csv): the
 * copies a citation points at. The programme's structure is the release's own where it kept it.
 */
export function frozenFiles(): ReleaseFile[] {
  const d = siteData();
  const pub = publication();
  return releases().flatMap((r) => {
    const dir = frozenFolder(r.date);
    const data: Dataset = {
      reference: r.reference ?? d.reference,
      allocations: r.allocations,
      projects: r.projects,
      beneficiaries: r.beneficiaries,
      indicators: r.indicators,
      meta: r.meta,
    };
    const files = releaseFiles(
      data,
      { ...pub, meta: r.meta, release: releaseOf(r.date) },
      { catalog: { downloadsPath: dir, catalogPath: `${dir}catalogo.jsonld` } },
    );
    const changes = releaseChanges(r.date);
    if (changes) {
      const city = (istat: string) => d.cityByIstat.get(istat)?.name ?? istat;
      files.push({
        path: `${dir}modifiche.csv`,
        mediaType: 'text/csv; charset=utf-8',
        build: async () => changesCsv(changes.diff, city),
      });
    }
    return files;
  });
}

export function downloadFiles(): ReleaseFile[] {
  files ??= releaseFiles(importedData(), publication());
  return files;
}
