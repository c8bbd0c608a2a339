// Invented projects (operations) for the demonstration dataset. Each project is first drawn as a
// plan: its place, money and whole life (approved, started, ended, settled). What a release shows
// is that plan seen at one date, so the current and an earlier release come from the same draw
// and differ only as real monitoring data would: later projects missing, less committed and paid.
import type { ActionCode, QualityFlag, Status } from '../schema/codes.ts';
import { OWN_COLUMNS } from '../schema/project-fields.ts';
import { apportion, type AllocationSet } from './allocations.ts';
import {
  ACTION_OBJECTIVE,
  ACTIVITIES,
  BENEFICIARY_KINDS,
  BENEFICIARY_NAMES,
  BENEFICIARY_QUALIFIERS,
  CATEGORIES_BY_OBJECTIVE,
  INTERVENTIONS,
  ORGANISATION_GROUPS,
  TARGET_GROUPS,
  type InterventionKind,
  type TitleTemplate,
} from './catalogue.ts';
import { diversifyBeneficiaries } from './beneficiaries.ts';
import { addMonths, dayOf, isoOf, italianOf } from './dates.ts';
import { coordinate, csvText, euroPlain } from './format.ts';
import { CITIES, pointNear, type DemoCity } from './places.ts';
import { createRandom, type Random } from './random.ts';

/** The programme's adoption (C(2022) 9773, 16 Dec 2022): no operation is selected before it. */
const PROGRAMME_ADOPTED = dayOf('2022-12-16');
const FIRST_START = dayOf('2023-03-01');
const LAST_START = dayOf('2026-12-31');
/** Stale demo rows were last updated at least this long before the reference date: well past a
 *  year, so the site's "stale" flag catches them whatever its exact threshold. */
const STALE_AFTER_DAYS = 400;
/** How far back the previous release looks: one monitoring cycle (art. 49(3): at least every 4 months). */
export const PREVIOUS_RELEASE_MONTHS = 4;

/** The quality flags the importer raises that the generator provokes on purpose. */
export type QualityProblem = Extract<QualityFlag, 'payments-above-cost' | 'cup-missing' | 'cup-malformed' | 'stale'>;
export type Decoration =
  'ampersand' | 'quotes' | 'less-than' | 'apostrophe' | 'accents' | 'multiline' | 'long' | 'leading-plus';

export interface Beneficiary {
  name: string;
  taxCode: string | null;
}

export interface ProjectPlan {
  city: DemoCity;
  action: ActionCode;
  code: string;
  cup: string | null;
  title: string;
  purpose: string;
  activities: readonly string[];
  area: string | null;
  beneficiary: Beneficiary;
  targetGroups: readonly string[];
  category: string;
  costCents: number;
  euRate: number;
  createdDay: number;
  contractDay: number;
  startDay: number;
  plannedEndDay: number;
  actualEndDay: number;
  settledDay: number;
  /** Share of the cost committed when work starts; the rest is committed as it goes on. */
  commitAtStart: number;
  /** Share of the cost paid by the time the work ends. */
  paidAtEnd: number;
  /** Share paid once concluded but not yet settled. */
  paidWhenConcluded: number;
  /** Days between the state of the data and the release date. */
  updateLag: number;
  point: { lat: number; lon: number } | null;
  isoDates: boolean;
  /** Persons reached per million euro of cost, for the achievements sentence. */
  reachPerMillion: number;
  problems: readonly QualityProblem[];
  decorations: readonly Decoration[];
  /** Payments as a share of cost on a project whose payments run above its cost on purpose. */
  overpaidShare: number | null;
  /** Last update of a stale row; null for rows updated with each release. */
  staleUpdatedDay: number | null;
  /** Cost before a revision, for the few projects whose cost changed between releases. */
  earlierCostCents: number | null;
}

export interface ProjectState {
  status: Status;
  commitmentsCents: number;
  paymentsCents: number;
  actualEndDay: number | null;
}

