// The one query module pages import. It reads the importer's validated JSON from DATA_DIR
// (default data/build; tests point it at a small fixture), checks it again with the zod
// schemas, and builds every index the pages need once per build. Pages never read files and
// never filter the project list themselves: each index below is built in one pass, so the
// build grows linearly with the number of projects.
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { Allocation, Beneficiary, Indicator, Meta, Project, Reference, Report } from './lib/schema/index.ts';
import type { Action, City, Objective, ObjectiveCode, TargetGroup } from './lib/schema/index.ts';
import { addToFunnel, emptyFunnel, type Funnel } from './lib/model/funnel.ts';
import { byCostDesc, groupBy, groupMany } from './lib/model/group.ts';
import { parseJsonFile } from './lib/json-file.ts';
import { beneficiarySummaries, rankByCost, type BeneficiarySummary } from './lib/model/beneficiaries.ts';
import { groupIndicators, type GroupIndicators } from './lib/model/indicators.ts';

export type {
  Action,
  ActionCode,
  Beneficiary,
  City,
  Indicator,
  Objective,
  ObjectiveCode,
  TargetGroup,
  Project,
  Allocation,
  Meta,
} from './lib/schema/index.ts';

/**
 * What a page about one city, action, objective or target group shows: its funnel, projects (largest first) and their
 * indicators.
 */
export type Group = { funnel: Funnel; projects: Project[]; indicators: GroupIndicators };

export type SiteData = {
  reference: Reference;
  meta: Meta;
  report: Report;
  allocations: Allocation[];
  /** Every project, largest cost first (ties by id). */
  projects: Project[];
  /** Every beneficiary (natural persons as one record, never named), in id order. */
  beneficiaries: Beneficiary[];
  beneficiaryById: Map<string, Beneficiary>;
  /** Every indicator of every project, by project code then indicator code. */
  indicators: Indicator[];
  /** A project's indicators, by the project's code. */
  indicatorsOf: Map<string, Indicator[]>;
  /** What each beneficiary received (natural persons together), ranked by cost, largest first. */
  beneficiaryRanking: BeneficiarySummary[];
  beneficiarySummary: Map<string, BeneficiarySummary>;
  objectives: Objective[];
  actions: Action[];
  cities: City[];
  targetGroups: TargetGroup[];
  objective: Map<string, Objective>;
  action: Map<string, Action>;
  cityByIstat: Map<string, City>;
  cityBySlug: Map<string, City>;
  targetGroup: Map<string, TargetGroup>;
  projectById: Map<string, Project>;
  actionsOf: Map<ObjectiveCode, Action[]>;
  total: Group;
  byCity: Map<string, Group>;
  byAction: Map<string, Group>;
  byObjective: Map<string, Group>;
  byTargetGroup: Map<string, Group>;
  /** Projects without an action (OpenCoesione rows), by objective. */
  unclassifiedByObjective: Map<string, Group>;
  /** Funnels by `${istat}|${action}`, `${istat}|${objective}` and `${istat}|${targetGroup}`. */
  cityAction: Map<string, Funnel>;
  cityObjective: Map<string, Funnel>;
  cityTargetGroup: Map<string, Funnel>;
  /** Projects that carry no target group (null), by city. */
  untaggedCount: number;
};

const readJson = <T>(dir: string, file: string, schema: z.ZodType<T>): T =>
  parseJsonFile(resolve(dir, file), schema, 'Run `npm run data` first, or set DATA_DIR.');

function indexBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  return new Map(items.map((t) => [key(t), t]));
}

/**
 * The indicators of a list of projects, each project's taken from `indicatorsOf` (so every group costs only its own).
 */
function indicatorsOfGroup(list: readonly Project[], indicatorsOf: Map<string, Indicator[]>): GroupIndicators {
  return groupIndicators(
    list.flatMap((p) => indicatorsOf.get(p.code) ?? []),
    list.map((p) => p.code),
  );
}

function groupsOf(
  projects: Map<string, Project[]>,
  allocated: Map<string, number> | null,
  keys: readonly string[],
  indicatorsOf: Map<string, Indicator[]>,
): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const k of keys) {
    const list = projects.get(k) ?? [];
    // A key without any allocation row has no allocation (null, "not available"), not zero.
    const f = emptyFunnel(allocated ? (allocated.get(k) ?? null) : null);
    for (const p of list) addToFunnel(f, p);
    out.set(k, { funnel: f, projects: list, indicators: indicatorsOfGroup(list, indicatorsOf) });
  }
  return out;
}

