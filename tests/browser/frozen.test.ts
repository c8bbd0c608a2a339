// Each kept release's datasets stay published, unchanged, at /dati/rilasci/<date>/: every
// dataset, its Data Package (whose hashes match the files beside it), and the changes against the
// release before it (the same bytes as /novita/<date>/modifiche.csv). The current release's
// projects are the ones the site shows.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import { loadReleases } from '../../src/releases.ts';
import { servedSite } from './harness.ts';
import { ROOT } from './site.ts';

const site = servedSite();
const releases = loadReleases(join(ROOT, 'data/releases'));
const csvRows = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;

it('freezes every release: its projects, a Data Package whose hashes hold, and its changes', () => {
  expect(releases.length).toBeGreaterThanOrEqual(6);
  releases.forEach((r, i) => {
    const dir = join(site.dist, 'dati/rilasci', r.date);
    expect(
      csvRows(join(dir, 'projects.csv'))
        .map((p) => p['code'])
        .sort(),
    ).toEqual(r.projects.map((p) => p.code).sort());
    const pkg = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as {
      created: string;
      resources: Array<{ path: string; hash: string; bytes: number }>;
    };
    expect(pkg.created).toBe(`${r.date}T00:00:00Z`);
    for (const res of pkg.resources) {
      const bytes = readFileSync(join(dir, res.path));
      expect(
        [bytes.length, `sha256:${createHash('sha256').update(bytes).digest('hex')}`],
        `${r.date}/${res.path}`,
      ).toEqual([res.bytes, res.hash]);
    }
    if (i === 0) expect(existsSync(join(dir, 'modifiche.csv'))).toBe(false);
    else
      expect(
        readFileSync(join(dir, 'modifiche.csv')).equals(
          readFileSync(join(site.dist, 'novita', r.date, 'modifiche.csv')),
        ),
      ).toBe(true);
  });
  const current = releases.at(-1)!;
  expect(
    csvRows(join(site.dist, 'dati/rilasci', current.date, 'projects.csv'))
      .map((p) => p['id'])
      .sort(),
  ).toEqual(
    csvRows(join(site.dist, 'dati/projects.csv'))
      .map((p) => p['id'])
      .sort(),
  );
});
