// /novita/: every kept release; /novita/<date>/: what changed from the release before it.
import type { SiteData } from '../data.ts';
import { frozenFolder } from '../downloads.ts';
import { t, type Lang } from '../lib/i18n/index.ts';
import type { Money } from '../lib/model/releases.ts';
import {
  releaseChanges,
  releases,
  summarise,
  type FieldChange,
  type ReleaseSummary,
  type StoredRelease,
} from '../releases.ts';
import type { Route } from '../routes/table.ts';
import { projectRow, projectRows, type ProjectRow } from './project-row.ts';

export type ChangesPage = {
  /** Newest first, each with the date of the release before it (null for the first). */
  rows: (ReleaseSummary & { previous: string | null })[];
  /** The reference date of the data on the site. */
  current: string | null;
};

export function changesPage(
  site: SiteData,
  list: readonly StoredRelease[] = releases(site.meta.demonstration),
): ChangesPage {
  return {
    rows: list.map((r, i) => ({ ...summarise(r), previous: i > 0 ? list[i - 1]!.date : null })).reverse(),
    current: site.meta.referenceDate,
  };
}

/** Money moved in one city or action: its label, a line of text beside the table, its page. */
export type MovedRow = { key: string; label: string; sub: string | null; route: Route | null; money: Money };

export type ReleasePage = {
  from: string;
  to: string;
  /** Counts and money of the two releases. */
  before: ReleaseSummary;
  after: ReleaseSummary;
  total: Money;
  /** Cities in the reference's order, then codes the reference does not know. */
  byCity: MovedRow[];
  /** Actions in the reference's order, then "not classified". */
  byAction: MovedRow[];
  hasUnclassified: boolean;
  added: ProjectRow[];
  removed: ProjectRow[];
  changed: { row: ProjectRow; fields: FieldChange[] }[];
  /** A target group's name in the page's language (its code when the reference does not know it). */
  groupName: (code: string) => string;
  /** Where the release's files stay frozen (/dati/rilasci/<date>/). */
  folder: string;
};

export function releasePage(
  site: SiteData,
  date: string,
  lang: Lang,
  list: readonly StoredRelease[] = releases(site.meta.demonstration),
): ReleasePage {
  const found = releaseChanges(date, list);
  if (!found) throw new Error(`no release ${date} with an earlier one in RELEASES_DIR`);
  const { previous, release, diff } = found;
  const s = t(lang);
  const cityKeys = [
    ...site.cities.map((c) => c.istat).filter((k) => diff.byCity.has(k)),
    ...[...diff.byCity.keys()].filter((k) => !site.cityByIstat.has(k)).sort(),
  ];
  const actionKeys = [...site.actions.map((a) => a.code), 'non-classificato' as const].filter((k) =>
    diff.byAction.has(k),
  );
  return {
    from: previous.date,
    to: release.date,
    before: summarise(previous),
    after: summarise(release),
    total: diff.total,
    byCity: cityKeys.map((key) => {
      const c = site.cityByIstat.get(key);
      return {
        key,
        label: c?.name ?? key,
        sub: null,
        route: c ? { name: 'city', slug: c.slug } : null,
        money: diff.byCity.get(key)!,
      };
    }),
    byAction: actionKeys.map((key) => {
      const a = site.action.get(key);
      return {
        key,
        label: a ? a.code : s.common.notClassified,
        sub: a ? a.title[lang] : null,
        route: a ? { name: 'action', code: a.code } : null,
        money: diff.byAction.get(key)!,
      };
    }),
    hasUnclassified: diff.byAction.has('non-classificato'),
    added: projectRows(site, diff.added),
    removed: projectRows(site, diff.removed),
    changed: diff.changed.map((c) => ({ row: projectRow(site, c.after), fields: c.fields })),
    groupName: (code) => site.targetGroup.get(code)?.name[lang] ?? code,
    folder: frozenFolder(release.date),
  };
}
