// The explorer's data file (/progetti/indice.json, one file for both languages): only the fields
// the explorer filters, shows and downloads, as one tuple per project with repeated texts
// (cities, statuses, flags, target groups, beneficiaries) replaced by their position in a list.
// buildIndex runs at build time; decodeIndex in the browser. Both are pure.
import type { ProjectRow } from '../model/project-row.ts';
import type { Allocation, City, Project, TargetGroup } from '../schema/index.ts';
import { NOT_AVAILABLE, NOT_CLASSIFIED, statusSlug } from './state.ts';

/**
 * id, code, title, city, objective, action|null, target groups|null, status|null, cost, payments|null, commitments|null
 * (money in euro cents), start date|null, flags, beneficiary, demonstration (1/0), indicator codes.
 */
export type CompactRow = [
  string,
  string,
  string,
  number,
  string,
  string | null,
  number[] | null,
  number | null,
  number,
  number | null,
  number | null,
  string | null,
  number[],
  number,
  number,
  number[],
];

/** What a selection download says about itself (built at build time from the downloads library). */
export type DownloadInfo = {
  /** Column names of a selection download, in the projects dataset's order. */
  columns: string[];
  /** The `metadata` block of the JSON download (the library's downloadMetadata), rows to be set. */
  metadata: Record<string, unknown>;
  /** The dataset definition and publication the XLSX writer needs (no zod schema: not serialisable). */
  xlsx: { def: Record<string, unknown>; pub: Record<string, unknown> } | null;
  /** Link to the full XLSX of every project, when the site publishes one. */
  fullXlsx: string | null;
};

export type CompactIndex = {
  v: 1;
  demonstration: boolean;
  referenceDate: string | null;
  /** [slug, ISTAT code, name] in the reference order. */
  cities: [string, string, string][];
  /** Target-group codes in the reference order. */
  groups: string[];
  /** OpenCoesione's status labels. */
  statuses: string[];
  flags: string[];
  beneficiaries: string[];
  /** Indicator codes, in code order. */
  indicators: string[];
  projects: CompactRow[];
  /** Allocations, for the explorer's funnel: [city position in `cities`, objective, action, total euro cents]. */
  allocations: [number, string, string, number][];
  download: DownloadInfo;
};

export type IndexInput = {
  projects: readonly Project[];
  allocations: readonly Allocation[];
  cities: readonly City[];
  targetGroups: readonly TargetGroup[];
  statuses: readonly string[];
  flags: readonly string[];
  demonstration: boolean;
  referenceDate: string | null;
  isDemonstration: (p: Project) => boolean;
  /** The indicator codes a project reports (none: an empty list). */
  indicatorsOf: (p: Project) => readonly string[];
  download: DownloadInfo;
};

function indexer(seed: readonly string[] = []) {
  const list = [...seed];
  const pos = new Map(list.map((v, i) => [v, i]));
  return {
    list,
    at(v: string): number {
      let i = pos.get(v);
      if (i === undefined) {
        i = list.length;
        list.push(v);
        pos.set(v, i);
      }
      return i;
    },
  };
}

export function buildIndex(d: IndexInput): CompactIndex {
  const cityPos = new Map(d.cities.map((c, i) => [c.istat, i]));
  const groups = indexer(d.targetGroups.map((t) => t.code));
  const statuses = indexer(d.statuses);
  const flags = indexer(d.flags);
  const bens = indexer();
  const codes = indexer([...new Set(d.projects.flatMap((p) => d.indicatorsOf(p)))].sort());
  const projects = d.projects.map((p): CompactRow => {
    const city = cityPos.get(p.city);
    if (city === undefined) throw new Error(`explorer index: project ${p.id} has an unknown city ${p.city}`);
    return [
      p.id,
      p.code,
      p.title,
      city,
      p.objective,
      p.action,
      p.targetGroups === null ? null : p.targetGroups.map((g) => groups.at(g)),
      p.status === null ? null : statuses.at(p.status),
      p.cost,
      p.payments,
      p.commitments,
      p.startDate,
      p.flags.map((f) => flags.at(f)),
      bens.at(p.beneficiary),
      d.isDemonstration(p) ? 1 : 0,
      d.indicatorsOf(p).map((c) => codes.at(c)),
    ];
  });
  return {
    v: 1,
    demonstration: d.demonstration,
    referenceDate: d.referenceDate,
    cities: d.cities.map((c) => [c.slug, c.istat, c.name]),
    groups: groups.list,
    statuses: statuses.list,
    flags: flags.list,
    beneficiaries: bens.list,
    indicators: codes.list,
    projects,
    allocations: d.allocations.map((a) => {
      const city = cityPos.get(a.city);
      if (city === undefined) throw new Error(`explorer index: an allocation names an unknown city ${a.city}`);
      return [city, a.objective, a.action, a.total];
    }),
    download: d.download,
  };
}

/**
 * One project as the explorer holds it: the row model every table of projects shows
 * (src/lib/model/project-row.ts), with its city as a slug, and what the explorer filters and
 * downloads besides: facet codes ready to match and the record's own values.
 */
export type Row = Pick<
  ProjectRow,
  'id' | 'code' | 'title' | 'action' | 'beneficiary' | 'cost' | 'payments' | 'status' | 'flags'
> & {
  /** City slug. */
  city: string;
  objective: string;
  targetGroups: string[] | null;
  commitments: number | null;
  startDate: string | null;
  demonstration: boolean;
  /** Codes of the indicators the project reports. */
  indicators: string[];
  /** The row's codes per facet, in FACETS order (citta, ob, az, dest, stato, anno, qualita, ind). */
  fv: string[][];
  /** Lower-case, accent-free title + code + beneficiary, for the text filter. */
  text: string;
};

/** Lower case without accents: "Città" -> "citta". */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function makeRow(r: Omit<Row, 'fv' | 'text'>): Row {
  return {
    ...r,
    fv: [
      [r.city],
      [r.objective],
      [r.action ?? NOT_CLASSIFIED],
      r.targetGroups === null ? [NOT_CLASSIFIED] : r.targetGroups,
      [statusSlug(r.status)],
      [r.startDate === null ? NOT_AVAILABLE : r.startDate.slice(0, 4)],
      [...r.flags],
      r.indicators.length ? r.indicators : [NOT_AVAILABLE],
    ],
    text: fold(`${r.title} ${r.code} ${r.beneficiary}`),
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The rows of an index file; throws a plain Error when the file is not one. */
export function decodeIndex(json: unknown): { index: CompactIndex; rows: Row[] } {
  if (!isObject(json) || json.v !== 1 || !Array.isArray(json.projects) || !Array.isArray(json.cities)) {
    throw new Error('not an explorer index (v1)');
  }
  const ix = json as unknown as CompactIndex;
  const rows = ix.projects.map((p) =>
    makeRow({
      id: p[0],
      code: p[1],
      title: p[2],
      city: ix.cities[p[3]]?.[0] ?? '',
      objective: p[4],
      action: p[5],
      targetGroups: p[6] === null ? null : p[6].map((g) => ix.groups[g] ?? ''),
      status: p[7] === null ? null : (ix.statuses[p[7]] ?? null),
      cost: p[8],
      payments: p[9],
      commitments: p[10],
      startDate: p[11],
      flags: p[12].map((f) => ix.flags[f] ?? ''),
      beneficiary: ix.beneficiaries[p[13]] ?? '',
      demonstration: p[14] === 1,
      indicators: (p[15] ?? []).map((i) => ix.indicators?.[i] ?? ''),
    }),
  );
  return { index: ix, rows };
}
