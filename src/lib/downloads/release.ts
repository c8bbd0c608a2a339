// Every file of a data release, for the Astro endpoints that will serve them: each dataset in the
// four formats with the CSV sidecars, the Data Package and the DCAT-AP_IT catalogue. Files are
// built lazily (an endpoint builds only its own) and not kept: the site writes each file once, and
// keeping them (the projects in four formats) would hold hundreds of MB through a large build.
import type { Dataset } from '../import/run.ts';
import { writeCsv, writeExcelCsv } from './csv.ts';
import { dataPackage, type DataPackageOptions } from './datapackage.ts';
import { DATASETS, rowsOf, type DatasetDefinition } from './datasets.ts';
import { dcatCatalog, DEFAULT_PATHS, type CatalogOptions } from './dcat.ts';
import type { Row } from './dictionary.ts';
import { fileName, FORMATS, metadataFileName, readmeFileName } from './formats.ts';
import { writeJson } from './json.ts';
import { metadataJson, readme, type Publication } from './metadata.ts';
import { xlsxBytes } from './xlsx-pool.ts';

export type ReleaseFile = {
  /** Path relative to the site root, e.g. dati/projects.csv (datapackage.json sits beside the CSVs). */
  path: string;
  mediaType: string;
  build: () => Promise<string | Uint8Array>;
};

export type ReleaseOptions = {
  catalog?: CatalogOptions;
  dataPackage?: DataPackageOptions;
  datasets?: readonly DatasetDefinition[];
};

/**
 * The release's files under the downloads folder (default dati/): for each dataset `<id>.csv`, `<id>-excel.csv`,
 * `<id>.xlsx`, `<id>.json`, `<id>.metadata.json`, `<id>.README.txt`; then `datapackage.json` and the catalogue.
 */
export function releaseFiles(data: Dataset, pub: Publication, options: ReleaseOptions = {}): ReleaseFile[] {
  const defs = options.datasets ?? DATASETS;
  const dir = options.catalog?.downloadsPath ?? DEFAULT_PATHS.downloadsPath;
  const files: ReleaseFile[] = [];
  const csvOf = new Map<string, () => string>();
  // A dataset's files are built one after another (the endpoints are rendered in this list's order), so its rows and
  // CSV are kept for its next files: the dataset last built, and only it, not every dataset's rows at once.
  let last: { def: DatasetDefinition; rows: Row[]; csv?: string } | null = null;
  const kept = (def: DatasetDefinition) => (last?.def === def ? last : (last = { def, rows: rowsOf(def, data) }));
  for (const def of defs) {
    const rows = (): Row[] => kept(def).rows;
    const csv = () => (kept(def).csv ??= writeCsv(def, rows()));
    csvOf.set(def.id, csv);
    const add = (path: string, mediaType: string, f: () => string | Uint8Array | Promise<Uint8Array>) => {
      files.push({ path: dir + path, mediaType, build: async () => f() });
    };
    add(fileName(def.id, 'csv'), 'text/csv; charset=utf-8', csv);
    add(fileName(def.id, 'excel-csv'), 'text/csv; charset=utf-8', () => writeExcelCsv(def, rows()));
    add(fileName(def.id, 'xlsx'), FORMATS.xlsx.mediaType, () => xlsxBytes(def, rows(), pub));
    add(fileName(def.id, 'json'), 'application/json; charset=utf-8', () => writeJson(def, rows(), pub));
    add(metadataFileName(def.id), 'application/json; charset=utf-8', () => metadataJson(def, pub, rows().length));
    add(readmeFileName(def.id), 'text/plain; charset=utf-8', () => readme(def, pub, rows().length));
  }
  files.push({
    path: `${dir}datapackage.json`,
    mediaType: 'application/json; charset=utf-8',
    build: async () =>
      JSON.stringify(
        await dataPackage(
          defs.map((def) => ({ def, csv: csvOf.get(def.id)!() })),
          pub,
          options.dataPackage,
        ),
        null,
        2,
      ) + '\n',
  });
  files.push({
    path: options.catalog?.catalogPath ?? DEFAULT_PATHS.catalogPath,
    mediaType: 'application/ld+json; charset=utf-8',
    build: async () => JSON.stringify(dcatCatalog(defs, pub, options.catalog), null, 2) + '\n',
  });
  return files;
}
