// The rows of a file of data/reference/ as papaparse reads them (';', header row): what the
// demonstration generator's tests check its own copy of the structure against.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

export type CsvRow = Record<string, string>;

export function referenceCsv(name: string): CsvRow[] {
  const text = readFileSync(new URL(`../../data/reference/${name}`, import.meta.url), 'utf8');
  return Papa.parse<CsvRow>(text, { header: true, delimiter: ';', skipEmptyLines: true }).data;
}
