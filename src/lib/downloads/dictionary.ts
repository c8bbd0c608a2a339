// The data dictionary, generated from the zod schemas (src/lib/schema): one column per field of a
// flat download row. Nested objects become prefixed columns (source.file -> source_file), arrays
// become text joined with LIST_SEPARATOR, field names are snake_cased. Every description is the
// schema's own `.describe()` text. Used by the writers, the Table Schemas and the dictionary page.
import { z } from 'astro/zod';
import { IsoDate } from '../schema/index.ts';
import type { FieldSource } from '../schema/project-fields.ts';

/** Separator of the values of a list (array) field inside one cell. */
export const LIST_SEPARATOR = '|';

export type ColumnType = 'string' | 'number' | 'integer' | 'boolean' | 'date';

export type Column = {
  /** Column name in every download: the schema's field name, snake_cased. */
  name: string;
  /** Path of the value in the record (['source', 'file'] for source_file). */
  path: readonly string[];
  type: ColumnType;
  /** The schema's `.describe()` text (list fields add how values are separated). */
  description: string;
  /** True when every row has a value (the field is neither nullable nor optional). */
  required: boolean;
  /** True when the value may be empty (null). Always the opposite of `required`. */
  nullable: boolean;
  /** The allowed codes, when the field (or each item of a list field) comes from a closed list. */
  codes: readonly string[] | null;
  /** True when the cell holds several values joined with LIST_SEPARATOR. */
  list: boolean;
  /** Regular expression every value matches (anchors included), when the schema has one. */
  pattern: string | null;
  minLength: number | null;
  minimum: number | null;
  maximum: number | null;
  /** The input columns the field is read from (schema/project-fields.ts), where the schema says them. */
  source: FieldSource | null;
};

/** A cell of a flat row: text, number, boolean, or empty. */
export type Cell = string | number | boolean | null;
/** A flat row: column name -> cell, keys in column order. */
export type Row = Record<string, Cell>;

type JsonSchema = {
  type?: string | string[];
  anyOf?: JsonSchema[];
  description?: string;
  enum?: unknown[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  pattern?: string;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  format?: string;
  source?: FieldSource;
};

const DATE_PATTERN = (z.toJSONSchema(IsoDate) as JsonSchema).pattern;

/** 'targetGroups' -> 'target_groups', 'euFunding' -> 'eu_funding'. */
export function snakeCase(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase();
}

/** Removes the null branch of a nullable field; says whether there was one. */
function unwrapNull(s: JsonSchema): { inner: JsonSchema; nullable: boolean } {
  if (s.anyOf) {
    const rest = s.anyOf.filter((b) => b.type !== 'null');
    if (rest.length === 1 && rest.length < s.anyOf.length) return { inner: rest[0]!, nullable: true };
  }
  if (Array.isArray(s.type) && s.type.includes('null')) {
    const types = s.type.filter((t) => t !== 'null');
    return { inner: { ...s, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { inner: s, nullable: false };
}

function scalarType(s: JsonSchema, where: string): ColumnType {
  switch (s.type) {
    case 'integer':
      return 'integer';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'string':
      return s.pattern !== undefined && s.pattern === DATE_PATTERN ? 'date' : 'string';
    default:
      throw new Error(`dictionary: field ${where} has a type a flat download cannot hold (${JSON.stringify(s.type)})`);
  }
}

function codesOf(s: JsonSchema): readonly string[] | null {
  return s.enum && s.enum.every((v) => typeof v === 'string') ? (s.enum as string[]) : null;
}

const SAFE = Number.MAX_SAFE_INTEGER;

function columnsOfProperty(
  key: string,
  s: JsonSchema,
  parentPath: readonly string[],
  parentRequired: boolean,
  ownRequired: boolean,
  parentDescription: string | null,
): Column[] {
  const path = [...parentPath, key];
  const { inner, nullable } = unwrapNull(s);
  const description = s.description ?? inner.description ?? null;
  const source = s.source ?? inner.source ?? null;
  const required = parentRequired && ownRequired && !nullable;
  const name = path.map(snakeCase).join('_');
  if (inner.type === 'object' && inner.properties) {
    const req = new Set(inner.required ?? []);
    return Object.entries(inner.properties).flatMap(([k, v]) =>
      columnsOfProperty(k, v, path, required, req.has(k), description),
    );
  }
  // A nested field keeps its own description; the parent's describes it only when it has none.
  const describe = (d: string | null) => d ?? (parentDescription ? `${parentDescription} (${key})` : key);
  if (inner.type === 'array') {
    const items = inner.items ?? {};
    const codes = codesOf(items);
    const text = describe(description ?? items.description ?? null);
    // An empty list is an empty cell: the column is required only when the list cannot be empty.
    const filled = required && (inner.minItems ?? 0) > 0;
    return [
      {
        name,
        path,
        type: 'string',
        required: filled,
        nullable: !filled,
        codes,
        list: true,
        description: `${text.replace(/\.$/, '')}; several values are separated by "${LIST_SEPARATOR}"`,
        pattern: null,
        minLength: null,
        minimum: null,
        maximum: null,
        source,
      },
    ];
  }
  const type = scalarType(inner, name);
  const numeric = type === 'number' || type === 'integer';
  const bound = (v: number | undefined) => (v === undefined || Math.abs(v) >= SAFE ? null : v);
  return [
    {
      name,
      path,
      type,
      required,
      nullable: !required,
      codes: codesOf(inner),
      list: false,
      description: describe(description),
      pattern: type === 'string' && inner.pattern !== undefined ? inner.pattern : null,
      minLength: type === 'string' && inner.minLength !== undefined ? inner.minLength : null,
      minimum: numeric ? bound(inner.minimum) : null,
      maximum: numeric ? bound(inner.maximum) : null,
      source,
    },
  ];
}

/** The columns of a flat download row for records that follow `schema` (a zod object). */
export function columnsOf(schema: z.ZodObject): Column[] {
  const js = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema;
  if (js.type !== 'object' || !js.properties) throw new Error('dictionary: the schema is not an object');
  const req = new Set(js.required ?? []);
  const columns = Object.entries(js.properties).flatMap(([k, v]) =>
    columnsOfProperty(k, v, [], true, req.has(k), null),
  );
  const seen = new Set<string>();
  for (const c of columns) {
    if (seen.has(c.name)) throw new Error(`dictionary: two fields give the column name ${c.name}`);
    seen.add(c.name);
  }
  return columns;
}

/** One record as a flat row: arrays joined with LIST_SEPARATOR, nested values by their path. */
export function flatRow(columns: readonly Column[], record: unknown): Row {
  const row: Row = {};
  for (const c of columns) {
    let v: unknown = record;
    for (const k of c.path) v = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[k];
    if (v === undefined || v === null) row[c.name] = null;
    else if (Array.isArray(v)) row[c.name] = v.map(String).join(LIST_SEPARATOR);
    else if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') row[c.name] = v;
    else throw new Error(`column ${c.name}: a value of type ${typeof v} cannot be a cell`);
  }
  return row;
}

/** A data dictionary entry, as the dictionary page and the About sheet show it. */
export type DictionaryEntry = Pick<
  Column,
  'name' | 'type' | 'description' | 'required' | 'nullable' | 'codes' | 'list'
>;

export function dictionary(columns: readonly Column[]): DictionaryEntry[] {
  return columns.map(({ name, type, description, required, nullable, codes, list }) => ({
    name,
    type,
    description,
    required,
    nullable,
    codes,
    list,
  }));
}
