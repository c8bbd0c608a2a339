// The download formats of every dataset and their file names. A dataset `projects` is published as
// projects.csv, projects-excel.csv, projects.xlsx and projects.json, with projects.metadata.json and
// projects.README.txt beside the CSVs.
import type { DatasetId } from './datasets.ts';

export const FORMAT_IDS = ['csv', 'excel-csv', 'xlsx', 'json'] as const;
export type FormatId = (typeof FORMAT_IDS)[number];

export type Format = {
  id: FormatId;
  /** Ending of the file name after the dataset id. */
  suffix: string;
  mediaType: string;
  /** Code in the EU file-type vocabulary (http://publications.europa.eu/resource/authority/file-type/). */
  euFileType: string;
  title: { it: string; en: string };
};

export const FORMATS: Record<FormatId, Format> = {
  csv: {
    id: 'csv',
    suffix: '.csv',
    mediaType: 'text/csv',
    euFileType: 'CSV',
    title: { it: 'CSV (UTF-8, virgola)', en: 'CSV (UTF-8, comma)' },
  },
  'excel-csv': {
    id: 'excel-csv',
    suffix: '-excel.csv',
    mediaType: 'text/csv',
    euFileType: 'CSV',
    title: {
      it: 'CSV per Excel in italiano (punto e virgola, virgola decimale)',
      en: 'CSV for Italian Excel (semicolon, decimal comma)',
    },
  },
  xlsx: {
    id: 'xlsx',
    suffix: '.xlsx',
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    euFileType: 'XLSX',
    title: { it: 'Excel (XLSX)', en: 'Excel (XLSX)' },
  },
  json: {
    id: 'json',
    suffix: '.json',
    mediaType: 'application/json',
    euFileType: 'JSON',
    title: { it: 'JSON', en: 'JSON' },
  },
};

export function fileName(id: DatasetId, format: FormatId): string {
  return `${id}${FORMATS[format].suffix}`;
}

export function metadataFileName(id: DatasetId): string {
  return `${id}.metadata.json`;
}

export function readmeFileName(id: DatasetId): string {
  return `${id}.README.txt`;
}
