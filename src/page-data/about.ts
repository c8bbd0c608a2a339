// /dati/: the downloads, the reference date, the demonstration notice, the sources and the
// files the data was imported from; /metodi/: how the figures are made, with the quality flags
// per city; /dati/dizionario/: every column of every download.
import type { City, Meta, SiteData } from '../data.ts';
import { importedData } from '../downloads.ts';
import { DATASETS, rowsOf, type DatasetDefinition } from '../lib/downloads/datasets.ts';
import { QUALITY_FLAGS, type QualityFlag } from '../lib/schema/index.ts';

export type AboutPage = {
  meta: Meta;
  /** Errors and warnings of the import, the ones the report omits included. */
  errors: number;
  warnings: number;
  /** Every dataset with its number of rows. */
  downloads: { def: DatasetDefinition; rows: number }[];
};

export function aboutPage(site: SiteData): AboutPage {
  const { meta, report } = site;
  const data = importedData(site);
  return {
    meta,
    errors: report.errors.length + report.omitted.errors,
    warnings: report.warnings.length + report.omitted.warnings,
    downloads: DATASETS.map((def) => ({ def, rows: rowsOf(def, data).length })),
  };
}

export type FlagCounts = ReadonlyMap<QualityFlag, number>;

export type MethodsPage = {
  /** Days after which a record counts as stale, when the data says. */
  staleAfterDays: number | undefined;
  /** Each flag's projects per city, in the reference's order, and in all. */
  byCity: { city: City; counts: FlagCounts }[];
  totals: FlagCounts;
};

export function methodsPage(site: SiteData): MethodsPage {
  // One pass over each city's projects.
  const byCity = site.cities.map((city) => {
    const counts = new Map<QualityFlag, number>(QUALITY_FLAGS.map((f) => [f, 0]));
    for (const p of site.byCity.get(city.istat)?.projects ?? []) for (const f of p.flags) counts.set(f, counts.get(f)! + 1);
    return { city, counts };
  });
  const totals = new Map(QUALITY_FLAGS.map((f) => [f, byCity.reduce((sum, r) => sum + r.counts.get(f)!, 0)]));
  return { staleAfterDays: site.meta.staleAfterDays, byCity, totals };
}