/** The plan as it stood on `day` (the date its row was last updated). */
export function stateAt(plan: ProjectPlan, day: number, costCents: number): ProjectState {
  // Partial amounts in whole euros, as instalments usually are; a full share is the cost to the cent.
  const share = (x: number): number => (x >= 1 ? costCents : Math.floor((costCents * x) / 100) * 100);
  if (day < plan.startDay) {
    const committed = day >= plan.contractDay ? share(plan.commitAtStart) : 0;
    return { status: 'Non avviato', commitmentsCents: committed, paymentsCents: 0, actualEndDay: null };
  }
  if (day < plan.actualEndDay) {
    const progress = (day - plan.startDay) / (plan.actualEndDay - plan.startDay);
    const committed = Math.min(1, plan.commitAtStart + (1 - plan.commitAtStart) * progress);
    const paid = Math.min(committed, plan.paidAtEnd * progress ** 1.6);
    return { status: 'In corso', commitmentsCents: share(committed), paymentsCents: share(paid), actualEndDay: null };
  }
  const settled = day >= plan.settledDay;
  const paid = plan.overpaidShare ?? (settled ? 1 : plan.paidWhenConcluded);
  return {
    status: settled ? 'Liquidato' : 'Concluso',
    commitmentsCents: costCents,
    paymentsCents: plan.overpaidShare === null ? share(paid) : Math.round(costCents * paid),
    actualEndDay: plan.actualEndDay,
  };
}

/** How many of `n` projects carry each deliberate quality problem: small, like real exports. */
export function problemCounts(n: number): Readonly<Record<QualityProblem, number>> {
  return {
    'payments-above-cost': n >= 50 ? Math.max(1, Math.round(n * 0.01)) : 0,
    'cup-missing': n >= 50 ? Math.max(1, Math.round(n * 0.01)) : 0,
    'cup-malformed': Math.min(4, Math.floor(n / 25)),
    stale: n >= 40 ? Math.max(1, Math.round(n * 0.025)) : 0,
  };
}

function cupOf(random: Random, startDay: number, taken: Set<string>): string {
  const year = isoOf(startDay).slice(2, 4);
  for (;;) {
    const digits = (count: number): string => Array.from({ length: count }, () => String(random.int(0, 9))).join('');
    const cup = `${random.pick(['B', 'C', 'D', 'E', 'F', 'G', 'H', 'J'])}${random.pick(['41', '51', '61', '71', '81', '91'])}${random.pick(['C', 'D', 'E', 'F', 'H', 'J'])}${year}${digits(9)}`;
    if (!taken.has(cup)) {
      taken.add(cup);
      return cup;
    }
  }
}

/** The ways CUPs come out wrong in real exports: a digit too many, spaces, a letter O for a zero,
 *  cut short. (Lower case is not one: the importer reads it as the same CUP.) */
function malform(cup: string, variant: number): string {
  switch (variant % 4) {
    case 0:
      return `${cup}0`;
    case 1:
      return `${cup.slice(0, 3)} ${cup.slice(3, 7)} ${cup.slice(7)}`;
    case 2:
      return cup.slice(0, 6) + 'O' + cup.slice(7);
    default:
      return cup.slice(0, 13);
  }
}

function beneficiaryPool(random: Random, takenCodes: Set<string>): Beneficiary[] {
  const size = random.int(8, 14);
  const names = new Set<string>();
  while (names.size < size) {
    const kind = random.pick(BENEFICIARY_KINDS);
    const qualifier = random.pick(BENEFICIARY_QUALIFIERS).replace(/a$/, kind.feminine ? 'a' : 'o');
    names.add(
      `${kind.name} ${qualifier} ${random.pick(BENEFICIARY_NAMES)} (${kind.feminine ? 'fittizia' : 'fittizio'})`,
    );
  }
  return [...names].map((name) => {
    // 11 digits starting 99: shaped like a company's codice fiscale, in a range no real one uses.
    let taxCode: string;
    do taxCode = `99${String(random.int(0, 999_999_999)).padStart(9, '0')}`;
    while (takenCodes.has(taxCode));
    takenCodes.add(taxCode);
    return { name, taxCode };
  });
}

function pickTargetGroups(random: Random, action: ActionCode, template: TitleTemplate): string[] {
  const objective = ACTION_OBJECTIVE[action];
  const eligible = TARGET_GROUPS.filter((g) => g.objectives.includes(objective)).map((g) => g.code);
  const first = random.pick(template.groups ?? eligible.filter((code) => !ORGANISATION_GROUPS.includes(code)));
  const extra = random.weighted([0, 1, 2], [0.45, 0.4, 0.15]);
  const rest = random.shuffle(eligible.filter((code) => code !== first)).slice(0, extra);
  return [first, ...rest];
}

