import { describe, expect, it } from 'vitest';
import { buildIndex, decodeIndex, type DownloadInfo } from './compact.ts';
import {
  selectionCsv,
  selectionExcelCsv,
  selectionFileName,
  selectionJson,
  selectionRows,
  SELECTION_COLUMNS,
} from './download.ts';
import type { Allocation, City, Project, TargetGroup } from '../schema/index.ts';
import { testProject } from '../../../tests/lib/project-fixture.ts';

const base: Project = testProject('NA-0001', {
  title: 'Mensa',
  beneficiary: 'Comune di Napoli',
  beneficiaries: ['comune-di-napoli'],
  targetGroups: ['giovani', 'donne'],
  cost: 123_450,
  commitments: null,
  payments: 1_025,
  startDate: '2024-03-01',
  flags: ['cup-missing'],
  source: { file: 'progetti.csv', row: 2 },
});
const projects: Project[] = [
  base,
  {
    ...base,
    id: 'na-0002',
    code: 'NA-0002',
    title: '=HYPERLINK("x")',
    beneficiary: '+39 Coop; "Sole"',
    action: null,
    targetGroups: null,
    status: null,
    payments: null,
    startDate: null,
    flags: [],
    cost: 10,
  },
  { ...base, id: 'ba-0001', code: 'BA-0001', city: '072006', title: '-meno\tTab', beneficiary: '@coop\r\nriga' },
];
const cities = [
  { istat: '063049', slug: 'napoli', name: 'Napoli', region: 'Campania', category: 'LD', initials: 'NA', aliases: [] },
  { istat: '072006', slug: 'bari', name: 'Bari', region: 'Puglia', category: 'LD', initials: 'BA', aliases: [] },
] as City[];
const targetGroups = [{ code: 'giovani' }, { code: 'donne' }] as TargetGroup[];
const download: DownloadInfo = {
  columns: [...SELECTION_COLUMNS],
  metadata: { dataset: 'projects', demonstration: true, rows: 0 },
  xlsx: null,
  fullXlsx: null,
};

const allocations = [{ city: '072006', objective: 'ESO4.8', action: '4.4.8.1', total: 1_500_000.5 }] as Allocation[];
const ix = buildIndex({
  projects,
  allocations,
  cities,
  targetGroups,
  statuses: ['Non avviato', 'In corso'],
  flags: ['cup-missing'],
  demonstration: true,
  referenceDate: '2026-10-31',
  isDemonstration: () => true,
  download,
  indicatorsOf: (p) => (p.id === 'na-0001' ? ['EECO16', 'EECO01'] : p.id === 'ba-0001' ? ['EECO16'] : []),
});
const { rows } = decodeIndex(JSON.parse(JSON.stringify(ix)));

describe('compact index', () => {
  it('decodes to the projects it was built from', () => {
    // What the first and the third project keep of `base`: action, groups, status, payments, start, flags.
    const asBase = ['4.4.8.1', ['giovani', 'donne'], 'In corso', 1_025, '2024-03-01', ['cup-missing']];
    expect(
      rows.map((r) => [
        r.id,
        r.city,
        r.action,
        r.targetGroups,
        r.status,
        r.payments,
        r.startDate,
        r.flags,
        r.beneficiary,
      ]),
    ).toEqual([
      ['na-0001', 'napoli', ...asBase, 'Comune di Napoli'],
      ['na-0002', 'napoli', null, null, null, null, null, [], '+39 Coop; "Sole"'],
      ['ba-0001', 'bari', ...asBase, '@coop\r\nriga'],
    ]);
    expect(rows[1]!.fv).toEqual([['napoli'], ['ESO4.8'], ['nc'], ['nc'], ['nd'], ['nd'], [], ['nd']]);
    expect(ix.beneficiaries).toHaveLength(3);
    // Allocations name their city by its position in `cities` (Bari is the second).
    expect(ix.allocations).toEqual([[1, 'ESO4.8', '4.4.8.1', 1_500_000.5]]);
    // Indicator codes are listed once, in code order, and each row keeps its own.
    expect(ix.indicators).toEqual(['EECO01', 'EECO16']);
    expect(rows.map((r) => r.indicators)).toEqual([['EECO16', 'EECO01'], [], ['EECO16']]);
    expect(rows[0]!.fv.at(-1)).toEqual(['EECO16', 'EECO01']);
  });

  it('rejects what is not an index', () => {
    expect(() => decodeIndex(null)).toThrow();
    expect(() => decodeIndex({ v: 2, projects: [], cities: [] })).toThrow();
  });
});

describe('selection downloads', () => {
  const cells = selectionRows(
    rows,
    new Map([
      ['napoli', '063049'],
      ['bari', '072006'],
    ]),
  );

  it('uses the projects dataset columns and codes', () => {
    expect(Object.keys(cells[0]!)).toEqual([...SELECTION_COLUMNS]);
    expect(cells[0]).toMatchObject({
      city: '063049',
      target_groups: 'giovani|donne',
      flags: 'cup-missing',
      status: 'In corso',
      cost: 1234.5,
      demonstration: true,
    });
    expect(cells[1]).toMatchObject({ action: null, target_groups: null, status: null, flags: null, payments: null });
  });

  it('writes UTF-8 CSV with neutralised formulas', () => {
    const csv = selectionCsv(cells);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(SELECTION_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain(`'+39 Coop; ""Sole""`);
    expect(csv).toContain("'-meno\tTab");
    expect(csv).toContain(`"'@coop\r\nriga"`);
    expect(lines[1]).toContain(',1234.5,,10.25,2024-03-01,');
  });

  it('writes Excel-Italian CSV: BOM, semicolons, decimal comma, CRLF', () => {
    const bytes = selectionExcelCsv(cells);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(SELECTION_COLUMNS.join(';'));
    expect(text).toContain(';1234,5;;10,25;2024-03-01;');
    expect(text).toContain(`"'+39 Coop; ""Sole"""`);
    expect(text).not.toMatch(/[^\r]\n/);
  });

  it('writes JSON with metadata, the selection and the demonstration flag', () => {
    const j = JSON.parse(
      selectionJson(cells, download.metadata, {
        query: '?citta=napoli',
        url: 'https://example.org/progetti/?citta=napoli',
      }),
    );
    expect(j.metadata).toMatchObject({
      dataset: 'projects',
      demonstration: true,
      rows: 3,
      selection: { query: '?citta=napoli' },
    });
    expect(j.data).toHaveLength(3);
    expect(Object.keys(j.data[0])).toEqual([...SELECTION_COLUMNS]);
    expect(j.data[1].title).toBe('=HYPERLINK("x")'); // JSON is not a spreadsheet: values as they are
  });

  it('names the files after the demonstration data', () => {
    expect(selectionFileName('it', 'csv', true)).toBe('progetti-selezione-dati-dimostrativi.csv');
    expect(selectionFileName('it', 'excel-csv', true)).toBe('progetti-selezione-dati-dimostrativi-excel.csv');
    expect(selectionFileName('en', 'json', true)).toBe('projects-selection-demonstration-data.json');
    expect(selectionFileName('en', 'xlsx', false)).toBe('projects-selection.xlsx');
  });
});
