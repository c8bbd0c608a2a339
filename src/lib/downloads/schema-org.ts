// schema.org Dataset descriptions of the published datasets, for the JSON-LD block of the downloads
// page (/dati/, /en/data/), so that dataset search engines find them. Made from the same dataset
// definitions as every download: the names, descriptions, licence and download URLs cannot differ
// from the files. Only the code's own words and validated dates and URLs go in, never text read
// from an input file. Pure.
import type { Dataset } from '../import/run.ts';
import { DEMONSTRATION_LABEL, isDemonstration, type Publication } from './metadata.ts';
import { FORMAT_IDS, FORMATS, fileName } from './formats.ts';
import type { DatasetDefinition } from './datasets.ts';

type Lang = 'it' | 'en';
type Node = Record<string, unknown>;

/**
 * The period a dataset's rows speak of: from the first project start to the reference date for imported data, the
 * programme's years for its own tables.
 */
export function temporalCoverage(def: DatasetDefinition, data: Dataset): string | null {
  if (def.origin === 'programme') return '2021/2027';
  const ref = data.meta.referenceDate;
  const first = data.projects.reduce<string | null>(
    (m, p) => (p.startDate !== null && (m === null || p.startDate < m) ? p.startDate : m),
    null,
  );
  if (ref === null) return null;
  return first !== null && first < ref ? `${first}/${ref}` : ref;
}

/**
 * One schema.org Dataset per dataset, in `lang`, its distributions at `downloadUrl(file)`. While the
 * data is a demonstration, each description of imported data starts by saying so.
 */
export function schemaOrgDatasets(
  defs: readonly DatasetDefinition[],
  data: Dataset,
  pub: Publication,
  lang: Lang,
  pageUrl: string,
  downloadUrl: (file: string) => string,
): Node {
  const publisher = { '@type': 'Organization', name: pub.publisher, url: pub.siteUrl };
  const ref = pub.meta.referenceDate;
  return {
    '@context': 'https://schema.org',
    '@graph': defs.map((def): Node => {
      const demo = isDemonstration(def, pub.meta);
      const coverage = temporalCoverage(def, data);
      return {
        '@type': 'Dataset',
        '@id': `${pageUrl}#dataset-${def.id}`,
        identifier: def.id,
        name: def.title[lang],
        description: demo
          ? `${DEMONSTRATION_LABEL[lang]}: ${lang === 'it' ? 'cifre inventate per mostrare il sito, non dati reali.' : 'figures invented to show the site, not real records.'} ${def.description[lang]}`
          : def.description[lang],
        url: pageUrl,
        license: pub.licence.url,
        isAccessibleForFree: true,
        inLanguage: ['it', 'en'],
        creator: publisher,
        publisher,
        keywords: ['PN Metro Plus', lang === 'it' ? 'inclusione sociale' : 'social inclusion', 'FSE+'],
        spatialCoverage: { '@type': 'Place', name: 'Italia' },
        ...(coverage ? { temporalCoverage: coverage } : {}),
        ...(ref ? { dateModified: ref } : {}),
        ...(pub.release ? { version: pub.release.date } : {}),
        distribution: FORMAT_IDS.map((f) => ({
          '@type': 'DataDownload',
          name: `${def.title[lang]} – ${FORMATS[f].title[lang]}`,
          encodingFormat: FORMATS[f].mediaType,
          contentUrl: downloadUrl(fileName(def.id, f)),
        })),
      };
    }),
  };
}

/**
 * JSON for an HTML <script type="application/ld+json"> block: '<', '>' and '&' escaped, so that no text can close the
 * element.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
