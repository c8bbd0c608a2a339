// Turns one validated row of each kind of file into a record draft. Amounts stay in integer
// cents until the output is written, so sums are exact.
import type {
  ActionCode,
  Allocation,
  City,
  ImportConfig,
  ObjectiveCode,
  Project,
  Reference,
  Status,
} from '../schema/index.ts';
import { readParties, type Party } from './beneficiaries.ts';
import type { CityMatcher } from './cities.ts';
import { cupProblem, ITALY_BOX, parseAction, parseStatus } from './fields.ts';
import { OWN } from '../schema/project-fields.ts';
import { localCodeScheme, type LocalCodeScheme } from './local-code.ts';
import type { Row } from './row.ts';

export type AllocationDraft = Omit<Allocation, 'eu' | 'national' | 'total'> & {
  euCents: number;
  nationalCents: number;
};

/** A project as read from its row: amounts in cents, beneficiaries before they become entities. */
export type ProjectDraft = Omit<
  Project,
  | 'id'
  | 'flags'
  | 'cost'
  | 'eligibleCost'
  | 'euFunding'
  | 'commitments'
  | 'payments'
  | 'beneficiary'
  | 'beneficiaryTaxCode'
  | 'beneficiaries'
> & {
  costCents: number;
  eligibleCents: number | null;
  euCents: number | null;
  commitmentsCents: number | null;
  paymentsCents: number | null;
  parties: Party[];
};

export type Context = {
  ref: Reference;
  cities: CityMatcher;
  objectiveOf: Map<ActionCode, ObjectiveCode>;
  groups: Set<string>;
  localCode: LocalCodeScheme;
};

export function contextOf(ref: Reference, cities: CityMatcher, config: ImportConfig): Context {
  return {
    ref,
    cities,
    objectiveOf: new Map(ref.actions.map((a) => [a.code, a.objective])),
    groups: new Set(ref.targetGroups.map((g) => g.code)),
    localCode: localCodeScheme(config.localCode, ref.cities, config.opencoesione.priority),
  };
}

function city(r: Row, ctx: Context, name: string = OWN.city): City | null {
  const raw = r.raw(name);
  if (raw === '') {
    r.error(name, `${r.cols.label(name)} is empty: give the city's name or ISTAT code`);
    return null;
  }
  const m = ctx.cities.match(raw);
  if (m.city === null) {
    r.error(name, m.message);
    return null;
  }
  if (m.note) r.warn(name, m.note);
  return m.city;
}

function action(r: Row): ActionCode | null {
  const raw = r.raw(OWN.action);
  const a = parseAction(raw);
  if (a === null)
    r.error(
      OWN.action,
      raw === ''
        ? `${OWN.action} is empty: give the action code, e.g. 4.4.12.1`
        : `'${raw}' is not an action of Priority 4 (4.4.8.1, 4.4.8.2, 4.4.11.1, 4.4.11.2, 4.4.12.1)`,
    );
  return a;
}

export function readAllocation(r: Row, ctx: Context, file: string): AllocationDraft | null {
  const c = city(r, ctx);
  const a = action(r);
  const eu = r.cents('importo_ue', true);
  const national = r.cents('importo_nazionale', true);
  const total = r.cents('importo_totale');
  const referenceDate = r.date('data_riferimento');
  if (total !== null && eu !== null && national !== null && total !== eu + national) {
    r.error(
      'importo_totale',
      `'${r.raw('importo_totale')}' is not importo_ue + importo_nazionale (${fmt(eu + national)})`,
    );
  }
  if (r.errors > 0 || c === null || a === null || eu === null || national === null) return null;
  return {
    city: c.istat,
    action: a,
    objective: ctx.objectiveOf.get(a)!,
    euCents: eu,
    nationalCents: national,
    referenceDate,
    source: { file, row: r.row },
  };
}

