// The kinds of input file, told apart by their header row (never by file name), and the
// columns each one reads. Column names are compared normalised: any case, spaces around.
// Contract: the README's "The importer".
import type { FileKind } from '../schema/index.ts';
import { OWN_COLUMNS, OWN_REQUIRED } from '../schema/project-fields.ts';
import { fold, normalizeHeader } from './text.ts';

export const ALLOCATION_COLUMNS = {
  required: ['citta', 'azione', 'importo_ue', 'importo_nazionale'],
  optional: ['importo_totale', 'data_riferimento'],
} as const;

/** Our projects format: its columns come from the table of each field's sources (schema/project-fields.ts). */
export const PROJECT_COLUMNS = {
  required: OWN_REQUIRED,
  optional: OWN_COLUMNS.filter((c) => !OWN_REQUIRED.includes(c)),
} as const;

/**
 * OpenCoesione: what tells its export apart. Every other column is read by name (schema/project-fields.ts) or ignored.
 */
export const OC_COLUMNS = {
  required: ['cod_locale_progetto'],
  oneOf: ['oc_codice_programma', 'oc_descrizione_programma'],
} as const;

/** OpenCoesione's project export also carries up to four indicators per project: COD_INDICATORE_1 ... _4. */
export const OC_INDICATOR_SLOTS = [1, 2, 3, 4] as const;
export function ocIndicatorColumns(n: number) {
  return {
    code: `cod_indicatore_${n}`,
    description: `descr_indicatore_${n}`,
    unit: `unita_misura_indicatore_${n}`,
    planned: `programmato_indicatore_${n}`,
    achieved: `realizzato_indicatore_${n}`,
  };
}

/** Our own indicator file (indicatori.csv): one row per project and indicator. */
export const INDICATOR_COLUMNS = {
  required: ['codice', 'indicatore', 'unita_misura', 'valore_programmato', 'valore_realizzato'],
  optional: ['descrizione'],
} as const;

/** OpenCoesione's indicator file: one row per project and indicator, every programme. */
export const OC_INDICATOR_COLUMNS = {
  required: ['cod_locale_progetto', 'cod_indicatore', 'unita_misura', 'valore_programmato', 'valore_realizzato'],
  optional: ['descr_indicatore', 'tipo_indicatore'],
} as const;

/**
 * The official list of operations (Reg. 2021/1060 art. 49(3)), as OpenCoesione republishes it
 * ("CodiceLocaleProgetto_OperationLocalIdentifier") or a programme's office writes it (the Italian
 * half alone, any case, spaces or '/' between the halves). Keys are the Italian halves compacted.
 */
export const OPERATION_COLUMNS = [
  ['CodiceProgramma', 'ProgrammeID'],
  ['Programma', 'Programme'],
  ['CodiceLocaleProgetto', 'OperationLocalIdentifier'],
  ['CodiceUnicoProgetto', 'UniqueProjectCode'],
  ['TitoloProgetto', 'OperationName'],
  ['SintesiProgetto', 'OperationSummary'],
  ['DataAggiornamento', 'LastUpdate'],
  ['CodiceFiscaleBeneficiario', 'BeneficiaryTaxCode'],
  ['NomeBeneficiario', 'BeneficiaryName'],
  ['CostoTotale', 'TotalCost'],
  ['CostoAmmesso', 'TotalEligibleExpenditure'],
  ['Fondo', 'Fund'],
  ['Ciclo', 'Period'],
  ['CategoriaOperazione', 'CategoryIntervention'],
  ['ObiettivoSpecifico', 'SpecificObjective'],
  ['DataInizioOperazione', 'OperationStartDate'],
  ['DataFineOperazione', 'OperationEndDate'],
  ['TassoCofinanziamentoUE', 'EUCofinancingRate'],
  ['Paese', 'Country'],
  ['CodicePostale', 'Postcode'],
] as const;
export type OperationColumn = Lowercase<(typeof OPERATION_COLUMNS)[number][0]>;
export const OPERATION_REQUIRED: readonly OperationColumn[] = [
  'codicelocaleprogetto',
  'titoloprogetto',
  'nomebeneficiario',
  'costototale',
];
export const OPERATION_PROGRAMME: readonly OperationColumn[] = ['codiceprogramma', 'programma'];

/** "Codice Locale Progetto / Operation local identifier" -> "codicelocaleprogettooperationlocalidentifier". */
function compact(name: string): string {
  return fold(name).replace(/[^a-z0-9]/g, '');
}
const OPERATION_KEYS = new Map<string, string>(
  OPERATION_COLUMNS.flatMap(([it, en]) => [
    [compact(it), compact(it)],
    [compact(it) + compact(en), compact(it)],
  ]),
);

