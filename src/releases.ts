// The kept releases of the data, for the "what changed" pages and the frozen downloads. Every
// successful import is kept as <RELEASES_DIR>/<reference date>/*.json (scripts/data.ts); this
// module reads them once per build from RELEASES_DIR (default data/releases under the project
// root, where the build runs), checks each file with the zod schemas, and diffs each release
// with the one before it (src/lib/model/releases.ts). A missing folder means no releases: [].
import { existsSync, readdirSync, statSync } from 'node:fs';
import { siteData, type SiteData } from './data.ts';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { Allocation, Beneficiary, Indicator, Meta, Project, Reference } from './lib/schema/index.ts';
import { parseJsonFile } from './lib/json-file.ts';
import {
  diffReleases,
  TRACKED_FIELDS,
  type FieldChange,
  type Release,
  type ReleaseDiff,
  type TrackedField,
} from './lib/model/releases.ts';
import { csvCell } from './lib/downloads/csv.ts';
import {
  formatDate,
  formatEuro,
  formatMillionsShort,
  formatThousandsShort,
  t,
  type Lang,
  type Strings,
} from './lib/i18n/index.ts';
import { centsToEuro, sumCents } from './lib/model/money.ts';
import { spendingTimeline, type Timeline } from './lib/model/timeline.ts';

export { TRACKED_FIELDS, type FieldChange, type ReleaseDiff, type TrackedField };

/** One kept release: its reference date (the folder's name) and its validated files. */
export type StoredRelease = Release & {
  date: string;
  beneficiaries: Beneficiary[];
  indicators: Indicator[];
  /** The programme's structure as the release had it; null for releases kept before it was. */
  reference: Reference | null;
};

