import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATION_COLUMNS } from '../import/kinds.ts';
import { Project } from './project.ts';
import { OWN_COLUMNS, OWN_REQUIRED, PROJECT_FIELDS, type FieldSource } from './project-fields.ts';

const OC_HEADER = new Set(
  readFileSync(resolve(import.meta.dirname, '../../../tests/fixtures/opencoesione/progetti_esteso_header.csv'), 'utf8')
    .replace(/^\ufeff/, '')
    .trim()
    .split(';'),
);

describe("each field's sources (project-fields.ts)", () => {
  const entries = Object.entries(PROJECT_FIELDS) as [string, FieldSource][];
  it('names only fields of a project, and the schema carries each as metadata', () => {
    for (const [field, source] of entries) {
      const schema = Project.shape[field as keyof typeof Project.shape];
      expect(schema, field).toBeDefined();
      expect(schema.meta()?.['source'], field).toEqual(source);
    }
  });
  it("names OpenCoesione columns that the real 'progetti esteso' export has", () => {
    for (const [field, source] of entries)
      for (const c of source.opencoesione ?? []) expect(OC_HEADER.has(c), `${field}: ${c}`).toBe(true);
  });
  it('names columns of the official list of operations', () => {
    const list = new Set<string>(OPERATION_COLUMNS.map(([it]) => it));
    for (const [field, source] of entries) if (source.operations) expect(list.has(source.operations), field).toBe(true);
  });
  it('gives our format one column per field, the required ones first among equals, and unique explorer keys', () => {
    expect(new Set(OWN_COLUMNS).size).toBe(OWN_COLUMNS.length);
    expect(OWN_REQUIRED).toEqual(['codice', 'titolo', 'citta', 'azione', 'beneficiario', 'costo_totale']);
    const keys = entries.flatMap(([, s]) => (s.explorer ? [s.explorer] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});
