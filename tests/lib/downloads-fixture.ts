// Test data for the downloads tests (src/lib/downloads/*.test.ts): the real reference tables, a few
// hand-made projects with awkward text (accents, quotes, line breaks, separators, formulas), and the
// real import of data/input run in memory (data/build is not needed).
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DemoManifest,
  ImportConfig,
  Project,
  type Allocation,
  type Beneficiary,
  type Indicator,
  type Meta,
} from '../../src/lib/schema/index.ts';
import { loadReference } from '../../src/lib/reference/load.ts';
import { runImport, type Dataset } from '../../src/lib/import/run.ts';
import { CC_BY_4_0, type Publication } from '../../src/lib/downloads/metadata.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const STANDARDS = resolve(ROOT, 'tests/standards');

export const reference = loadReference(join(ROOT, 'data/reference'));

export const meta: Meta = {
  referenceDate: '2026-10-31',
  demonstration: true,
  demonstrationNote: 'Dati inventati per le prove.',
  sources: [
    {
      name: 'Dati dimostrativi di prova',
      url: null,
      licence: 'CC0 1.0',
      licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
    },
  ],
  files: [
    {
      file: 'progetti.csv',
      kind: 'projects',
      sha256: '0'.repeat(64),
      bytes: 10,
      encoding: 'utf-8',
      delimiter: ';',
      rows: 3,
      imported: 3,
      skipped: 0,
      rejected: 0,
      demonstration: true,
    },
  ],
  counts: { allocations: 1, projects: 3, beneficiaries: 0, naturalPersons: 0, indicators: 0 },
};

const base: Project = Project.parse({
  id: 'na-0001',
  code: 'NA-0001',
  cup: 'B61E24000000001',
  title: 'Città più accessibile: "servizi"; sì, già',
  description: 'Riga uno\nRiga due, con virgola; e punto e virgola',
  city: '063049',
  objective: 'ESO4.11',
  action: '4.4.11.1',
  actionSource: 'input',
  beneficiary: 'Comune di Napoli',
  beneficiaryTaxCode: null,
  beneficiaries: ['comune-di-napoli'],
  targetGroups: ['famiglie-vulnerabili', 'vittime-violenza'],
  cost: 123_450,
  eligibleCost: null,
  euFunding: 98_765_432,
  commitments: 10,
  payments: null,
  startDate: '2024-04-20',
  plannedEndDate: null,
  actualEndDate: null,
  status: 'In corso',
  interventionCategory: '158',
  lat: 40.85,
  lon: 14.25,
  updatedAt: '2026-10-22',
  ocLink: null,
  flags: ['cup-missing', 'stale'],
  sourceKind: 'projects',
  source: { file: 'progetti.csv', row: 2 },
});

export const projects: Project[] = [
  base,
  {
    ...base,
    id: 'na-0002',
    code: 'NA-0002',
    title: '=HYPERLINK("http://evil.example","clic")',
    description: '+1',
    beneficiary: '-2+3',
    cup: '@SUM(A1:A2)',
    flags: [],
    source: { file: 'progetti.csv', row: 3 },
  },
  {
    ...base,
    id: 'na-0003',
    code: 'NA-0003',
    title: '\tTab iniziale',
    description: '\rCR iniziale',
    beneficiary: 'Àèìòù ÄÖÜ ß € “virgolette”',
    targetGroups: null,
    action: null,
    status: null,
    lat: null,
    lon: null,
    cost: 1,
    euFunding: 999_999_999_999_999,
    flags: ['payments-above-cost'],
    source: { file: 'progetti.csv', row: 4 },
  },
];

export const allocations: Allocation[] = [
  {
    city: '063049',
    action: '4.4.11.1',
    objective: 'ESO4.11',
    eu: 100_050,
    national: 200_025,
    total: 300_075,
    referenceDate: '2026-10-31',
    source: { file: 'dotazioni.csv', row: 2 },
  },
];

export const beneficiaries: Beneficiary[] = [
  {
    id: 'comune-di-napoli',
    name: 'Comune di Napoli',
    taxCode: null,
    kind: 'legal',
    projects: ['NA-0001', 'NA-0002', 'NA-0003'],
  },
];

export const indicators: Indicator[] = [
  {
    project: 'NA-0001',
    code: 'EECO01',
    description: 'Numero totale di partecipanti',
    unit: 'Persone',
    planned: 120,
    achieved: 37,
    source: { file: 'indicatori.csv', row: 2 },
  },
  {
    project: 'NA-0003',
    code: 'EECO16',
    description: 'Senza dimora; "esclusione abitativa"',
    unit: 'Persone',
    planned: 10.5,
    achieved: null,
    source: { file: 'indicatori.csv', row: 3 },
  },
];

export const data: Dataset = { reference, allocations, projects, beneficiaries, indicators, meta };

export const pub: Publication = {
  meta,
  publisher: 'PN Metro Plus – Priorità 4, sito di trasparenza (progetto open data)',
  licence: CC_BY_4_0,
  siteUrl: 'https://example.org/inclusione/',
};

/** The real import of data/input, in memory. */
export async function realData(): Promise<Dataset> {
  const input = join(ROOT, 'data/input');
  const manifestPath = join(input, 'demonstration.json');
  const manifest = existsSync(manifestPath) ? DemoManifest.parse(JSON.parse(readFileSync(manifestPath, 'utf8'))) : null;
  const names = readdirSync(input)
    .filter((n) => n.toLowerCase().endsWith('.csv'))
    .sort();
  const { dataset, report } = await runImport({
    files: names.map((name) => ({ name, open: () => createReadStream(join(input, name)) })),
    reference,
    config: ImportConfig.parse(JSON.parse(readFileSync(join(ROOT, 'data/config/import.json'), 'utf8'))),
    manifest,
  });
  if (dataset === null)
    throw new Error(`the import of data/input failed: ${JSON.stringify(report.errors.slice(0, 3))}`);
  return dataset;
}
