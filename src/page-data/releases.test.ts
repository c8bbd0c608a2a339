import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReleases } from '../lib/model/releases.ts';
import { t } from '../lib/i18n/index.ts';
import { loadReleases } from '../releases.ts';
import { smallSite } from '../../tests/lib/site-small.ts';
import { changesPage, releasePage } from './releases.ts';

const site = smallSite();
// The bundled demonstration releases: their projects are not the small site's, so their rows
// link no page, as a project removed from the site's data would not.
const list = loadReleases(resolve(import.meta.dirname, '../../data/releases'));
const STEPS = ['allocated', 'cost', 'committed', 'paid'] as const;

describe('changesPage', () => {
  it('lists the releases newest first, each with the one before it', () => {
    const { rows, current } = changesPage(site, list);
    expect(rows.map((r) => r.date)).toEqual(list.map((r) => r.date).reverse());
    expect(rows.at(-1)!.previous).toBeNull();
    for (let i = 0; i < rows.length - 1; i++) expect(rows[i]!.previous).toBe(rows[i + 1]!.date);
    expect(current).toBe(site.meta.referenceDate);
  });
});

describe('releasePage', () => {
  const date = list.at(-1)!.date;
  const page = releasePage(site, date, 'it', list);
  const diff = diffReleases(list.at(-2)!, list.at(-1)!);

  it('shows every new, removed and changed project of the diff, as rows', () => {
    expect(page.from).toBe(list.at(-2)!.date);
    expect(page.to).toBe(date);
    expect(page.added.map((r) => r.code)).toEqual(diff.added.map((p) => p.code));
    expect(page.removed.map((r) => r.code)).toEqual(diff.removed.map((p) => p.code));
    expect(page.changed.map((c) => c.row.code)).toEqual(diff.changed.map((c) => c.after.code));
    expect(page.added.length + page.changed.length).toBeGreaterThan(0);
    for (const r of [...page.added, ...page.removed])
      expect(r.route).toEqual(site.projectById.has(r.id) ? { name: 'project', id: r.id } : null);
  });

  it('adds up the money moved by city and by action to the total of each step', () => {
    for (const rows of [page.byCity, page.byAction]) {
      for (const k of STEPS)
        for (const i of [0, 1] as const) expect(rows.reduce((s, r) => s + r.money[k][i], 0)).toBe(page.total[k][i]);
    }
    expect(page.total.cost[1]).toBe(page.after.cost);
    expect(page.total.cost[0]).toBe(page.before.cost);
  });

  it('puts "not classified" last among the actions, with no page, only when a project has no action', () => {
    const last = page.byAction.at(-1)!;
    expect(page.hasUnclassified).toBe(diff.byAction.has('non-classificato'));
    if (page.hasUnclassified) expect(last).toMatchObject({ key: 'non-classificato', route: null, sub: null });
    for (const r of page.byAction.filter((x) => x.key !== 'non-classificato'))
      expect(r.route).toEqual({ name: 'action', code: r.key });
    const en = releasePage(site, date, 'en', list);
    expect(en.byAction.find((r) => r.key === 'non-classificato')?.label ?? null).toBe(
      en.hasUnclassified ? t('en').common.notClassified : null,
    );
  });

  it('fails on a date with no earlier release', () => {
    expect(() => releasePage(site, list[0]!.date, 'it', list)).toThrow(/no release/);
  });
});
