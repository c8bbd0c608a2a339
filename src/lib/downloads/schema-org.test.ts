import { describe, expect, it } from 'vitest';
import { DATASETS } from './datasets.ts';
import { FORMAT_IDS, fileName } from './formats.ts';
import { jsonForScript, schemaOrgDatasets, temporalCoverage } from './schema-org.ts';
import { data, pub } from '../../../tests/lib/downloads-fixture.ts';

const page = 'https://example.org/inclusione/dati/';
const file = (f: string) => `${page}${f}`;

describe('schemaOrgDatasets', () => {
  const ld = schemaOrgDatasets(
    DATASETS,
    data,
    { ...pub, release: { date: '2026-10-31', folder: '/dati/rilasci/2026-10-31/' } },
    'it',
    page,
    file,
  );
  const graph = ld['@graph'] as Array<Record<string, unknown>>;

  it('describes every published dataset once, with its own name, licence and a download per format', () => {
    expect(ld['@context']).toBe('https://schema.org');
    expect(graph.map((d) => d.identifier)).toEqual(DATASETS.map((d) => d.id));
    for (const [i, d] of graph.entries()) {
      const def = DATASETS[i]!;
      expect(d['@type']).toBe('Dataset');
      expect(d.name).toBe(def.title.it);
      expect(d.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(d.isAccessibleForFree).toBe(true);
      expect(d.version).toBe('2026-10-31');
      expect((d.distribution as Array<{ contentUrl: string }>).map((x) => x.contentUrl)).toEqual(
        FORMAT_IDS.map((f) => file(fileName(def.id, f))),
      );
    }
  });

  it('says in the description of imported data, and only there, that it is a demonstration', () => {
    const byId = new Map(graph.map((d) => [d.identifier, d.description as string]));
    expect(byId.get('projects')).toMatch(/^Dati dimostrativi: /);
    expect(byId.get('cities')).not.toMatch(/dimostrativ/i);
    const real = schemaOrgDatasets(
      DATASETS,
      data,
      { ...pub, meta: { ...pub.meta, demonstration: false } },
      'en',
      page,
      file,
    );
    expect(JSON.stringify(real)).not.toMatch(/demonstration/i);
  });

  it('gives the period from the first project start to the reference date, and the programme years for its tables', () => {
    expect(
      temporalCoverage(
        DATASETS.find((d) => d.id === 'projects')!,
        data,
      ),
    ).toBe('2024-04-20/2026-10-31');
    expect(
      temporalCoverage(
        DATASETS.find((d) => d.id === 'cities')!,
        data,
      ),
    ).toBe('2021/2027');
    expect(
      temporalCoverage(
        DATASETS.find((d) => d.id === 'projects')!,
        { ...data, meta: { ...data.meta, referenceDate: null } },
      ),
    ).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('writes JSON that no text can close the script element with, and that parses back the same', () => {
    const v = { a: '</script><script>alert(1)</script>', b: 'R&D <b>' };
    const s = jsonForScript(v);
    expect(s).not.toMatch(/[<>&]/);
    expect(JSON.parse(s)).toEqual(v);
  });
});
