import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../import/run.ts';
import { writeCsv } from './csv.ts';
import { dataPackage, tableSchema, type TableSchema } from './datapackage.ts';
import { DATASETS, rowsOf } from './datasets.ts';
import { data, pub, realData, STANDARDS } from '../../../tests/lib/downloads-fixture.ts';

const profile = JSON.parse(readFileSync(join(STANDARDS, 'frictionless-v2/datapackage.json'), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat('textarea', true);
const validateDataPackage = ajv.compile(profile);

type Descriptor = Record<string, unknown> & {
  resources: Array<
    Record<string, unknown> & { schema: TableSchema; name: string; path: string; bytes: number; hash: string }
  >;
};

async function build(d: Dataset, p = pub) {
  const csvs = new Map(DATASETS.map((def) => [def.id, writeCsv(def, rowsOf(def, d))]));
  const pkg = (await dataPackage(
    DATASETS.map((def) => ({ def, csv: csvs.get(def.id)! })),
    p,
  )) as Descriptor;
  return { pkg, csvs };
}

/** Checks a CSV against its Table Schema: header, required, types, categories, patterns. */
function checkCsv(csv: string, schema: TableSchema): string[] {
  const problems: string[] = [];
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ',' });
  if (parsed.errors.length) problems.push(...parsed.errors.map((e) => e.message));
  expect(parsed.meta.fields).toEqual(schema.fields.map((f) => f.name));
  parsed.data.forEach((row, i) => {
    for (const f of schema.fields) {
      const v = row[f.name]!;
      const where = `row ${i + 2} ${f.name}=${JSON.stringify(v)}`;
      if (v === '') {
        if (f.constraints?.required) problems.push(`${where}: required`);
        continue;
      }
      if (f.type === 'number' && !/^-?\d+(\.\d+)?$/.test(v)) problems.push(`${where}: not a number`);
      if (f.type === 'integer' && !/^-?\d+$/.test(v)) problems.push(`${where}: not an integer`);
      if (f.type === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) problems.push(`${where}: not a date`);
      if (f.type === 'boolean' && !['true', 'false'].includes(v)) problems.push(`${where}: not a boolean`);
      if (f.categories && !f.categories.includes(v)) problems.push(`${where}: not a category`);
      if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v))
        problems.push(`${where}: pattern`);
      if (f.constraints?.minimum !== undefined && Number(v) < f.constraints.minimum) problems.push(`${where}: minimum`);
      if (f.constraints?.maximum !== undefined && Number(v) > f.constraints.maximum) problems.push(`${where}: maximum`);
    }
  });
  return problems;
}

describe('Frictionless Data Package v2', () => {
  let real: Dataset;
  let pkg: Descriptor;
  let csvs: Map<string, string>;
  beforeAll(async () => {
    real = await realData();
    ({ pkg, csvs } = await build(real, { ...pub, meta: real.meta }));
  });

  it('validates against the official datapackage.json profile', () => {
    expect(validateDataPackage(pkg), JSON.stringify(validateDataPackage.errors, null, 1)).toBe(true);
  });

  it('fails the profile when the descriptor is broken', () => {
    const noResources: Record<string, unknown> = { ...pkg };
    delete noResources.resources;
    expect(validateDataPackage(noResources)).toBe(false);
    expect(JSON.stringify(validateDataPackage.errors)).toContain("must have required property 'resources'");
    const badType = structuredClone(pkg);
    (badType.resources[0]!.schema.fields[0] as { type: string }).type = 'int';
    expect(validateDataPackage(badType)).toBe(false);
    expect(JSON.stringify(validateDataPackage.errors)).toContain('/resources/0/schema/fields/0/type');
    const badHash = structuredClone(pkg);
    badHash.resources[0]!.hash = 'sha256 not hex';
    expect(validateDataPackage(badHash)).toBe(false);
    expect(JSON.stringify(validateDataPackage.errors)).toContain('/resources/0/hash');
  });

  it('has one table resource per CSV with bytes and sha256 hash of the exact bytes', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual(DATASETS.map((d) => d.id));
    for (const r of pkg.resources) {
      const bytes = Buffer.from(csvs.get(r.name)!, 'utf8');
      expect(r).toMatchObject({
        type: 'table',
        path: `${r.name}.csv`,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
      });
      expect(r.bytes).toBe(bytes.length);
      expect(r.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('dates the package with the reference date, not the clock, and states licence, sources, demonstration', async () => {
    expect(pkg.created).toBe(`${real.meta.referenceDate}T00:00:00Z`);
    expect(pkg.licenses).toEqual([
      { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: expect.any(String) },
    ]);
    expect(pkg.demonstration).toBe(real.meta.demonstration);
    expect(String(pkg.description)).toContain('Dati dimostrativi');
    expect((await build(real, { ...pub, meta: real.meta })).pkg).toEqual(pkg);
    const noDate = await dataPackage([], { ...pub, meta: { ...pub.meta, referenceDate: null } });
    expect(noDate.created).toBeUndefined();
  });

  it('generates Table Schemas with types, required, categories and keys', () => {
    const projects = pkg.resources.find((r) => r.name === 'projects')!.schema;
    const f = (n: string) => projects.fields.find((x) => x.name === n)!;
    expect(f('cost')).toMatchObject({ type: 'number', constraints: { required: true, minimum: 0 } });
    expect(f('source_row').type).toBe('integer');
    expect(f('start_date').type).toBe('date');
    expect(f('demonstration').type).toBe('boolean');
    expect(f('city').constraints).toEqual({ required: true, pattern: '\\d{6}' });
    expect(f('action').categories).toEqual(['4.4.8.1', '4.4.8.2', '4.4.11.1', '4.4.11.2', '4.4.12.1']);
    expect(f('status')).toMatchObject({
      categories: ['Non avviato', 'In corso', 'Concluso', 'Liquidato'],
      categoriesOrdered: true,
    });
    expect(f('flags').categories).toBeUndefined(); // a |-joined list is not one code
    expect(projects.primaryKey).toEqual(['id']);
    expect(projects.foreignKeys).toContainEqual({
      fields: ['city'],
      reference: { resource: 'cities', fields: ['istat'] },
    });
    expect(projects.foreignKeys).toContainEqual({
      fields: ['action'],
      reference: { resource: 'actions', fields: ['code'] },
    });
    expect(projects.foreignKeys).toContainEqual({
      fields: ['objective'],
      reference: { resource: 'objectives', fields: ['code'] },
    });
    const names = new Set(pkg.resources.map((r) => r.name));
    for (const r of pkg.resources) {
      const fields = new Set(r.schema.fields.map((x) => x.name));
      for (const k of r.schema.primaryKey) expect(fields.has(k)).toBe(true);
      for (const fk of r.schema.foreignKeys ?? []) {
        expect(names.has(fk.reference.resource)).toBe(true);
        const target = pkg.resources.find((x) => x.name === fk.reference.resource)!.schema;
        for (const k of fk.reference.fields) expect(target.fields.map((x) => x.name)).toContain(k);
      }
    }
  });

  it('describes the CSVs truthfully: every real CSV conforms to its Table Schema', () => {
    for (const def of DATASETS) expect(checkCsv(csvs.get(def.id)!, tableSchema(def)), def.id).toEqual([]);
  });

  it('also validates for the small in-test dataset', async () => {
    const small = (await build(data)).pkg;
    expect(validateDataPackage(small), JSON.stringify(validateDataPackage.errors)).toBe(true);
  });
});