function funnelsBy(
  projects: readonly Project[],
  allocated: Map<string, number> | null,
  keyOf: (p: Project) => readonly string[] | null,
): Map<string, Funnel> {
  const m = new Map<string, Funnel>();
  if (allocated) for (const [k, v] of allocated) m.set(k, emptyFunnel(v));
  for (const p of projects) {
    for (const k of keyOf(p) ?? []) {
      let f = m.get(k);
      if (!f) m.set(k, (f = emptyFunnel(null)));
      addToFunnel(f, p);
    }
  }
  return m;
}

export function loadSiteData(dir: string): SiteData {
  const reference = readJson(dir, 'reference.json', Reference);
  const meta = readJson(dir, 'meta.json', Meta);
  const report = readJson(dir, 'report.json', Report);
  const allocations = readJson(dir, 'allocations.json', z.array(Allocation));
  const projects = readJson(dir, 'projects.json', z.array(Project)).sort(byCostDesc);
  const beneficiaries = readJson(dir, 'beneficiaries.json', z.array(Beneficiary));
  const indicators = readJson(dir, 'indicators.json', z.array(Indicator));

  const { objectives, actions, cities, targetGroups } = reference;
  const indicatorsOf = groupBy(indicators, (i) => i.project);
  const objective = indexBy(objectives, (o) => o.code);
  const action = indexBy(actions, (a) => a.code);
  const cityByIstat = indexBy(cities, (c) => c.istat);
  const targetGroup = indexBy(targetGroups, (t) => t.code);
  const actionsOf = new Map<ObjectiveCode, Action[]>(
    objectives.map((o) => [o.code, actions.filter((a) => a.objective === o.code)]),
  );

  // Allocated cents per key, summed once.
  const allocBy = (key: (a: Allocation) => string) => {
    const m = new Map<string, number>();
    for (const a of allocations) m.set(key(a), (m.get(key(a)) ?? 0) + a.total);
    return m;
  };
  const allocCity = allocBy((a) => a.city);
  const allocAction = allocBy((a) => a.action);
  const allocObjective = allocBy((a) => a.objective);

  const totalFunnel = emptyFunnel(allocations.length ? [...allocCity.values()].reduce((s, v) => s + v, 0) : null);
  for (const p of projects) addToFunnel(totalFunnel, p);

  const byCity = groupsOf(
    groupBy(projects, (p) => p.city),
    allocCity,
    cities.map((c) => c.istat),
    indicatorsOf,
  );
  const byAction = groupsOf(
    groupBy(projects, (p) => p.action),
    allocAction,
    actions.map((a) => a.code),
    indicatorsOf,
  );
  const byObjective = groupsOf(
    groupBy(projects, (p) => p.objective),
    allocObjective,
    objectives.map((o) => o.code),
    indicatorsOf,
  );
  const byTargetGroup = groupsOf(
    groupMany(projects, (p) => p.targetGroups),
    null,
    targetGroups.map((t) => t.code),
    indicatorsOf,
  );
  const unclassifiedByObjective = groupsOf(
    groupBy(projects, (p) => (p.action === null ? p.objective : null)),
    null,
    objectives.map((o) => o.code),
    indicatorsOf,
  );

  const ranking = rankByCost(beneficiarySummaries(beneficiaries, projects));
  return {
    reference,
    meta,
    report,
    allocations,
    projects,
    beneficiaries,
    beneficiaryById: indexBy(beneficiaries, (b) => b.id),
    indicators,
    indicatorsOf,
    beneficiaryRanking: ranking,
    beneficiarySummary: new Map(ranking.map((r) => [r.beneficiary.id, r])),
    objectives,
    actions,
    cities,
    targetGroups,
    objective,
    action,
    cityByIstat,
    cityBySlug: indexBy(cities, (c) => c.slug),
    targetGroup,
    projectById: indexBy(projects, (p) => p.id),
    actionsOf,
    total: { funnel: totalFunnel, projects, indicators: indicatorsOfGroup(projects, indicatorsOf) },
    byCity,
    byAction,
    byObjective,
    byTargetGroup,
    unclassifiedByObjective,
    cityAction: funnelsBy(
      projects,
      allocBy((a) => `${a.city}|${a.action}`),
      (p) => (p.action ? [`${p.city}|${p.action}`] : null),
    ),
    cityObjective: funnelsBy(
      projects,
      allocBy((a) => `${a.city}|${a.objective}`),
      (p) => [`${p.city}|${p.objective}`],
    ),
    cityTargetGroup: funnelsBy(projects, null, (p) => p.targetGroups?.map((t) => `${p.city}|${t}`) ?? null),
    untaggedCount: projects.reduce((n, p) => n + (p.targetGroups === null ? 1 : 0), 0),
  };
}

let cached: SiteData | null = null;

/** The site's data, read once per build from DATA_DIR (default data/build). */
export function siteData(): SiteData {
  cached ??= loadSiteData(resolve(process.env.DATA_DIR ?? 'data/build'));
  return cached;
}
