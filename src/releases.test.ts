import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Project } from './lib/schema/index.ts';
import { testAllocation, testMeta, testProject } from '../tests/lib/project-fixture.ts';
import { routePath } from './routes/table.ts';
import { diffReleases } from './lib/model/releases.ts';
import {
  changesCsv,
  fieldValue,
  formatCompact,
  loadReleases,
  moneyDelta,
  previousRelease,
  signed,
  summarise,
} from './releases.ts';

const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A temporary releases folder: date -> files (any file left out is not written). */
function folder(releases: Record<string, { meta?: unknown; allocations?: unknown; projects?: unknown }>): string {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  roots.push(root);
  for (const [name, files] of Object.entries(releases)) {
    mkdirSync(join(root, name));
    for (const [file, body] of Object.entries(files))
      writeFileSync(join(root, name, `${file}.json`), JSON.stringify(body));
  }
  return root;
}
const ok = (date: string, projects: Project[] = [testProject('A')], total = 100_000) => ({
  meta: testMeta(date),
  allocations: [testAllocation(total)],
  projects,
});

describe('loadReleases', () => {
  it('returns no release when the folder does not exist', () => {
    expect(loadReleases(join(tmpdir(), 'no-such-releases-folder-9f3a'))).toEqual([]);
  });

  it('sorts releases by date, oldest first, and ignores loose files', () => {
    const root = folder({
      '2026-10-31': ok('2026-10-31'),
      '2025-12-31': ok('2025-12-31'),
      '2026-06-30': ok('2026-06-30'),
    });
    writeFileSync(join(root, 'README.md'), 'notes');
    const list = loadReleases(root);
    expect(list.map((r) => r.date)).toEqual(['2025-12-31', '2026-06-30', '2026-10-31']);
    expect(list[0]!.projects[0]!.code).toBe('A');
  });

  it('finds the predecessor of a release', () => {
    const list = loadReleases(
      folder({ '2026-10-31': ok('2026-10-31'), '2025-12-31': ok('2025-12-31'), '2026-06-30': ok('2026-06-30') }),
    );
    expect(previousRelease(list, '2026-10-31')?.date).toBe('2026-06-30');
    expect(previousRelease(list, '2026-06-30')?.date).toBe('2025-12-31');
    expect(previousRelease(list, '2025-12-31')).toBeNull();
    expect(previousRelease([], '2025-12-31')).toBeNull();
  });

  it('names the file that does not match its schema', () => {
    const root = folder({
      '2026-06-30': ok('2026-06-30'),
      '2026-10-31': { ...ok('2026-10-31'), projects: [{ ...testProject('B'), cost: 'tanti' }] },
    });
    expect(() => loadReleases(root)).toThrow(join(root, '2026-10-31', 'projects.json'));
    expect(() => loadReleases(root)).toThrow(/0\.cost/);
  });

  it('names a missing file', () => {
    const { projects: _p, ...noProjects } = ok('2026-06-30');
    const root = folder({ '2026-06-30': noProjects });
    expect(() => loadReleases(root)).toThrow(`${join(root, '2026-06-30', 'projects.json')}: cannot read`);
  });

  it('rejects a folder not named by a date, and a meta.json of another date', () => {
    expect(() => loadReleases(folder({ latest: ok('2026-06-30') }))).toThrow(
      /latest: a release folder must be named by its reference date/,
    );
    expect(() => loadReleases(folder({ '2026-02-30': ok('2026-02-30') }))).toThrow(/2026-02-30: a release folder/);
    const root = folder({ '2026-06-30': ok('2026-07-01') });
    expect(() => loadReleases(root)).toThrow(`${join(root, '2026-06-30', 'meta.json')}: referenceDate is 2026-07-01`);
  });
});

describe('release summaries and words', () => {
  const [prev, curr] = loadReleases(
    folder({
      '2026-06-30': ok('2026-06-30', [testProject('A'), testProject('B', { payments: null })], 200_000),
      '2026-10-31': ok(
        '2026-10-31',
        [
          testProject('A', { payments: 30_025, status: 'Concluso', actualEndDate: '2026-09-30' }),
          testProject('C', { title: '=HYPERLINK("x")', action: null }),
        ],
        250_000,
      ),
    }),
  );
  const diff = diffReleases(prev!, curr!);

  it('sums a release in cents, missing amounts skipped', () => {
    expect(summarise(prev!)).toEqual({
      date: '2026-06-30',
      projects: 2,
      allocations: 1,
      allocated: 200_000,
      cost: 200_000,
      committed: 100_000,
      paid: 10_000,
      demonstration: true,
    });
  });

  it('words each field in the page language', () => {
    expect(fieldValue('status', 'Concluso', 'en')).toBe('Completed');
    expect(fieldValue('payments', 30_025, 'it')).toBe('300,25 €');
    expect(fieldValue('actualEndDate', '2026-09-30', 'it')).toBe('30 settembre 2026');
    expect(fieldValue('actualEndDate', null, 'en')).toBe('not available');
    expect(fieldValue('action', null, 'it')).toBe('non classificato');
    expect(fieldValue('targetGroups', ['giovani', 'donne'], 'en', (c) => c.toUpperCase())).toBe('GIOVANI, DONNE');
    expect(moneyDelta({ field: 'payments', before: 10_000, after: 30_025 })).toBe(20_025);
    expect(moneyDelta({ field: 'status', before: 'In corso', after: 'Concluso' })).toBeNull();
    expect(signed(-20_025, (c) => String(c), 'it')).toBe('−20025');
    expect(signed(0, (c) => String(c), 'it')).toBe('0');
    expect(formatCompact(123_456_789, 'it')).toBe('1,23 M€');
    expect(formatCompact(84_530_000, 'en')).toBe('€845.3k');
  });

  it('writes the full list of changes as CSV, formulas neutralised', () => {
    const lines = changesCsv(diff, (c) => (c === '063049' ? 'Napoli' : c)).split('\r\n');
    expect(lines[0]).toBe(
      'data_precedente,data,modifica,codice,titolo,citta,codice_istat,azione,campo,prima,dopo,differenza_euro',
    );
    expect(lines).toContain(`2026-06-30,2026-10-31,nuovo,C,"'=HYPERLINK(""x"")",Napoli,063049,,,,,`);
    expect(lines).toContain('2026-06-30,2026-10-31,eliminato,B,Progetto B,Napoli,063049,4.4.8.1,,,,');
    expect(lines).toContain(
      '2026-06-30,2026-10-31,modificato,A,Progetto A,Napoli,063049,4.4.8.1,payments,100,300.25,200.25',
    );
    expect(lines).toContain(
      '2026-06-30,2026-10-31,modificato,A,Progetto A,Napoli,063049,4.4.8.1,actualEndDate,,2026-09-30,',
    );
    expect(lines.at(-1)).toBe('');
  });

  it('has routes in both languages', () => {
    expect(routePath('it', { name: 'changes' })).toBe('/novita/');
    expect(routePath('en', { name: 'changes' })).toBe('/en/changes/');
    expect(routePath('it', { name: 'release', date: '2026-10-31' })).toBe('/novita/2026-10-31/');
    expect(routePath('en', { name: 'release', date: '2026-10-31' })).toBe('/en/changes/2026-10-31/');
  });
});
