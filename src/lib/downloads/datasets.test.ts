import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../import/run.ts';
import { DATASET_IDS, DATASETS, datasetById, rowsOf, toRows } from './datasets.ts';
import { columnsOf } from './dictionary.ts';
import { Allocation, Project } from '../schema/index.ts';
import { data, realData } from '../../../tests/lib/downloads-fixture.ts';

describe('dataset definitions', () => {
  it('defines each published dataset once, with both languages', () => {
    expect(DATASETS.map((d) => d.id)).toEqual([...DATASET_IDS]);
    for (const d of DATASETS) {
      for (const t of [d.title, d.description]) {
        expect(t.it.length).toBeGreaterThan(3);
        expect(t.en.length).toBeGreaterThan(3);
      }
    }
    expect(() => datasetById('nope' as never)).toThrow();
  });

  it('makes flat rows with provenance from the importer data', () => {
    const rows = rowsOf(datasetById('projects'), data);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      id: 'na-0001',
      target_groups: 'famiglie-vulnerabili|vittime-violenza',
      source_file: 'progetti.csv',
      source_row: 2,
      demonstration: true,
      flags: 'cup-missing|stale',
    });
    expect(rows[2]).toMatchObject({ target_groups: null, action: null, status: null });
    const flags = rowsOf(datasetById('quality-flags'), data);
    expect(flags.map((r) => `${r.project_id}:${r.flag}`)).toEqual([
      'na-0001:cup-missing',
      'na-0001:stale',
      'na-0003:payments-above-cost',
    ]);
    expect(rowsOf(datasetById('cities'), data)).toHaveLength(14);
  });

  it('holds money in integer cents and publishes it in euro, with the same columns in the same places', () => {
    expect(Project.safeParse({ ...data.projects[0], cost: 12.5 }).success).toBe(false);
    expect(Allocation.safeParse({ ...data.allocations[0], total: 0.5 }).success).toBe(false);
    const project = datasetById('projects');
    expect(project.columns.map((c) => c.name)).toEqual([...columnsOf(Project).map((c) => c.name), 'demonstration']);
    const row = rowsOf(project, data)[0]!;
    expect([row.cost, row.eu_funding, row.commitments, row.payments]).toEqual([1234.5, 987654.32, 0.1, null]);
    expect(rowsOf(datasetById('allocations'), data)[0]).toMatchObject({
      eu: 1000.5,
      national: 2000.25,
      total: 3000.75,
    });
    expect(project.columns.find((c) => c.name === 'eu_funding')).toMatchObject({
      type: 'number',
      description: 'EU contribution, euro',
    });
    expect(columnsOf(Project).find((c) => c.name === 'eu_funding')).toMatchObject({
      type: 'integer',
      description: 'EU contribution, euro cents',
    });
  });

  it('gives a name or title in both languages two columns, <field>_it and <field>_en', () => {
    const names = (id: Parameters<typeof datasetById>[0]) => datasetById(id).columns.map((c) => c.name);
    expect(names('objectives')).toEqual(['code', 'title_it', 'title_en', 'description', 'target_groups_text']);
    expect(names('actions')).toEqual(['code', 'objective', 'title_it', 'title_en', 'description', 'interventions']);
    expect(names('target-groups')).toEqual(['code', 'name_it', 'name_en', 'objectives', 'from_text']);
    const title = datasetById('objectives').columns.find((c) => c.name === 'title_en')!;
    expect(title.description).toBe("The objective's wording in English (ESF+ Regulation wording)");
    const [group] = rowsOf(datasetById('target-groups'), data);
    const ref = data.reference.targetGroups[0]!;
    expect(group).toMatchObject({ code: ref.code, name_it: ref.name.it, name_en: ref.name.en });
  });

  it('flattens a filtered selection the same way (download this selection)', () => {
    const def = datasetById('projects');
    const subset: Dataset = { ...data, projects: data.projects.slice(1, 2) };
    expect(toRows(def, def.records(subset))).toEqual(rowsOf(def, data).slice(1, 2));
  });

  describe('on the real import of data/input', () => {
    let real: Dataset;
    beforeAll(async () => {
      real = await realData();
    });

    it('has unique primary keys and foreign keys that resolve', () => {
      const rowsBy = new Map(DATASETS.map((d) => [d.id, rowsOf(d, real)]));
      expect(rowsBy.get('projects')).toHaveLength(real.projects.length);
      expect(rowsBy.get('quality-flags')).toHaveLength(real.projects.reduce((n, p) => n + p.flags.length, 0));
      for (const d of DATASETS) {
        const rows = rowsBy.get(d.id)!;
        const keys = rows.map((r) => JSON.stringify(d.primaryKey.map((k) => r[k])));
        expect(new Set(keys).size, d.id).toBe(rows.length);
        for (const fk of d.foreignKeys) {
          const target = new Set(
            rowsBy.get(fk.reference.resource)!.map((r) => JSON.stringify(fk.reference.fields.map((k) => r[k]))),
          );
          for (const r of rows) {
            const v = fk.fields.map((k) => r[k]);
            if (v.some((x) => x === null)) continue;
            expect(target.has(JSON.stringify(v)), `${d.id} ${JSON.stringify(v)} -> ${fk.reference.resource}`).toBe(
              true,
            );
          }
        }
      }
    });
  });
});
