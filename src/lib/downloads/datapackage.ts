// A Frictionless Data Package v2 descriptor (datapackage.json) of the clean UTF-8 CSVs: one
// tabular resource per CSV with bytes, a sha256 hash and an inline Table Schema generated from
// the zod schemas (types, required, categories for code lists, primary and foreign keys).
// `created` is the data's reference date, never the clock. Pure: the caller passes the CSV text.
import { sha256Hex, utf8 } from './hash.ts';
import type { DatasetDefinition } from './datasets.ts';
import type { Column } from './dictionary.ts';
import { fileName } from './formats.ts';
import { demonstrationNotice, isDemonstration, PROGRAMME_SOURCE, type Publication } from './metadata.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';
export const TABLE_SCHEMA_PROFILE = 'https://datapackage.org/profiles/2.0/tableschema.json';

export type TableSchemaField = {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; pattern?: string; minLength?: number; minimum?: number; maximum?: number };
  categories?: string[];
  categoriesOrdered?: boolean;
};

export type TableSchema = {
  $schema: string;
  fields: TableSchemaField[];
  missingValues: string[];
  primaryKey: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
};

/** Codes whose list order means something (a project's life), marked categoriesOrdered. */
const ORDERED = new Set(['status']);

/** Table Schema patterns use XML Schema syntax, which is implicitly anchored: drop ^ and $. */
function xsdPattern(p: string): string {
  return p.replace(/^\^/, '').replace(/\$$/, '');
}

export function tableSchemaField(c: Column): TableSchemaField {
  const constraints: NonNullable<TableSchemaField['constraints']> = {};
  if (c.required) constraints.required = true;
  if (c.pattern !== null) constraints.pattern = xsdPattern(c.pattern);
  if (c.minLength !== null && c.minLength > 0) constraints.minLength = c.minLength;
  if (c.minimum !== null) constraints.minimum = c.minimum;
  if (c.maximum !== null) constraints.maximum = c.maximum;
  const f: TableSchemaField = { name: c.name, type: c.type, description: c.description };
  if (Object.keys(constraints).length > 0) f.constraints = constraints;
  if (c.codes && !c.list) {
    f.categories = [...c.codes];
    if (ORDERED.has(c.name)) f.categoriesOrdered = true;
  }
  return f;
}

/** The Table Schema of a dataset's CSV. */
export function tableSchema(def: DatasetDefinition): TableSchema {
  const s: TableSchema = {
    $schema: TABLE_SCHEMA_PROFILE,
    fields: def.columns.map(tableSchemaField),
    missingValues: [''],
    primaryKey: [...def.primaryKey],
  };
  if (def.foreignKeys.length > 0) {
    s.foreignKeys = def.foreignKeys.map((k) => ({
      fields: [...k.fields],
      reference: { resource: k.reference.resource, fields: [...k.reference.fields] },
    }));
  }
  return s;
}

export type PackageFile = {
  def: DatasetDefinition;
  /** The clean CSV (writeCsv) exactly as published: text (encoded as UTF-8) or bytes. */
  csv: string | Uint8Array;
  /** Path of the CSV relative to datapackage.json (default: the dataset's CSV file name). */
  path?: string;
};

export type DataPackageOptions = {
  /** Package name (lowercase, -._/ allowed). */
  name?: string;
  title?: string;
  description?: string;
};

const DEFAULTS = {
  name: 'pn-metro-plus-priorita-4-inclusione-sociale',
  title: 'PN Metro Plus 2021-2027, Priorità 4 "Inclusione sociale": dati aperti',
  description:
    'Dotazioni, progetti e struttura (città, azioni, obiettivi specifici, destinatari) della Priorità 4 "Inclusione sociale" del PN Metro Plus e città medie Sud 2021-2027, con le segnalazioni sulla qualità dei dati.',
};

function licence(pub: Publication) {
  return { name: pub.licence.id, path: pub.licence.url, title: pub.licence.title };
}

function sourcesOfPackage(def: DatasetDefinition, pub: Publication): { title: string; path?: string }[] {
  const list = def.origin === 'programme' ? [PROGRAMME_SOURCE] : pub.meta.sources;
  return list.map((s) => {
    const title = s.licence ? `${s.name} (${s.licence})` : s.name;
    return s.url ? { title, path: s.url } : { title };
  });
}

/** The datapackage.json descriptor (an object; serialise with JSON.stringify(x, null, 2)). */
export async function dataPackage(
  files: readonly PackageFile[],
  pub: Publication,
  options: DataPackageOptions = {},
): Promise<Record<string, unknown>> {
  const demo = pub.meta.demonstration;
  const note = demo ? ` ${demonstrationNotice(pub.meta)}` : '';
  const resources = [];
  for (const f of files) {
    const bytes = typeof f.csv === 'string' ? utf8(f.csv) : f.csv;
    const resourceDemo = isDemonstration(f.def, pub.meta);
    resources.push({
      name: f.def.id,
      type: 'table',
      path: f.path ?? fileName(f.def.id, 'csv'),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: bytes.byteLength,
      hash: `sha256:${await sha256Hex(bytes)}`,
      title: f.def.title.it,
      description: `${f.def.description.it} / ${f.def.description.en}${resourceDemo ? ' Dati dimostrativi – Demonstration data.' : ''}`,
      dialect: {
        $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
        header: true,
        delimiter: ',',
        lineTerminator: '\r\n',
        quoteChar: '"',
        doubleQuote: true,
      },
      sources: sourcesOfPackage(f.def, pub),
      licenses: [licence(pub)],
      schema: tableSchema(f.def),
    });
  }
  const pkg: Record<string, unknown> = {
    $schema: DATA_PACKAGE_PROFILE,
    name: options.name ?? DEFAULTS.name,
    title: options.title ?? DEFAULTS.title,
    description: (options.description ?? DEFAULTS.description) + note,
    homepage: pub.siteUrl,
    licenses: [licence(pub)],
    contributors: [{ title: pub.publisher, roles: ['publisher'] }],
    sources: pub.meta.sources
      .map((s) => (s.url ? { title: s.name, path: s.url } : { title: s.name }))
      .concat([{ title: PROGRAMME_SOURCE.name }]),
    keywords: [
      'PN Metro Plus',
      '2021-2027',
      'FSE+',
      'ESF+',
      'inclusione sociale',
      'social inclusion',
      'coesione',
      'cohesion policy',
    ],
    demonstration: demo,
    resources,
  };
  if (pub.meta.referenceDate) pkg.created = `${pub.meta.referenceDate}T00:00:00Z`;
  return pkg;
}