/**
 * OpenCoesione's layout of the list: its local-code column carries both halves
 * (CodiceLocaleProgetto_OperationLocalIdentifier).
 */
export function isBilingual(header: readonly string[]): boolean {
  return header.some((h) => compact(h) === 'codicelocaleprogettooperationlocalidentifier');
}

/** A header cell's key in the official list: its Italian half, compacted; other columns as usual. */
export function operationKey(raw: string): string {
  return OPERATION_KEYS.get(compact(raw)) ?? normalizeHeader(raw);
}

/** Where each column of the file is: normalised name -> index, and the name as written. */
export class Columns {
  readonly index = new Map<string, number>();
  readonly written = new Map<string, string>();
  readonly duplicates: string[] = [];

  readonly header: string[];

  /** `keyOf`: a header cell's name as the readers ask for it (normalised by default). */
  constructor(header: string[], keyOf: (raw: string) => string = normalizeHeader) {
    this.header = header;
    header.forEach((raw, i) => {
      const name = keyOf(raw);
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

export type Detection = { kind: FileKind } | { kind: null; message: string };

const EXPECTED =
  'Expected for allocations: citta, azione, importo_ue, importo_nazionale; ' +
  'for projects: codice, titolo, citta, azione, beneficiario, costo_totale; ' +
  'for OpenCoesione exports: COD_LOCALE_PROGETTO and OC_CODICE_PROGRAMMA or OC_DESCRIZIONE_PROGRAMMA; ' +
  'for the official list of operations: CodiceLocaleProgetto, TitoloProgetto, NomeBeneficiario, CostoTotale and CodiceProgramma or Programma; ' +
  `for indicators: ${INDICATOR_COLUMNS.required.join(', ')}; ` +
  `for OpenCoesione indicators: ${OC_INDICATOR_COLUMNS.required.map((c) => c.toUpperCase()).join(', ')}`;

export function detectKind(cols: Columns): Detection {
  const missing = (names: readonly string[]) => names.filter((n) => !cols.has(n));
  const lacks = (what: string, miss: readonly string[]) =>
    ({
      kind: null,
      message: `looks like ${what} but lacks the column${miss.length > 1 ? 's' : ''} ${miss.join(', ')}`,
    }) as const;

  if (cols.has('cod_locale_progetto')) {
    if (OC_COLUMNS.oneOf.some((n) => cols.has(n))) return { kind: 'opencoesione' };
    if (cols.has('cod_indicatore')) {
      const miss = missing(OC_INDICATOR_COLUMNS.required);
      return miss.length === 0
        ? { kind: 'opencoesione-indicators' }
        : lacks(
            'an OpenCoesione indicator file',
            miss.map((m) => m.toUpperCase()),
          );
    }
    return {
      kind: null,
      message: 'looks like an OpenCoesione export but has neither OC_CODICE_PROGRAMMA nor OC_DESCRIZIONE_PROGRAMMA',
    };
  }
  const official = new Columns(cols.header, operationKey);
  if (official.has('codicelocaleprogetto')) {
    const miss: string[] = OPERATION_REQUIRED.filter((n) => !official.has(n));
    if (!OPERATION_PROGRAMME.some((n) => official.has(n))) miss.push('codiceprogramma');
    if (miss.length === 0) return { kind: 'operations' };
    const names = new Map(OPERATION_COLUMNS.map(([it]) => [it.toLowerCase(), it]));
    return lacks(
      'the official list of operations',
      miss.map((m) => (m === 'codiceprogramma' ? 'CodiceProgramma or Programma' : (names.get(m) ?? m))),
    );
  }
  if (cols.has('indicatore') && cols.has('codice') && !cols.has('titolo')) {
    const miss = missing(INDICATOR_COLUMNS.required);
    return miss.length === 0 ? { kind: 'indicators' } : lacks('an indicator file', miss);
  }
  const candidates: Array<[FileKind, string[], number]> = [
    ['projects', missing(PROJECT_COLUMNS.required), PROJECT_COLUMNS.required.length],
    ['allocations', missing(ALLOCATION_COLUMNS.required), ALLOCATION_COLUMNS.required.length],
  ];
  for (const [kind, miss] of candidates) if (miss.length === 0) return { kind };
  // Close to one kind: say what that kind still needs.
  const [kind, miss, total] = candidates.sort((a, b) => a[1].length / a[2] - b[1].length / b[2])[0]!;
  if (miss.length / total <= 0.5) return lacks(`a ${kind} file`, miss);
  return { kind: null, message: `the header matches none of the kinds of file. ${EXPECTED}` };
}