/** What the list of releases shows for each: counts and the four money steps, in cents. */
export type ReleaseSummary = {
  date: string;
  projects: number;
  allocations: number;
  allocated: number;
  cost: number;
  committed: number;
  paid: number;
  demonstration: boolean;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/**
 * Every release kept in `dir`, oldest first. Entries that are not folders (a README, .DS_Store)
 * are ignored; a folder whose name is not a calendar date, a missing or invalid file, or a
 * meta.json whose reference date is not the folder's name is an error naming the file.
 */
export function loadReleases(dir: string): StoredRelease[] {
  if (!existsSync(dir)) return [];
  const out: StoredRelease[] = [];
  for (const name of readdirSync(dir).sort()) {
    const folder = join(dir, name);
    if (name.startsWith('.') || !statSync(folder).isDirectory()) continue;
    if (!isCalendarDate(name))
      throw new Error(`${folder}: a release folder must be named by its reference date (YYYY-MM-DD).`);
    const metaPath = join(folder, 'meta.json');
    const meta = parseJsonFile(metaPath, Meta);
    if (meta.referenceDate !== name) {
      throw new Error(
        `${metaPath}: referenceDate is ${meta.referenceDate ?? 'null'}, but the release folder is ${name}.`,
      );
    }
    const allocations = parseJsonFile(join(folder, 'allocations.json'), z.array(Allocation));
    const projects = parseJsonFile(join(folder, 'projects.json'), z.array(Project));
    // Releases kept before the importer wrote beneficiaries and indicators have none.
    const optional = <T>(file: string, schema: z.ZodType<T[]>): T[] =>
      existsSync(join(folder, file)) ? parseJsonFile(join(folder, file), schema) : [];
    const beneficiaries = optional('beneficiaries.json', z.array(Beneficiary));
    const indicators = optional('indicators.json', z.array(Indicator));
    const reference = existsSync(join(folder, 'reference.json'))
      ? parseJsonFile(join(folder, 'reference.json'), Reference)
      : null;
    out.push({ date: name, meta, allocations, projects, beneficiaries, indicators, reference });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The release just before `date` in `list` (sorted oldest first), or null. */
export function previousRelease(list: readonly StoredRelease[], date: string): StoredRelease | null {
  let prev: StoredRelease | null = null;
  for (const r of list) {
    if (r.date >= date) break;
    prev = r;
  }
  return prev;
}

/** Counts and money totals (cents) of one release. */
export function summarise(r: StoredRelease): ReleaseSummary {
  return {
    date: r.date,
    projects: r.projects.length,
    allocations: r.allocations.length,
    allocated: r.allocations.reduce((s, a) => s + a.total, 0),
    cost: r.projects.reduce((s, p) => s + p.cost, 0),
    committed: sumCents(r.projects.map((p) => p.commitments)).cents,
    paid: sumCents(r.projects.map((p) => p.payments)).cents,
    demonstration: r.meta.demonstration,
  };
}

let cached: StoredRelease[] | null = null;
const diffs = new WeakMap<readonly StoredRelease[], Map<string, ReleaseDiff>>();

/**
 * The kept releases, oldest first, read once per build from RELEASES_DIR (default data/releases):
 * only those of the same kind as the data on the site, so that once real exports replace the
 * demonstration set, the demonstration releases are never compared with real data.
 */
export function releases(demonstration: boolean = siteData().meta.demonstration): StoredRelease[] {
  cached ??= loadReleases(resolve(process.env.RELEASES_DIR ?? 'data/releases')).filter(
    (r) => r.meta.demonstration === demonstration,
  );
  return cached;
}

let timeline: Timeline | null = null;

/**
 * Commitments and payments at each kept release of the site's kind, for the priority, each city and each action (the
 * spending-over-time charts); made once per build.
 */
export function releaseTimeline(site: SiteData = siteData()): Timeline {
  timeline ??= spendingTimeline(
    releases(site.meta.demonstration),
    site.cities.map((c) => c.istat),
    site.actions.map((a) => a.code),
  );
  return timeline;
}

/**
 * The release of a date and the one before it in `list`, with their diff (made once per list); null when it has no
 * predecessor.
 */
export function releaseChanges(
  date: string,
  list: readonly StoredRelease[] = releases(),
): { release: StoredRelease; previous: StoredRelease; diff: ReleaseDiff } | null {
  const release = list.find((r) => r.date === date);
  const previous = previousRelease(list, date);
  if (!release || !previous) return null;
  let byDate = diffs.get(list);
  if (!byDate) diffs.set(list, (byDate = new Map()));
  let diff = byDate.get(date);
  if (!diff) byDate.set(date, (diff = diffReleases(previous, release)));
  return { release, previous, diff };
}

// Words for the pages: each tracked field's label and value in the page's language.

/** The label of each tracked field, in the fields namespace of the strings. */
const FIELD_LABEL: Record<TrackedField, keyof Strings['fields']> = {
  title: 'title',
  status: 'status',
  cost: 'cost',
  euFunding: 'eu',
  commitments: 'commitments',
  payments: 'payments',
  beneficiary: 'beneficiary',
  cup: 'cup',
  action: 'action',
  targetGroups: 'targetGroups',
  startDate: 'start',
  plannedEndDate: 'plannedEnd',
  actualEndDate: 'actualEnd',
};

const MONEY_FIELDS: ReadonlySet<TrackedField> = new Set(['cost', 'euFunding', 'commitments', 'payments']);
const DATE_FIELDS: ReadonlySet<TrackedField> = new Set(['startDate', 'plannedEndDate', 'actualEndDate']);

/** The label of a tracked field ("Pagamenti" / "Payments"). */
export function fieldLabel(field: TrackedField, lang: Lang): string {
  return t(lang).fields[FIELD_LABEL[field]];
}

/** A tracked field's value as words: money formatted, status labels, dates, target-group names. */
export function fieldValue(
  field: TrackedField,
  value: FieldChange['before'],
  lang: Lang,
  groupName: (code: string) => string = (c) => c,
): string {
  const s = t(lang);
  if (value === null) return field === 'action' ? s.common.notClassified : s.common.notAvailable;
  if (MONEY_FIELDS.has(field) && typeof value === 'number') return formatEuro(value, lang);
  if (DATE_FIELDS.has(field) && typeof value === 'string') return formatDate(value, lang);
  if (field === 'status' && typeof value === 'string') return s.project.statuses[value] ?? value;
  if (Array.isArray(value)) return value.length ? value.map(groupName).join(', ') : s.common.notAvailable;
  return String(value);
}

/** The money moved by a change in cents (after - before), or null when the field is not money or a side is missing. */
export function moneyDelta(c: FieldChange): number | null {
  if (!MONEY_FIELDS.has(c.field) || typeof c.before !== 'number' || typeof c.after !== 'number') return null;
  return c.after - c.before;
}

/** A difference with its sign: "+1,20 M€", "−845,3 mila €" (a true minus sign); zero as "0". */
export function signed(cents: number, format: (cents: number, lang: Lang) => string, lang: Lang): string {
  if (cents === 0) return '0';
  return `${cents > 0 ? '+' : '−'}${format(Math.abs(cents), lang)}`;
}

/** Compact amounts for wide tables: millions from one million up, thousands below, "0" for zero. */
export function formatCompact(cents: number, lang: Lang): string {
  if (cents === 0) return '0';
  return Math.abs(cents) >= 100_000_000 ? formatMillionsShort(cents, lang) : formatThousandsShort(cents, lang);
}

/**
 * Columns of the CSV of changes (/novita/<date>/modifiche.csv): one row per new or removed project and per changed
 * field.
 */
export const CHANGES_CSV_COLUMNS = [
  'data_precedente',
  'data',
  'modifica',
  'codice',
  'titolo',
  'citta',
  'codice_istat',
  'azione',
  'campo',
  'prima',
  'dopo',
  'differenza_euro',
] as const;

/**
 * The full list of changes as clean UTF-8 CSV (comma, dot decimals, CRLF, formula-like text
 * neutralised). `modifica` is nuovo, eliminato or modificato; `prima` and `dopo` hold the raw
 * values (ISO dates, euro with dot decimals, status codes, list items joined with |).
 */
export function changesCsv(diff: ReleaseDiff, cityName: (istat: string) => string = (c) => c): string {
  const raw = (f: TrackedField, v: FieldChange['before']): string | number | null =>
    Array.isArray(v) ? v.join('|') : MONEY_FIELDS.has(f) && typeof v === 'number' ? centsToEuro(v) : v;
  const rows: Array<Array<string | number | null>> = [];
  const base = (kind: string, p: Release['projects'][number]) => [
    diff.from,
    diff.to,
    kind,
    p.code,
    p.title,
    cityName(p.city),
    p.city,
    p.action,
  ];
  for (const p of diff.added) rows.push([...base('nuovo', p), null, null, null, null]);
  for (const p of diff.removed) rows.push([...base('eliminato', p), null, null, null, null]);
  for (const c of diff.changed) {
    for (const f of c.fields) {
      const m = moneyDelta(f);
      rows.push([
        ...base('modificato', c.after),
        f.field,
        raw(f.field, f.before),
        raw(f.field, f.after),
        centsToEuro(m),
      ]);
    }
  }
  return (
    [CHANGES_CSV_COLUMNS as readonly string[], ...rows].map((r) => r.map((v) => csvCell(v)).join(',')).join('\r\n') +
    '\r\n'
  );
}
