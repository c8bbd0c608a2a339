import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASETS } from './datasets.ts';
import { dcatCatalog } from './dcat.ts';
import { FORMAT_IDS } from './formats.ts';
import { pub, STANDARDS } from '../../../tests/lib/downloads-fixture.ts';

type Graph = { '@context': unknown; '@graph': Array<Record<string, unknown>> };

const tmp = mkdtempSync(join(tmpdir(), 'dcat-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

async function load(doc: unknown) {
  const file = join(tmp, `catalog-${n++}.jsonld`);
  writeFileSync(file, JSON.stringify(doc));
  return rdf.dataset().import(rdf.fromFile(file));
}

let shapes: Awaited<ReturnType<typeof load>>;
beforeAll(async () => {
  shapes = rdf.dataset();
  for (const f of ['shapes.ttl', 'range.ttl']) await shapes.import(rdf.fromFile(join(STANDARDS, 'dcat-ap', f)));
});

async function violations(doc: unknown) {
  const data = await load(doc);
  const validator = new SHACLValidator(shapes, { factory: rdf, importGraph: async () => rdf.dataset() });
  const report = await validator.validate(data);
  const all = report.results.filter((r) => r.severity?.equals(rdf.ns.sh.Violation));
  return {
    data,
    list: all.map(
      (r) =>
        `${r.focusNode?.value} ${r.path?.value ?? ''} ${r.sourceConstraintComponent?.value ?? ''} ${r.message.map((m) => m.value).join(' ')}`,
    ),
  };
}

const RDF_TYPE = rdf.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const DCAT = 'http://www.w3.org/ns/dcat#';

describe('DCAT-AP_IT catalogue (JSON-LD)', () => {
  const doc = dcatCatalog(DATASETS, pub) as Graph;

  it('conforms to the DCAT-AP 3.0.1 shapes (shapes.ttl + range.ttl): 0 Violations', async () => {
    const { data, list } = await violations(doc);
    expect(list).toEqual([]);
    const count = (cls: string) => data.match(null, RDF_TYPE, rdf.namedNode(DCAT + cls)).size;
    expect(count('Catalog')).toBe(1);
    expect(count('Dataset')).toBe(DATASETS.length);
    expect(count('Distribution')).toBe(DATASETS.length * FORMAT_IDS.length);
    expect(data.match(null, RDF_TYPE, rdf.namedNode('http://dati.gov.it/onto/dcatapit#Dataset')).size).toBe(
      DATASETS.length,
    );
  });

  it('finds a Violation when a mandatory property is dropped', async () => {
    const broken = structuredClone(doc);
    const catalog = broken['@graph'].find((x) => (x['@type'] as string[]).includes('dcat:Catalog'))!;
    delete catalog['dct:publisher'];
    const dist = broken['@graph'].find((x) => Array.isArray(x['@type']) && x['@type'].includes('dcat:Distribution'))!;
    delete dist['dcat:accessURL'];
    const { list } = await violations(broken);
    expect(list.some((v) => v.includes('http://purl.org/dc/terms/publisher') && v.includes('MinCount'))).toBe(true);
    expect(list.some((v) => v.includes(`${DCAT}accessURL`) && v.includes('MinCount'))).toBe(true);
  });

  it('finds a Violation when an object lacks its class (range.ttl)', async () => {
    const broken = structuredClone(doc);
    broken['@graph'] = broken['@graph'].filter((x) => x['@type'] !== 'dct:LicenseDocument');
    const { list } = await violations(broken);
    expect(list.some((v) => v.includes('http://purl.org/dc/terms/license'))).toBe(true);
  });

  it('carries the DCAT-AP_IT properties the shapes do not check', () => {
    const g = doc['@graph'];
    const byId = new Map(g.map((x) => [x['@id'] as string, x]));
    const catalog = g.find((x) => (x['@type'] as string[]).includes('dcatapit:Catalog'))!;
    expect(catalog['dct:modified']).toEqual({ '@value': '2026-10-31', '@type': 'xsd:date' });
    const publisher = byId.get((catalog['dct:publisher'] as { '@id': string })['@id'])!;
    expect(publisher).toMatchObject({
      '@type': ['foaf:Agent', 'dcatapit:Agent'],
      'foaf:name': { '@value': pub.publisher },
    });
    const datasets = g.filter((x) => Array.isArray(x['@type']) && x['@type'].includes('dcatapit:Dataset'));
    expect(datasets.map((d) => d['dct:identifier'])).toEqual(DATASETS.map((d) => d.id));
    for (const d of datasets) {
      for (const k of [
        'dct:title',
        'dct:description',
        'dct:modified',
        'dcat:theme',
        'dct:rightsHolder',
        'dct:accrualPeriodicity',
        'dcat:distribution',
        'dcat:contactPoint',
      ])
        expect(d[k], k).toBeDefined();
      const themes = d['dcat:theme'] as { '@id': string }[];
      for (const t of themes) {
        expect(t['@id']).toMatch(/^http:\/\/publications\.europa\.eu\/resource\/authority\/data-theme\/[A-Z]{4}$/);
        expect(byId.get(t['@id'])).toMatchObject({ '@type': 'skos:Concept', 'skos:prefLabel': expect.any(Array) });
      }
      expect(byId.get((d['dct:accrualPeriodicity'] as { '@id': string })['@id'])!['@type']).toBe('dct:Frequency');
      for (const ref of d['dcat:distribution'] as { '@id': string }[]) {
        const dist = byId.get(ref['@id'])!;
        const url = (dist['dcat:accessURL'] as { '@id': string })['@id'];
        expect(url.startsWith('https://example.org/inclusione/dati/')).toBe(true);
        expect(byId.get((dist['dct:format'] as { '@id': string })['@id'])!['@type']).toBe('dct:MediaTypeOrExtent');
        expect(byId.get((dist['dct:license'] as { '@id': string })['@id'])!['@type']).toBe('dct:LicenseDocument');
      }
    }
    const projects = datasets.find((d) => d['dct:identifier'] === 'projects')!;
    expect(JSON.stringify(projects['dct:description'])).toContain('Dati dimostrativi');
    const urls = (projects['dcat:distribution'] as { '@id': string }[]).map(
      (r) => (byId.get(r['@id'])!['dcat:accessURL'] as { '@id': string })['@id'],
    );
    expect(urls).toEqual(
      ['csv', '-excel.csv', 'xlsx', 'json'].map(
        (s) => `https://example.org/inclusione/dati/projects${s.startsWith('-') ? s : `.${s}`}`,
      ),
    );
  });

  it('is deterministic and builds absolute IRIs from siteUrl', () => {
    expect(dcatCatalog(DATASETS, pub)).toEqual(doc);
    const other = JSON.stringify(
      dcatCatalog(
        DATASETS,
        { ...pub, siteUrl: 'https://dati.example.it/' },
        { catalogPath: 'catalogo.jsonld', downloadsPath: 'download/' },
      ),
    );
    expect(other).toContain('"https://dati.example.it/download/projects.csv"');
    expect(other).toContain('"https://dati.example.it/catalogo.jsonld#dataset-projects"');
    expect(other).not.toContain('example.org');
  });
});