function categoryOf(random: Random, action: ActionCode, kind: InterventionKind, firstGroup: string): string {
  const allowed = CATEGORIES_BY_OBJECTIVE[ACTION_OBJECTIVE[action]];
  if (firstGroup === 'rom-sinti-camminanti' && allowed.includes('154') && random.chance(0.7)) return '154';
  if (firstGroup === 'migranti' && allowed.includes('157') && random.chance(0.6)) return '157';
  return random.pick(kind.categories);
}

function phraseOf(code: string): string {
  return TARGET_GROUPS.find((g) => g.code === code)?.phrase ?? code;
}

/**
 * Start days bunch in 2025-2026, as selections ramp up slowly after adoption; about one project in
 * eight was approved lately and starts around the reference date, so some are not started yet.
 */
function drawStart(random: Random, referenceDay: number): number {
  const last = Math.max(FIRST_START + 180, Math.min(LAST_START, referenceDay + 60));
  if (random.chance(0.12)) return random.int(Math.max(FIRST_START, referenceDay - 30), last);
  const u = ((random.float() + random.float()) / 2) ** 0.6;
  return FIRST_START + Math.floor(u * (last - FIRST_START));
}

export interface ProjectSet {
  plans: ProjectPlan[];
  referenceDay: number;
}

export function generateProjects(
  seed: number,
  count: number,
  allocations: AllocationSet,
  referenceDay: number,
): ProjectSet {
  const random = createRandom(seed, 'projects');
  const cells = allocations.rows;
  const perCell = apportion(
    count,
    cells.map((row) => row.totalCents),
  );
  const takenTaxCodes = new Set<string>();
  const pools = new Map(CITIES.map((city) => [city.istat, beneficiaryPool(random, takenTaxCodes)]));

  type Draft = Omit<
    ProjectPlan,
    'code' | 'cup' | 'problems' | 'decorations' | 'overpaidShare' | 'staleUpdatedDay' | 'earlierCostCents'
  >;
  const drafts: Draft[][] = [];

  cells.forEach((cell, c) => {
    const n = perCell[c] ?? 0;
    const cellDrafts: Draft[] = [];
    drafts.push(cellDrafts);
    if (n === 0) return;
    // Programmed share of the allocation: 60-95%, so the cell never overspends its allocation.
    const budgetEuros = Math.floor((cell.totalCents * random.between(0.62, 0.93)) / 100);
    const sizes = Array.from({ length: n }, () => Math.exp(0.6 * random.normal()));
    const euros = apportion(budgetEuros, sizes);
    const kinds = INTERVENTIONS[cell.action];
    for (let i = 0; i < n; i++) {
      const kind = random.pick(kinds);
      const template = random.pick(kind.templates);
      const targetGroups = pickTargetGroups(random, cell.action, template);
      const area = random.chance(0.45) ? random.pick(cell.city.areas) : null;
      const startDay = drawStart(random, referenceDay);
      const baseTitle = template.title.replace('{gruppo}', phraseOf(targetGroups[0] ?? ''));
      const edition = area === null && random.chance(0.3) ? ` – annualità ${isoOf(startDay).slice(0, 4)}` : '';
      const title = area === null ? baseTitle + edition : `${baseTitle} – ${area}`;

      // Officials' budgets: most rounded to the hundred euros, some to the euro, some with cents.
      const whole = euros[i] ?? 0;
      const roundness = random.float();
      const costCents =
        roundness < 0.45
          ? Math.floor(whole / 100) * 10_000
          : roundness < 0.75
            ? whole * 100
            : Math.max(0, whole * 100 - random.int(1, 99));

      const plannedEndDay =
        addMonths(startDay, random.weighted([12, 18, 24, 30, 36, 48], [0.15, 0.2, 0.3, 0.15, 0.15, 0.05])) - 1;
      const slip = random.weighted(['on time', 'late', 'early'], [0.55, 0.33, 0.12]);
      const slipped =
        slip === 'late'
          ? plannedEndDay + random.int(30, 240)
          : slip === 'early'
            ? plannedEndDay - random.int(0, 45)
            : plannedEndDay;
      const actualEndDay = Math.max(slipped, startDay + 180);
      const createdDay = Math.max(
        PROGRAMME_ADOPTED,
        Math.min(startDay - random.int(20, 200), referenceDay - random.int(0, 20)),
      );
      const municipal = random.chance(cell.action === '4.4.11.1' ? 0.45 : 0.2);
      const pool = pools.get(cell.city.istat) ?? [];
      const anchor = random.weighted(
        cell.city.anchors,
        cell.city.anchors.map((a) => a.radiusKm ** 2),
      );
      const point = pointNear(anchor, random.float(), random.float());

      cellDrafts.push({
        city: cell.city,
        action: cell.action,
        title,
        purpose: kind.purpose,
        activities: random.shuffle(ACTIVITIES).slice(0, 2),
        area,
        // The municipality is the intermediate body and often its own beneficiary; its real tax
        // code is not invented here, so the cell stays empty.
        beneficiary: municipal ? { name: `Comune di ${cell.city.name}`, taxCode: null } : random.pick(pool),
        targetGroups: random.chance(0.03) ? [] : targetGroups,
        category: categoryOf(random, cell.action, kind, targetGroups[0] ?? ''),
        costCents,
        euRate: allocations.euRate[cell.city.category],
        createdDay,
        contractDay: startDay - random.int(0, 90),
        startDay,
        plannedEndDay,
        actualEndDay,
        settledDay: actualEndDay + random.int(45, 240),
        commitAtStart: random.between(0.15, 0.8),
        paidAtEnd: random.between(0.5, 0.85),
        paidWhenConcluded: random.between(0.85, 0.98),
        updateLag: random.int(0, 50),
        point: random.chance(0.05) ? null : point,
        isoDates: random.chance(0.12),
        reachPerMillion: random.int(120, 450),
      });
    }
  });

  // Serial numbers follow approval order inside each city and action, so an earlier release
  // holds the lower numbers, as a real register would.
  const flat: { draft: Draft; code: string }[] = [];
  for (const cellDrafts of drafts) {
    const ordered = cellDrafts
      .map((draft, i) => ({ draft, i }))
      .sort((a, b) => a.draft.createdDay - b.draft.createdDay || a.i - b.i);
    ordered.forEach(({ draft }, k) => {
      flat.push({ draft, code: `${draft.city.prefix}${draft.action}-${String(k + 1).padStart(4, '0')}` });
    });
  }

  const pickRandom = createRandom(seed, 'quality');
  const counts = problemCounts(flat.length);
  const problems = flat.map(() => [] as QualityProblem[]);
  const used = new Set<number>();
  const choose = (howMany: number, eligible: (i: number) => boolean): number[] => {
    const chosen = pickRandom
      .shuffle(flat.map((_, i) => i))
      .filter((i) => !used.has(i) && eligible(i))
      .slice(0, howMany);
    for (const i of chosen) used.add(i);
    return chosen;
  };
  const staleDay = referenceDay - STALE_AFTER_DAYS;
  for (const i of choose(counts.stale, (i) => (flat[i]?.draft.createdDay ?? Infinity) <= staleDay - 30))
    problems[i]?.push('stale');
  const staleUpdated = new Map<number, number>();
  for (let i = 0; i < flat.length; i++) {
    const draft = flat[i]?.draft;
    if (draft && problems[i]?.includes('stale')) staleUpdated.set(i, pickRandom.int(draft.createdDay, staleDay));
  }
  const finished = (i: number): boolean => {
    const draft = flat[i]?.draft;
    return draft !== undefined && updatedDayAt(draft, staleUpdated.get(i) ?? null, referenceDay) >= draft.actualEndDay;
  };
  for (const i of choose(counts['payments-above-cost'], finished)) problems[i]?.push('payments-above-cost');
  for (const i of choose(counts['cup-missing'], () => true)) problems[i]?.push('cup-missing');
  const malformed = choose(counts['cup-malformed'], () => true);
  for (const i of malformed) problems[i]?.push('cup-malformed');

  const decorationOrder: Decoration[] = [
    'ampersand',
    'quotes',
    'less-than',
    'apostrophe',
    'accents',
    'multiline',
    'long',
    'leading-plus',
  ];
  const decorations = flat.map(() => [] as Decoration[]);
  const decorated = pickRandom.shuffle(flat.map((_, i) => i)).slice(0, decorationOrder.length);
  decorated.forEach((i, k) => decorations[i]?.push(decorationOrder[k] as Decoration));

  // A few projects in progress had their cost revised upwards since the previous release.
  const previousDay = addMonths(referenceDay, -PREVIOUS_RELEASE_MONTHS);
  const revisable = pickRandom
    .shuffle(flat.map((_, i) => i))
    .filter((i) => {
      const draft = flat[i]?.draft;
      return (
        draft !== undefined &&
        !problems[i]?.length &&
        draft.createdDay <= previousDay - 60 &&
        draft.startDay < previousDay &&
        draft.actualEndDay > referenceDay
      );
    })
    .slice(0, 3);

  const takenCups = new Set<string>();
  const plans = flat.map(({ draft, code }, i): ProjectPlan => {
    const own = problems[i] ?? [];
    const validCup = cupOf(pickRandom, draft.startDay, takenCups);
    const cup = own.includes('cup-missing')
      ? null
      : own.includes('cup-malformed')
        ? malform(validCup, malformed.indexOf(i))
        : validCup;
    return {
      ...draft,
      code,
      cup,
      problems: own,
      decorations: decorations[i] ?? [],
      overpaidShare: own.includes('payments-above-cost') ? pickRandom.between(1.02, 1.12) : null,
      staleUpdatedDay: staleUpdated.get(i) ?? null,
      earlierCostCents: revisable.includes(i)
        ? Math.floor((draft.costCents * pickRandom.between(0.82, 0.95)) / 10_000) * 10_000
        : null,
    };
  });
  diversifyBeneficiaries(plans, seed);
  return { plans, referenceDay };
}

