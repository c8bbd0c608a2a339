// Where each field of a project comes from, beside its type (src/lib/schema/project.ts attaches
// each entry to its field, so the data dictionary shows it): the column of our projects format
// (progetti.csv), of OpenCoesione's project export and of the official list of operations (its
// Italian half), and the field's key in the explorer's URL. The importer's column lists, the
// demonstration generator's header and the explorer's keys are derived from this table.
//
// Follow one column, e.g. costo_totale: `cost` below -> read in src/lib/import/records.ts
// (readProject), opencoesione.ts, operations.ts -> Project.cost (project.ts, integer cents from the
// importer to the page; euro only in downloads) -> pages through src/data.ts; explorer URL key `costo`.
import { EXPLORER_KEYS } from './explorer-keys.ts';

export type FieldSource = {
  /** Column of our projects format; `required` columns must be in the file and filled. */
  own?: string;
  required?: true;
  /** Columns of OpenCoesione's project export, in the order they are tried. */
  opencoesione?: readonly string[];
  /** The official list of operations' column (Italian half of its name). */
  operations?: string;
  /** The field's key in the explorer's URL (src/lib/explorer/state.ts). */
  explorer?: string;
};

const E = EXPLORER_KEYS;

export const PROJECT_FIELDS = {
  code: { own: 'codice', required: true, opencoesione: ['COD_LOCALE_PROGETTO'], operations: 'CodiceLocaleProgetto' },
  cup: { own: 'cup', opencoesione: ['CUP'], operations: 'CodiceUnicoProgetto' },
  title: {
    own: 'titolo',
    required: true,
    opencoesione: ['OC_TITOLO_PROGETTO'],
    operations: 'TitoloProgetto',
    explorer: E.title,
  },
  description: { own: 'descrizione', opencoesione: ['OC_SINTESI_PROGETTO'], operations: 'SintesiProgetto' },
  // OpenCoesione and the official list: the city of the local code when it follows the programme's scheme.
  city: {
    own: 'citta',
    required: true,
    opencoesione: ['COD_COMUNE', 'DEN_COMUNE', 'COD_LOCALE_PROGETTO'],
    operations: 'CodiceLocaleProgetto',
    explorer: E.city,
  },
  // OpenCoesione: the columns are set in data/config/import.json; these are the defaults.
  objective: {
    opencoesione: ['OC_COD_SUBARTICOLAZ_PROGRAMMA', 'COD_PRIORITA_INVEST', 'COD_LOCALE_PROGETTO'],
    operations: 'ObiettivoSpecifico',
    explorer: E.objective,
  },
  action: {
    own: 'azione',
    required: true,
    opencoesione: ['COD_LOCALE_PROGETTO'],
    operations: 'CodiceLocaleProgetto',
    explorer: E.action,
  },
  beneficiary: {
    own: 'beneficiario',
    required: true,
    opencoesione: ['OC_DENOM_BENEFICIARIO'],
    operations: 'NomeBeneficiario',
  },
  beneficiaryTaxCode: {
    own: 'codice_fiscale_beneficiario',
    opencoesione: ['OC_CODFISC_BENEFICIARIO', 'OC_COD_FORMA_GIU_BENEFICIARIO'],
    operations: 'CodiceFiscaleBeneficiario',
  },
  targetGroups: { own: 'destinatari', explorer: E.targetGroups },
  cost: {
    own: 'costo_totale',
    required: true,
    opencoesione: ['FINANZ_TOTALE_PUBBLICO', 'OC_FINANZ_TOT_PUB_NETTO'],
    operations: 'CostoTotale',
    explorer: E.cost,
  },
  eligibleCost: { operations: 'CostoAmmesso' },
  euFunding: { own: 'finanziamento_ue', opencoesione: ['FINANZ_UE'] },
  commitments: { own: 'impegni', opencoesione: ['IMPEGNI'] },
  payments: { own: 'pagamenti', opencoesione: ['TOT_PAGAMENTI'], explorer: E.payments },
  startDate: {
    own: 'data_inizio',
    opencoesione: ['OC_DATA_INIZIO_PROGETTO'],
    operations: 'DataInizioOperazione',
    explorer: E.startDate,
  },
  plannedEndDate: {
    own: 'data_fine_prevista',
    opencoesione: ['OC_DATA_FINE_PROGETTO_PREVISTA'],
    operations: 'DataFineOperazione',
  },
  actualEndDate: { own: 'data_fine_effettiva', opencoesione: ['OC_DATA_FINE_PROGETTO_EFFETTIVA'] },
  status: { own: 'stato', opencoesione: ['OC_STATO_PROGETTO'], explorer: E.status },
  interventionCategory: { own: 'categoria_intervento', operations: 'CategoriaOperazione' },
  lat: { own: 'lat' },
  lon: { own: 'lon' },
  updatedAt: { own: 'data_aggiornamento', opencoesione: ['DATA_AGGIORNAMENTO'], operations: 'DataAggiornamento' },
  ocLink: { opencoesione: ['OC_LINK'] },
  flags: { explorer: E.flags },
} as const satisfies Record<string, FieldSource>;

export type SourcedField = keyof typeof PROJECT_FIELDS;
type Fields = typeof PROJECT_FIELDS;
type OwnField = { [K in SourcedField]: Fields[K] extends { own: string } ? K : never }[SourcedField];

/** Our projects format's columns, in the order of the fields: every column a progetti.csv may have. */
export const OWN_COLUMNS = Object.values(PROJECT_FIELDS).flatMap((f: FieldSource) => (f.own ? [f.own] : []));
export const OWN_REQUIRED = Object.values(PROJECT_FIELDS).flatMap((f: FieldSource) =>
  f.own && f.required ? [f.own] : [],
);

/** Field -> its column in our projects format. */
export const OWN = Object.fromEntries(
  Object.entries(PROJECT_FIELDS).flatMap(([k, f]: [string, FieldSource]) => (f.own ? [[k, f.own]] : [])),
) as { [K in OwnField]: Fields[K]['own'] };

/** A source a project is imported from whose columns this table names, besides our own format. */
export type ColumnSource = 'opencoesione' | 'operations';

/** A field's column in a source: OpenCoesione's i-th (in the order they are tried), the official list's one. */
export function sourceColumn(source: ColumnSource, field: SourcedField, i = 0): string {
  const f: FieldSource = PROJECT_FIELDS[field];
  const name = source === 'opencoesione' ? f.opencoesione?.[i] : i === 0 ? f.operations : undefined;
  if (name === undefined) throw new Error(`schema/project-fields.ts gives ${field} no ${source} column ${i}`);
  return name;
}

type InSource<S extends ColumnSource> = {
  [K in SourcedField]: Fields[K] extends Record<S, unknown> ? K : never;
}[SourcedField];

/** A source's column map: field -> its (first) column there, as `key` writes it, for every field the source has. */
export function sourceColumns<S extends ColumnSource>(source: S, key: (name: string) => string) {
  return Object.fromEntries(
    Object.entries(PROJECT_FIELDS).flatMap(([field, f]: [string, FieldSource]) =>
      f[source] === undefined ? [] : [[field, key(sourceColumn(source, field as SourcedField))]],
    ),
  ) as Record<InSource<S>, string>;
}