export function readProject(r: Row, ctx: Context, file: string): ProjectDraft | null {
  const code = r.text(OWN.code, true);
  const title = r.text(OWN.title, true);
  const c = city(r, ctx);
  const a = action(r);
  const parties = readParties(r, { name: OWN.beneficiary, taxCode: OWN.beneficiaryTaxCode });
  const cost = r.cents(OWN.cost, true);
  const groups = targetGroups(r, ctx);
  const status = status_(r, OWN.status);
  const cat = r.raw(OWN.interventionCategory);
  if (cat !== '' && !/^\d{1,3}$/.test(cat))
    r.error(
      OWN.interventionCategory,
      `'${cat}' is not a type-of-intervention code (1 to 3 digits, Reg. 2021/1060 Annex I)`,
    );
  const lat = r.degrees(OWN.lat);
  const lon = r.degrees(OWN.lon);
  if ((lat === null) !== (lon === null) && r.errors === 0)
    r.error(lat === null ? OWN.lat : OWN.lon, 'give both lat and lon, or neither');
  if (
    lat !== null &&
    lon !== null &&
    (lat < ITALY_BOX.latMin || lat > ITALY_BOX.latMax || lon < ITALY_BOX.lonMin || lon > ITALY_BOX.lonMax)
  ) {
    r.error(
      lat < ITALY_BOX.latMin || lat > ITALY_BOX.latMax ? OWN.lat : OWN.lon,
      `${lat}, ${lon} is outside Italy: check that lat and lon are not swapped`,
    );
  }
  if (code !== null && c !== null && a !== null) codeAgrees(r, ctx, OWN.code, code, c, a);
  const draft = {
    code,
    cup: cupOf(r, OWN.cup),
    title,
    description: r.text(OWN.description),
    eligibleCents: null,
    euCents: r.cents(OWN.euFunding),
    commitmentsCents: r.cents(OWN.commitments),
    paymentsCents: r.cents(OWN.payments),
    startDate: r.date(OWN.startDate),
    plannedEndDate: r.date(OWN.plannedEndDate),
    actualEndDate: r.date(OWN.actualEndDate),
    updatedAt: r.date(OWN.updatedAt),
  };
  if (r.errors > 0 || code === null || title === null || c === null || a === null || parties === null || cost === null)
    return null;
  return {
    ...draft,
    code,
    title,
    parties,
    city: c.istat,
    objective: ctx.objectiveOf.get(a)!,
    action: a,
    actionSource: 'input',
    targetGroups: groups,
    costCents: cost,
    status,
    interventionCategory: cat === '' ? null : cat.padStart(3, '0'),
    lat,
    lon,
    ocLink: null,
    sourceKind: 'projects',
    source: { file, row: r.row },
  };
}

/** A code that follows the programme's scheme but names another city or action than the row's columns: a warning. */
function codeAgrees(r: Row, ctx: Context, column: string, code: string, city: City, action: ActionCode): void {
  const read = ctx.localCode.read(code);
  if (read.kind !== 'ok') return;
  if (read.city.istat !== city.istat)
    r.warn(
      column,
      `the code ${code} names ${read.city.name} (${read.city.initials}) but the row's city is ${city.name}`,
    );
  if (read.action !== action)
    r.warn(column, `the code ${code} names action ${read.action} but the row's action is ${action}`);
}

function targetGroups(r: Row, ctx: Context): string[] {
  const raw = r.raw(OWN.targetGroups);
  if (raw === '') return [];
  const codes = [
    ...new Set(
      raw
        .split('|')
        .map((s) => s.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
  const unknown = codes.filter((g) => !ctx.groups.has(g));
  if (unknown.length > 0)
    r.error(
      OWN.targetGroups,
      `${unknown.map((u) => `'${u}'`).join(', ')} ${unknown.length > 1 ? 'are not target-group codes' : 'is not a target-group code'} (see the list of target groups on the site's data dictionary)`,
    );
  return codes.sort();
}

export function status_(r: Row, name: string): Status | null {
  const raw = r.raw(name);
  if (raw === '') return null;
  const s = parseStatus(raw);
  if (s === null) r.error(name, `'${raw}' is not a project state: use Non avviato, In corso, Concluso or Liquidato`);
  return s;
}

export function cupOf(r: Row, name: string): string | null {
  const cup = r.raw(name).toUpperCase() || null;
  if (cupProblem(cup) === 'cup-malformed')
    r.warn(name, `'${r.raw(name)}' is not a well-formed CUP (15 characters, e.g. J81H23000010006)`);
  return cup;
}

function fmt(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}
