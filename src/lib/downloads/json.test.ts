import { describe, expect, it } from 'vitest';
import { datasetById, rowsOf } from './datasets.ts';
import { writeJson } from './json.ts';
import { metadataJson, readme } from './metadata.ts';
import { data, pub } from '../../../tests/lib/downloads-fixture.ts';

describe('JSON download', () => {
  const def = datasetById('projects');
  const rows = rowsOf(def, data);
  const text = writeJson(def, rows, pub);
  const doc = JSON.parse(text);

  it('is { metadata, data } with the rows as they are: real numbers, nulls, no formula prefix', () => {
    expect(Object.keys(doc)).toEqual(['metadata', 'data']);
    expect(doc.data).toEqual(rows);
    expect(doc.data[1].title).toBe('=HYPERLINK("http://evil.example","clic")');
    expect(doc.data[0].cost).toBe(1234.5);
    expect(doc.data[0].payments).toBeNull();
  });

  it('says what it is: dictionary, licence, sources, reference date, demonstration flag', () => {
    const m = doc.metadata;
    expect(m).toMatchObject({
      dataset: 'projects',
      referenceDate: '2026-10-31',
      demonstration: true,
      rows: 3,
      primaryKey: ['id'],
      licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      publisher: pub.publisher,
      sources: [{ licence: 'CC0 1.0' }],
    });
    expect(m.notice).toMatch(/^Dati dimostrativi/);
    expect(m.notice).toContain('Dati inventati per le prove.');
    expect(m.columns.map((c: { name: string }) => c.name)).toEqual(def.columns.map((c) => c.name));
    expect(m.columns.find((c: { name: string }) => c.name === 'flags').codes).toContain('stale');
  });

  it('is deterministic and has no demonstration notice for real data or reference tables', () => {
    expect(writeJson(def, rows, pub)).toBe(text);
    const realPub = { ...pub, meta: { ...pub.meta, demonstration: false, demonstrationNote: null } };
    expect(JSON.parse(writeJson(def, rows, realPub)).metadata).toMatchObject({ demonstration: false, notice: null });
    const cities = datasetById('cities');
    const c = JSON.parse(writeJson(cities, rowsOf(cities, data), pub)).metadata;
    expect(c).toMatchObject({ demonstration: false, notice: null });
    expect(c.sources[0].name).toContain('PN Metro Plus');
    expect(JSON.parse(writeJson(def, [], pub)).data).toEqual([]);
  });

  it('gives CSVs a metadata sidecar and a README', () => {
    expect(JSON.parse(metadataJson(def, pub, rows.length))).toEqual(doc.metadata);
    const r = readme(def, pub, rows.length);
    expect(r).toContain('*** Dati dimostrativi – Demonstration data');
    expect(r).toContain('Licenza / Licence: Creative Commons');
    expect(r).toContain('Data di riferimento / Reference date: 2026-10-31');
    expect(r).toContain('- source_row (integer, obbligatorio / required): Row of the record');
    expect(r).toContain('projects-excel.csv');
  });
});
