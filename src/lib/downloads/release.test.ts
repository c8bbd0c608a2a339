import { describe, expect, it } from 'vitest';
import { DATASETS } from './datasets.ts';
import { releaseFiles } from './release.ts';
import { data, pub } from '../../../tests/lib/downloads-fixture.ts';

describe('release files', () => {
  it('lists every dataset in every format, the sidecars, the Data Package and the catalogue', async () => {
    const files = releaseFiles(data, pub);
    const paths = files.map((f) => f.path);
    expect(paths).toHaveLength(DATASETS.length * 6 + 2);
    expect(paths).toEqual(
      expect.arrayContaining([
        'dati/projects.csv',
        'dati/projects-excel.csv',
        'dati/projects.xlsx',
        'dati/projects.json',
        'dati/projects.metadata.json',
        'dati/projects.README.txt',
        'dati/datapackage.json',
        'dati/catalogo.jsonld',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
    const byPath = new Map(files.map((f) => [f.path, f]));
    const csv = await byPath.get('dati/projects.csv')!.build();
    expect(csv).toBe(await byPath.get('dati/projects.csv')!.build());
    const pkg = JSON.parse(String(await byPath.get('dati/datapackage.json')!.build()));
    expect(pkg.resources.find((r: { name: string }) => r.name === 'projects').bytes).toBe(
      new TextEncoder().encode(String(csv)).length,
    );
    const xlsx = await byPath.get('dati/projects.xlsx')!.build();
    expect(xlsx).toBeInstanceOf(Uint8Array);
    const catalog = JSON.parse(String(await byPath.get('dati/catalogo.jsonld')!.build()));
    const urls = JSON.stringify(catalog).match(/https:\/\/example\.org\/inclusione\/dati\/[a-z-]+(\.[a-z]+)+/g)!;
    for (const u of new Set(urls)) expect(paths, u).toContain(u.replace('https://example.org/inclusione/', ''));
  });
});
