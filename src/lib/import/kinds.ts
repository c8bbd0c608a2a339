// The three kinds of input file, told apart by their header row (never by file name), and the
// columns each one reads. Column names are compared normalised: any case, spaces around.
// Contract: shared/formats/INPUT-FORMATS.md.
import type { FileKind } from '../schema/index.ts';
import { normalizeHeader } from './text.ts';

export const ALLOCATION_COLUMNS = {
  required: ['citta', 'azione', 'importo_ue', 'importo_nazionale'],
  optional: ['importo_totale', 'data_riferimento'],
} as const;

export const PROJECT_COLUMNS = {
  required: ['codice', 'titolo', 'citta', 'azione', 'beneficiario', 'costo_totale'],
  optional: [
    'cup', 'descrizione', 'codice_fiscale_beneficiario', 'destinatari', 'finanziamento_ue', 'impegni',
    'pagamenti', 'data_inizio', 'data_fine_prevista', 'data_fine_effettiva', 'stato',
    'categoria_intervento', 'lat', 'lon', 'data_aggiornamento',
  ],
} as const;

/** OpenCoesione: the columns read by name; every other column of the export is ignored. */
export const OC_COLUMNS = {
  required: ['cod_locale_progetto'],
  oneOf: ['oc_codice_programma', 'oc_descrizione_programma'],
  optional: [
    'cup', 'oc_titolo_progetto', 'oc_sintesi_progetto', 'oc_link', 'oc_codice_programma', 'oc_descrizione_programma',
    'oc_cod_articolaz_programma', 'oc_cod_subarticolaz_programma', 'cod_priorita_invest',
    'cod_comune', 'den_comune', 'oc_denom_beneficiario', 'oc_codfisc_beneficiario', 'finanz_totale_pubblico',
    'oc_finanz_tot_pub_netto', 'finanz_ue', 'impegni', 'tot_pagamenti', 'oc_data_inizio_progetto',
    'oc_data_fine_progetto_prevista', 'oc_data_fine_progetto_effettiva', 'oc_stato_progetto',
    'data_aggiornamento', 'oc_cod_categoria_spesa',
  ],
} as const;

/** Where each column of the file is: normalised name -> index, and the name as written. */
export class Columns {
  readonly index = new Map<string, number>();
  readonly written = new Map<string, string>();
  readonly duplicates: string[] = [];

  readonly header: string[];

  constructor(header: string[]) {
    this.header = header;
    header.forEach((raw, i) => {
      const name = normalizeHeader(raw);
      if (name === '') return;
      if (this.index.has(name)) this.duplicates.push(raw.trim());
      else {
        this.index.set(name, i);
        this.written.set(name, raw.trim());
      }
    });
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** The column's name as the file writes it, for messages. */
  label(name: string): string {
    return this.written.get(name) ?? name;
  }
}

export type Detection =
  | { kind: FileKind }
  | { kind: null; message: string };

export function detectKind(cols: Columns): Detection {
  const missing = (names: readonly string[]) => names.filter((n) => !cols.has(n));
  if (cols.has('cod_locale_progetto') && OC_COLUMNS.oneOf.some((n) => cols.has(n))) return { kind: 'opencoesione' };
  const candidates: Array<[FileKind, string[], number]> = [
    ['projects', missing(PROJECT_COLUMNS.required), PROJECT_COLUMNS.required.length],
    ['allocations', missing(ALLOCATION_COLUMNS.required), ALLOCATION_COLUMNS.required.length],
  ];
  for (const [kind, miss] of candidates) if (miss.length === 0) return { kind };
  // Close to one kind: say what that kind still needs.
  const [kind, miss, total] = candidates.sort((a, b) => a[1].length / a[2] - b[1].length / b[2])[0]!;
  if (miss.length / total <= 0.5) {
    return { kind: null, message: `looks like a ${kind === 'projects' ? 'projects' : 'allocations'} file but lacks the column${miss.length > 1 ? 's' : ''} ${miss.join(', ')}` };
  }
  if (cols.has('cod_locale_progetto')) {
    return { kind: null, message: 'looks like an OpenCoesione export but has neither OC_CODICE_PROGRAMMA nor OC_DESCRIZIONE_PROGRAMMA' };
  }
  return {
    kind: null,
    message:
      `the header matches none of the three kinds of file. Expected for allocations: ${ALLOCATION_COLUMNS.required.join(', ')}; ` +
      `for projects: ${PROJECT_COLUMNS.required.join(', ')}; ` +
      `for OpenCoesione exports: COD_LOCALE_PROGETTO and OC_CODICE_PROGRAMMA or OC_DESCRIZIONE_PROGRAMMA`,
  };
}
