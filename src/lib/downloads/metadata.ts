// What every download says about itself: title, description, publisher, licence, sources,
// reference date, the demonstration flag and the column dictionary. The JSON download carries it
// as its `metadata` block, a CSV as the sidecar `<name>.metadata.json` and README, the XLSX as its
// About sheet. Pure and browser-safe.
import type { Meta } from '../schema/index.ts';
import type { DatasetDefinition, Text } from './datasets.ts';
import { dictionary, LIST_SEPARATOR, type DictionaryEntry } from './dictionary.ts';
import { FORMULA_TRIGGERS } from './neutralise.ts';
import { fileName } from './formats.ts';

export type Licence = {
  /** Short identifier (SPDX where there is one), e.g. CC-BY-4.0. */
  id: string;
  title: string;
  url: string;
  /** IRI of the licence in the Italian controlled vocabulary, used by the DCAT-AP_IT catalogue. */
  iri?: string;
};

export const CC_BY_4_0: Licence = {
  id: 'CC-BY-4.0',
  title: 'Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  iri: 'https://w3id.org/italia/controlled-vocabulary/licences/A21_CCBY40',
};

/** Who publishes the downloads, under which licence, from which import. */
export type Publication = {
  meta: Meta;
  /** The publisher's name, e.g. "PN Metro Plus – Priorità 4, sito di trasparenza (progetto open data)". */
  publisher: string;
  /** The licence of the site's own outputs (the downloads). */
  licence: Licence;
  /** Absolute base URL of the site, ending with '/', used for absolute links. */
  siteUrl: string;
  /**
   * The kept release this data is, with the root-relative folder of its frozen copy
   * (/dati/rilasci/<date>/), which citations point at; absent when the data is not a kept release.
   */
  release?: { date: string; folder: string };
};

export type SourceInfo = { name: string; url: string | null; licence: string | null; licenceUrl: string | null };

/** The source of the reference tables: the programme's own text and the ISTAT codes (data/reference). */
export const PROGRAMME_SOURCE: SourceInfo = {
  name: 'Programma Nazionale Metro plus e città medie Sud 2021-2027 (PN Metro Plus), testo della Priorità 4 "Inclusione sociale"; codici ISTAT dei comuni',
  url: null,
  licence: null,
  licenceUrl: null,
};

export function sourcesOf(def: DatasetDefinition, meta: Meta): SourceInfo[] {
  return def.origin === 'programme' ? [PROGRAMME_SOURCE] : meta.sources.map((s) => ({ ...s }));
}

/** Whether the rows of this dataset are demonstration data (reference tables never are). */
export function isDemonstration(def: DatasetDefinition, meta: Meta): boolean {
  return def.origin === 'input' && meta.demonstration;
}

export const DEMONSTRATION_LABEL: Text = { it: 'Dati dimostrativi', en: 'Demonstration data' };

/** "Dati dimostrativi – Demonstration data. <how it was made>", the words every download carries. */
export function demonstrationNotice(meta: Meta): string {
  const label = `${DEMONSTRATION_LABEL.it} – ${DEMONSTRATION_LABEL.en}.`;
  return meta.demonstrationNote ? `${label} ${meta.demonstrationNote}` : label;
}

export type DownloadMetadata = {
  dataset: string;
  title: Text;
  description: Text;
  publisher: string;
  licence: { id: string; title: string; url: string };
  sources: SourceInfo[];
  referenceDate: string | null;
  demonstration: boolean;
  /** demonstrationNotice(meta) while the rows are demonstration data, else null. */
  notice: string | null;
  rows: number;
  primaryKey: string[];
  notes: Text;
  columns: DictionaryEntry[];
};

const NOTES: Text = {
  it:
    `Celle vuote: valore non disponibile. Liste: valori separati da "${LIST_SEPARATOR}". Date: AAAA-MM-GG. Importi in euro. ` +
    `Un testo che inizia con ${FORMULA_TRIGGERS.describe.it} è preceduto da un apostrofo (') perché un foglio di calcolo non lo esegua come formula.`,
  en:
    `Empty cells: value not available. Lists: values separated by "${LIST_SEPARATOR}". Dates: YYYY-MM-DD. Amounts in euro. ` +
    `A text starting with ${FORMULA_TRIGGERS.describe.en} is prefixed with an apostrophe (') so that a spreadsheet does not run it as a formula.`,
};

export function downloadMetadata(def: DatasetDefinition, pub: Publication, rows: number): DownloadMetadata {
  const demonstration = isDemonstration(def, pub.meta);
  return {
    dataset: def.id,
    title: def.title,
    description: def.description,
    publisher: pub.publisher,
    licence: { id: pub.licence.id, title: pub.licence.title, url: pub.licence.url },
    sources: sourcesOf(def, pub.meta),
    referenceDate: pub.meta.referenceDate,
    demonstration,
    notice: demonstration ? demonstrationNotice(pub.meta) : null,
    rows,
    primaryKey: def.primaryKey,
    notes: NOTES,
    columns: dictionary(def.columns),
  };
}

/** The sidecar `<name>.metadata.json` of a CSV download. */
export function metadataJson(def: DatasetDefinition, pub: Publication, rows: number): string {
  return JSON.stringify(downloadMetadata(def, pub, rows), null, 2) + '\n';
}

function typeLabel(e: DictionaryEntry): string {
  return e.list ? `${e.type} list` : e.type;
}

/** A plain-text README (Italian, then English) for a dataset's CSV downloads: what is in them. */
export function readme(def: DatasetDefinition, pub: Publication, rows: number): string {
  const m = downloadMetadata(def, pub, rows);
  const src = m.sources.map(
    (s) =>
      `- ${s.name}${s.url ? ` <${s.url}>` : ''}${s.licence ? ` (${s.licence}${s.licenceUrl ? ` ${s.licenceUrl}` : ''})` : ''}`,
  );
  const lines = [
    `${m.title.it} / ${m.title.en}`,
    '',
    ...(m.notice ? [`*** ${m.notice} ***`, ''] : []),
    m.description.it,
    m.description.en,
    '',
    `Editore / Publisher: ${m.publisher}`,
    `Licenza / Licence: ${m.licence.title} <${m.licence.url}>`,
    `Data di riferimento / Reference date: ${m.referenceDate ?? 'non disponibile / not available'}`,
    `Righe / Rows: ${m.rows}`,
    `Chiave / Key: ${m.primaryKey.join(', ')}`,
    'Fonti / Sources:',
    ...src,
    '',
    `File: ${fileName(def.id, 'csv')} = UTF-8, "," separatore / separator, "." decimali / decimals, CRLF (RFC 4180).`,
    `File: ${fileName(def.id, 'excel-csv')} = per Excel in italiano / for Italian Excel: UTF-8 con BOM / with BOM, ";" separatore / separator, "," decimali / decimals, CRLF.`,
    `  Excel può togliere gli zeri iniziali dei codici (ISTAT 072006 -> 72006): il file ${fileName(def.id, 'xlsx')} li conserva. / Excel may drop the leading zeros of codes: ${fileName(def.id, 'xlsx')} keeps them.`,
    '',
    m.notes.it,
    m.notes.en,
    '',
    'Colonne / Columns:',
    ...m.columns.map(
      (c) =>
        `- ${c.name} (${typeLabel(c)}${c.required ? ', obbligatorio / required' : ''}): ${c.description}${c.codes ? ` [${c.codes.join(', ')}]` : ''}`,
    ),
    '',
  ];
  return lines.join('\r\n');
}
