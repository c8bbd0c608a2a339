// /dati/: the downloads, the reference date, the demonstration notice, the sources and the
// files the data was imported from; /metodi/: how the figures are made, with the quality flags
// per city; /dati/dizionario/: every column of every download.
import type { City, Meta, SiteData } from '../data.ts';
import { importedData } from '../downloads.ts';
import { absoluteUrl, datasetsCitation } from '../figures/share.ts';
import type { Publication } from '../lib/downloads/metadata.ts';
import { jsonForScript, schemaOrgDatasets } from '../lib/downloads/schema-org.ts';
import { t, type Lang } from '../lib/i18n/index.ts';
import { routePath, type Route } from '../routes/table.ts';
import { DATASETS, rowsOf, type DatasetDefinition } from '../lib/downloads/datasets.ts';
import { QUALITY_FLAGS, type QualityFlag } from '../lib/schema/index.ts';

export type AboutPage = {
  meta: Meta;
  /** Errors and warnings of the import, the ones the report omits included. */
  errors: number;
  warnings: number;
  /** Every dataset with its number of rows. */
  downloads: { def: DatasetDefinition; rows: number }[];
  /** How to cite the datasets: the release and its frozen copy. */
  citation: string;
  /**
   * The schema.org Dataset descriptions of the datasets, as JSON safe inside a <script type="application/ld+json">
   * block.
   */
  jsonLd: string;
};

export function aboutPage(site: SiteData, lang: Lang, pub: Publication): AboutPage {
  const { meta, report } = site;
  const data = importedData(site);
  const abs = (route: Route) => absoluteUrl(pub.siteUrl, routePath(lang, route));
  return {
    meta,
    errors: report.errors.length + report.omitted.errors,
    warnings: report.warnings.length + report.omitted.warnings,
    downloads: DATASETS.map((def) => ({ def, rows: rowsOf(def, data).length })),
    citation: datasetsCitation(pub, lang, t(lang).cite.datasetsName),
    jsonLd: jsonForScript(
      schemaOrgDatasets(DATASETS, data, pub, lang, abs({ name: 'about' }), (file) => abs({ name: 'download', file })),
    ),
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
    for (const p of site.byCity.get(city.istat)?.projects ?? [])
      for (const f of p.flags) counts.set(f, counts.get(f)! + 1);
    return { city, counts };
  });
  const totals = new Map(QUALITY_FLAGS.map((f) => [f, byCity.reduce((sum, r) => sum + r.counts.get(f)!, 0)]));
  return { staleAfterDays: site.meta.staleAfterDays, byCity, totals };
}
