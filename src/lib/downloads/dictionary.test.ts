import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ACTION_CODES, Project, QUALITY_FLAGS, SourceRef } from '../schema/index.ts';
import { columnsOf, dictionary, flatRow, LIST_SEPARATOR, snakeCase } from './dictionary.ts';
import { datasetById, DATASETS } from './datasets.ts';

describe('dictionary from the zod schemas', () => {
  // The projects download's columns: the schema's fields, money published in euro (datasets.ts).
  const cols = datasetById('projects').columns;
  const col = (n: string) => cols.find((c) => c.name === n)!;

  it('snake_cases field names and flattens nested objects', () => {
    expect(snakeCase('beneficiaryTaxCode')).toBe('beneficiary_tax_code');
    expect(cols.map((c) => c.name)).toEqual(
      expect.arrayContaining(['beneficiary_tax_code', 'target_groups', 'eu_funding', 'source_file', 'source_row']),
    );
    expect(cols.map((c) => c.name)).not.toContain('source');
    expect(col('source_row').path).toEqual(['source', 'row']);
  });

  it('takes every description from .describe()', () => {
    expect(col('title').description).toBe(Project.shape.title.description);
    expect(col('source_file').description).toBe(SourceRef.shape.file.description);
    expect(col('cost').description).toBe('Total cost (public funding), euro');
    for (const d of DATASETS)
      for (const c of d.columns) expect(c.description.length, `${d.id}.${c.name}`).toBeGreaterThan(3);
  });

  it('derives types, nullability, codes and lists', () => {
    expect(col('cost')).toMatchObject({ type: 'number', required: true, nullable: false, minimum: 0 });
    expect(col('payments')).toMatchObject({ type: 'number', required: false, nullable: true });
    expect(col('source_row').type).toBe('integer');
    expect(col('start_date').type).toBe('date');
    expect(col('updated_at').type).toBe('date');
    expect(col('city')).toMatchObject({ type: 'string', pattern: '^\\d{6}$', required: true });
    expect(col('action')).toMatchObject({ codes: ACTION_CODES, required: false, list: false });
    expect(col('flags')).toMatchObject({ list: true, codes: QUALITY_FLAGS, type: 'string', required: false });
    expect(col('flags').description).toContain(`"${LIST_SEPARATOR}"`);
    expect(columnsOf(z.object({ ok: z.boolean().describe('yes or no') }))[0]).toMatchObject({
      type: 'boolean',
      required: true,
    });
  });

  it('refuses a field no cell can hold', () => {
    expect(() => columnsOf(z.object({ m: z.record(z.string(), z.number()) }))).toThrow(/cannot hold/);
  });

  it('flattens records: arrays joined, nulls kept, nested by path', () => {
    const r = flatRow(cols, {
      id: 'x',
      targetGroups: ['a', 'b'],
      payments: null,
      source: { file: 'f.csv', row: 7 },
      flags: [],
    });
    expect(r.target_groups).toBe('a|b');
    expect(r.payments).toBeNull();
    expect(r.source_file).toBe('f.csv');
    expect(r.source_row).toBe(7);
    expect(r.flags).toBe('');
    expect(r.title).toBeNull();
    expect(Object.keys(r)).toEqual(cols.map((c) => c.name));
  });

  it('gives the dictionary entries the page needs', () => {
    const d = dictionary(cols);
    expect(d.find((e) => e.name === 'status')).toEqual({
      name: 'status',
      type: 'string',
      description: expect.stringContaining('Project state'),
      required: false,
      nullable: true,
      codes: ['Non avviato', 'In corso', 'Concluso', 'Liquidato'],
      list: false,
    });
  });
});