/** The header of progetti.csv: every column of our projects format (schema/project-fields.ts). */
export const PROJECT_COLUMNS = OWN_COLUMNS;

/** One project as a release shows it. */
export interface ProjectSnapshot {
  plan: ProjectPlan;
  updatedDay: number;
  costCents: number;
  state: ProjectState;
}

/** When a release last updated the row: a stale row keeps its old date, the others are refreshed. */
function updatedDayAt(
  plan: Pick<ProjectPlan, 'createdDay' | 'updateLag'>,
  staleUpdatedDay: number | null,
  releaseDay: number,
): number {
  if (staleUpdatedDay !== null && staleUpdatedDay <= releaseDay) return staleUpdatedDay;
  return Math.max(plan.createdDay, releaseDay - plan.updateLag);
}

/** The projects as they stood at `releaseDay`: those approved by then, each as last updated. */
export function snapshotAt(set: ProjectSet, releaseDay: number): ProjectSnapshot[] {
  const current = releaseDay >= set.referenceDay;
  return set.plans
    .filter((plan) => plan.createdDay <= releaseDay)
    .map((plan) => {
      const updatedDay = updatedDayAt(plan, plan.staleUpdatedDay, releaseDay);
      const costCents = current || plan.earlierCostCents === null ? plan.costCents : plan.earlierCostCents;
      return { plan, updatedDay, costCents, state: stateAt(plan, updatedDay, costCents) };
    });
}

