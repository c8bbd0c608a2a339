// The published datasets, each defined once: identity, titles and descriptions in Italian and
// English, the zod schema its rows follow, keys, and the function from the importer's data to
// records. Every download, the Data Package and the DCAT catalogue are generated from these.
import { z } from 'astro/zod';
import {
  Action,
  Allocation,
  Beneficiary,
  City,
  Euro,
  Indicator,
  Objective,
  Project,
  QualityFlag,
  SourceRef,
  TargetGroup,
} from '../schema/index.ts';
import type { Meta } from '../schema/index.ts';
import type { Dataset } from '../import/run.ts';
import { centsToEuro } from '../model/money.ts';
import { columnsOf, flatRow, type Column, type Row } from './dictionary.ts';

export const DATASET_IDS = [
  'allocations',
  'projects',
  'beneficiaries',
  'indicators',
  'cities',
  'actions',
  'objectives',
  'target-groups',
  'quality-flags',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

export type Text = { it: string; en: string };

export type ForeignKey = { fields: string[]; reference: { resource: DatasetId; fields: string[] } };

export type DatasetDefinition = {
  id: DatasetId;
  title: Text;
  description: Text;
  /** The zod schema of one record (before flattening). */
  schema: z.ZodObject;
  /** The flat columns, derived from `schema`. */
  columns: Column[];
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  /** Where the rows come from: the imported input files, or the programme's text (reference tables). */
  origin: 'input' | 'programme';
  /** The records of this dataset in the importer's data, in a stable order. */
  records: (data: Dataset) => unknown[];
  /** Fields held in integer cents that the download publishes in euro (see inEuro). */
  money: readonly string[];
};

/** Per-row provenance: whether the row comes from a file of the demonstration manifest. */
const Demonstration = z
  .boolean()
  .describe('True when the row comes from demonstration data (invented figures, not real records)');

/**
 * The downloads publish money in euro (their public columns, names and descriptions): `fields`,
 * held in integer cents, become euro fields with the same description and sources, in place.
 */
function inEuro<S extends z.ZodObject>(schema: S, fields: readonly (keyof S['shape'] & string)[]) {
  const shape = Object.fromEntries(
    fields.map((f) => {
      const cents = schema.shape[f] as z.ZodType;
      const meta = { ...cents.meta() };
      if (meta.description) meta.description = meta.description.replace(/euro cents/, 'euro');
      return [f, (cents.isNullable() ? Euro.nullable() : Euro).meta(meta)];
    }),
  );
  return { schema: schema.extend(shape), money: fields };
}

const ALLOCATION_EURO = inEuro(Allocation, ['eu', 'national', 'total']);
const PROJECT_EURO = inEuro(Project, ['cost', 'eligibleCost', 'euFunding', 'commitments', 'payments']);
const AllocationRecord = ALLOCATION_EURO.schema.extend({ demonstration: Demonstration });
const ProjectRecord = PROJECT_EURO.schema.extend({ demonstration: Demonstration });
const BeneficiaryRecord = Beneficiary.extend({ demonstration: Demonstration });
const IndicatorRecord = Indicator.extend({ demonstration: Demonstration });
const QualityFlagRecord = z.object({
  projectId: Project.shape.id.describe('Stable URL slug of the project carrying the flag (projects.id)'),
  projectCode: Project.shape.code,
  city: Project.shape.city,
  flag: QualityFlag,
  source: SourceRef,
  demonstration: Demonstration,
});

/** Whether the input file a record was read from is demonstration data. */
export function isDemonstrationFile(meta: Meta, file: string): boolean {
  return meta.files.find((f) => f.file === file)?.demonstration ?? meta.demonstration;
}

function define(d: Omit<DatasetDefinition, 'columns' | 'money'> & { money?: readonly string[] }): DatasetDefinition {
  const columns = columnsOf(d.schema);
  const names = new Set(columns.map((c) => c.name));
  for (const k of [...d.primaryKey, ...d.foreignKeys.flatMap((f) => f.fields)]) {
    if (!names.has(k)) throw new Error(`dataset ${d.id}: key column ${k} is not a column`);
  }
  return { ...d, money: d.money ?? [], columns };
}

const CITY_FK: ForeignKey = { fields: ['city'], reference: { resource: 'cities', fields: ['istat'] } };
const ACTION_FK: ForeignKey = { fields: ['action'], reference: { resource: 'actions', fields: ['code'] } };
const OBJECTIVE_FK: ForeignKey = { fields: ['objective'], reference: { resource: 'objectives', fields: ['code'] } };

type Texts = Pick<DatasetDefinition, 'title' | 'description'>;
type Keys = Pick<DatasetDefinition, 'primaryKey' | 'foreignKeys'>;

/** A dataset of records read from the input files: each row says whether its file is demonstration data. */
function imported<T extends { source: { file: string } }>(
  id: DatasetId,
  texts: Texts,
  schema: z.ZodObject,
  keys: Keys,
  list: (d: Dataset) => readonly T[],
  money: readonly string[] = [],
): DatasetDefinition {
  return define({
    id,
    ...texts,
    schema,
    ...keys,
    money,
    origin: 'input',
    records: (d) => list(d).map((r) => ({ ...r, demonstration: isDemonstrationFile(d.meta, r.source.file) })),
  });
}

/** A table of the programme's own text (data/reference/). */
function programme(
  id: DatasetId,
  texts: Texts,
  schema: z.ZodObject,
  keys: Keys,
  list: (d: Dataset) => readonly unknown[],
): DatasetDefinition {
  return define({ id, ...texts, schema, ...keys, origin: 'programme', records: (d) => [...list(d)] });
}

export const DATASETS: readonly DatasetDefinition[] = [
  imported(
    'allocations',
    {
      title: { it: 'Dotazioni per città e azione', en: 'Allocations by city and action' },
      description: {
        it: 'Le risorse della Priorità 4 assegnate a ciascuna città per ciascuna azione: quota UE (FSE+), cofinanziamento nazionale e totale, in euro.',
        en: 'Priority 4 resources allocated to each city for each action: EU share (ESF+), national co-financing and total, in euro.',
      },
    },
    AllocationRecord,
    { primaryKey: ['city', 'action'], foreignKeys: [CITY_FK, ACTION_FK, OBJECTIVE_FK] },
    (d) => d.allocations,
    ALLOCATION_EURO.money,
  ),
  imported(
    'projects',
    {
      title: { it: 'Progetti (operazioni)', en: 'Projects (operations)' },
      description: {
        it: 'Le operazioni finanziate dalla Priorità 4: beneficiario, città, obiettivo specifico, azione, destinatari, costo, impegni, pagamenti, date, stato e segnalazioni sulla qualità dei dati.',
        en: 'The operations funded by Priority 4: beneficiary, city, specific objective, action, target groups, cost, commitments, payments, dates, status and data-quality flags.',
      },
    },
    ProjectRecord,
    { primaryKey: ['id'], foreignKeys: [CITY_FK, ACTION_FK, OBJECTIVE_FK] },
    (d) => d.projects,
    PROJECT_EURO.money,
  ),
  define({
    id: 'beneficiaries',
    title: { it: 'Beneficiari', en: 'Beneficiaries' },
    description: {
      it: 'I beneficiari delle operazioni, uno per ente (riconosciuto dal codice fiscale, o dal nome scritto in qualunque modo), con i codici dei loro progetti. Le persone fisiche non sono mai nominate: sono contate insieme in un solo record, senza nome né codice fiscale.',
      en: 'The beneficiaries of the operations, one per entity (recognised by tax code, or by name however written), with the codes of their projects. Natural persons are never named: they are counted together in one record, without name or tax code.',
    },
    schema: BeneficiaryRecord,
    primaryKey: ['id'],
    foreignKeys: [],
    origin: 'input',
    // A beneficiary is demonstration data when any of its projects comes from a demonstration file.
    records: (d) => {
      const fileOf = new Map(d.projects.map((p) => [p.code, p.source.file]));
      return d.beneficiaries.map((b) => ({
        ...b,
        demonstration: b.projects.some((code) => isDemonstrationFile(d.meta, fileOf.get(code) ?? '')),
      }));
    },
  }),
  imported(
    'indicators',
    {
      title: { it: 'Indicatori dei progetti', en: 'Project indicators' },
      description: {
        it: 'Gli indicatori di ciascun progetto (ad esempio gli indicatori comuni FSE+ come EECO01, partecipanti): valore programmato e realizzato, con la loro unità di misura. Valori di indicatori o unità diversi non vanno mai sommati.',
        en: 'The indicators of each project (for instance ESF+ common indicators such as EECO01, participants): planned and achieved value, with their unit of measure. Values of different indicators or units must never be added together.',
      },
    },
    IndicatorRecord,
    {
      primaryKey: ['project', 'code'],
      foreignKeys: [{ fields: ['project'], reference: { resource: 'projects', fields: ['code'] } }],
    },
    (d) => d.indicators,
  ),
  programme(
    'cities',
    {
      title: { it: 'Città della Priorità 4', en: 'Priority 4 cities' },
      description: {
        it: 'Le 14 città metropolitane della Priorità 4, con codice ISTAT del comune, regione e categoria di regione.',
        en: 'The 14 metropolitan cities of Priority 4, with the ISTAT municipality code, region and category of region.',
      },
    },
    City,
    { primaryKey: ['istat'], foreignKeys: [] },
    (d) => d.reference.cities,
  ),
  programme(
    'actions',
    {
      title: { it: 'Azioni', en: 'Actions' },
      description: {
        it: "Le azioni della Priorità 4, con l'obiettivo specifico, il titolo ufficiale e i tipi di intervento elencati dal programma.",
        en: 'The actions of Priority 4, with their specific objective, official title and the kinds of intervention the programme lists.',
      },
    },
    Action,
    { primaryKey: ['code'], foreignKeys: [OBJECTIVE_FK] },
    (d) => d.reference.actions,
  ),
  programme(
    'objectives',
    {
      title: { it: 'Obiettivi specifici', en: 'Specific objectives' },
      description: {
        it: 'I tre obiettivi specifici della Priorità 4 (ESO4.8, ESO4.11, ESO4.12), con il testo del programma e i destinatari che nomina.',
        en: 'The three specific objectives of Priority 4 (ESO4.8, ESO4.11, ESO4.12), with the programme text and the target groups it names.',
      },
    },
    Objective,
    { primaryKey: ['code'], foreignKeys: [] },
    (d) => d.reference.objectives,
  ),
  programme(
    'target-groups',
    {
      title: { it: 'Destinatari', en: 'Target groups' },
      description: {
        it: 'I gruppi di destinatari nominati dal programma, con il loro codice e gli obiettivi specifici che li nominano.',
        en: 'The target groups named by the programme, with their code and the specific objectives that name them.',
      },
    },
    TargetGroup,
    { primaryKey: ['code'], foreignKeys: [] },
    (d) => d.reference.targetGroups,
  ),
  imported(
    'quality-flags',
    {
      title: { it: 'Segnalazioni sulla qualità dei dati', en: 'Data-quality flags' },
      description: {
        it: "Una riga per ogni problema di qualità trovato su un progetto (pagamenti oltre il costo, CUP mancante o malformato, record non aggiornato...), con il file e la riga d'origine.",
        en: 'One row per data-quality problem found on a project (payments above cost, missing or malformed CUP, stale record...), with the source file and row.',
      },
    },
    QualityFlagRecord,
    {
      primaryKey: ['project_id', 'flag'],
      foreignKeys: [{ fields: ['project_id'], reference: { resource: 'projects', fields: ['id'] } }, CITY_FK],
    },
    (d) =>
      d.projects.flatMap((p) =>
        p.flags.map((flag) => ({ projectId: p.id, projectCode: p.code, city: p.city, flag, source: p.source })),
      ),
  ),
];

export function datasetById(id: DatasetId): DatasetDefinition {
  const d = DATASETS.find((x) => x.id === id);
  if (!d) throw new Error(`no dataset ${id}`);
  return d;
}

/** Flat rows of any records that follow the dataset's schema (a filtered selection, for instance). */
export function toRows(def: DatasetDefinition, records: readonly unknown[]): Row[] {
  return records.map((r) => flatRow(def.columns, euroRecord(def, r)));
}

/** The one place a download's money goes from integer cents to euro. */
function euroRecord(def: DatasetDefinition, record: unknown): unknown {
  if (def.money.length === 0) return record;
  const r = { ...(record as Record<string, number | null>) };
  for (const f of def.money) r[f] = centsToEuro(r[f] ?? null);
  return r;
}

/** The dataset's flat rows from the importer's data. */
export function rowsOf(def: DatasetDefinition, data: Dataset): Row[] {
  return toRows(def, def.records(data));
}