const LONG_TEXT =
  "Il progetto nasce da un percorso di co-progettazione durato diversi mesi con gli enti del Terzo Settore, le scuole, i servizi sanitari territoriali e i gruppi informali di cittadini attivi nel quartiere. L'analisi dei bisogni ha messo in luce la fragilità di molti nuclei monoreddito, la difficoltà di accesso ai servizi digitali della pubblica amministrazione e la scarsa conoscenza delle opportunità di formazione e di lavoro disponibili. Per rispondere a questi bisogni il progetto organizza un servizio di prossimità aperto cinque giorni a settimana, con operatori sociali, educatori e mediatori culturali, che accolgono le persone, ne ricostruiscono la situazione e concordano con loro un piano personalizzato. Il piano può comprendere l'orientamento ai servizi per il lavoro, l'iscrizione a corsi di formazione, il sostegno nella ricerca di una casa, l'accompagnamento ai servizi sanitari e scolastici dei figli. Una parte delle risorse finanzia indennità di partecipazione per chi frequenta i percorsi, così da non dover scegliere tra formazione e reddito. Il progetto prevede infine momenti pubblici di restituzione dei risultati alla comunità e un sistema di monitoraggio condiviso con gli enti partner.";

/** Persons a project reaches (planned, or reached once concluded), as its description states them. */
export function reachOf(plan: Pick<ProjectPlan, 'reachPerMillion'>, costCents: number): number {
  return Math.max(5, Math.round(((costCents / 1e8) * plan.reachPerMillion) / 5) * 5);
}

function descriptionOf(snapshot: ProjectSnapshot): string {
  const { plan, state, costCents } = snapshot;
  const place = plan.area === null ? '' : `. Territorio: ${plan.area}`;
  const groups = plan.targetGroups.map(phraseOf);
  const listed = groups.length < 2 ? groups.join('') : `${groups.slice(0, -1).join(', ')} e ${groups.at(-1)}`;
  const audience = groups.length === 0 ? '' : `, rivolto a ${listed}`;
  const reach = reachOf(plan, costCents);
  const results =
    state.status === 'Concluso' || state.status === 'Liquidato'
      ? `Risultati: ${reach} destinatari raggiunti.`
      : `Risultati attesi: circa ${reach} destinatari.`;
  let text = `${plan.purpose}${place}. Il servizio comprende ${plan.activities.join(' e ')}${audience}. ${results}`;
  for (const decoration of plan.decorations) {
    if (decoration === 'less-than') text += ' Priorità ai nuclei con ISEE < 10000 euro e ai ragazzi con età > 14 anni.';
    if (decoration === 'multiline')
      text += '\nFasi: ascolto; orientamento; accompagnamento.\nSede aperta dal lunedì al venerdì.';
    if (decoration === 'long') text = `${text}\n\n${LONG_TEXT}`;
    if (decoration === 'leading-plus') text = `+30% di persone prese in carico rispetto all'avvio. ${text}`;
  }
  return text;
}

function titleOf(plan: ProjectPlan): string {
  let title = plan.title;
  for (const decoration of plan.decorations) {
    if (decoration === 'ampersand') title = `Lavoro & comunità: ${title}`;
    if (decoration === 'quotes') title = `Progetto "Porta Aperta" – ${title}`;
    if (decoration === 'apostrophe') title = `Un'occasione per tutti: ${title}`;
    if (decoration === 'accents') title = `Città più accogliente, perché nessuno resti indietro: ${title}`;
  }
  return title;
}

/** Reggio di Calabria's rows alternate between the official name and the common one. */
function cityCell(plan: ProjectPlan, index: number): string {
  return plan.city.alias !== null && plan.city.istat === '080063' && index % 2 === 1 ? plan.city.alias : plan.city.name;
}

export function projectsCsv(snapshots: readonly ProjectSnapshot[]): string {
  const rows = snapshots.map((snapshot, index) => {
    const { plan, state, costCents } = snapshot;
    const date = (day: number | null): string => (day === null ? '' : plan.isoDates ? isoOf(day) : italianOf(day));
    return [
      plan.code,
      plan.cup ?? '',
      titleOf(plan),
      descriptionOf(snapshot),
      cityCell(plan, index),
      plan.action,
      plan.beneficiary.name,
      plan.beneficiary.taxCode ?? '',
      plan.targetGroups.join('|'),
      euroPlain(costCents),
      euroPlain(Math.round(costCents * plan.euRate)),
      euroPlain(state.commitmentsCents),
      euroPlain(state.paymentsCents),
      date(plan.startDay),
      date(plan.plannedEndDay),
      date(state.actualEndDay),
      state.status,
      plan.category,
      plan.point === null ? '' : coordinate(plan.point.lat),
      plan.point === null ? '' : coordinate(plan.point.lon),
      date(snapshot.updatedDay),
    ];
  });
  return csvText(PROJECT_COLUMNS, rows, { delimiter: ';', newline: '\n', bom: false });
}
