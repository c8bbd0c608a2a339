// OpenCoesione exports: which rows are PN Metro Plus Priority 4, and how their columns map to
// the site's fields. OpenCoesione has no action column and no target groups: the action comes
// from the local code when it follows the programme's scheme (local-code.ts), and otherwise stays
// null ("not classified"), like the target groups; neither is ever guessed.
import type { ActionCode, ImportConfig, Indicator, ObjectiveCode } from '../schema/index.ts';
import { readParties } from './beneficiaries.ts';
import { readIndicator } from './indicators.ts';
import { ocIndicatorColumns, OC_INDICATOR_SLOTS, type Columns } from './kinds.ts';
import { sourceColumn, sourceColumns, type SourcedField } from '../schema/project-fields.ts';
import { normalizeHeader } from './text.ts';
import { cupOf, status_, type Context, type ProjectDraft } from './records.ts';
import type { Row } from './row.ts';

const MULTI = ':::';

const oc = (field: SourcedField, i: number) => normalizeHeader(sourceColumn('opencoesione', field, i));
/** The columns read, by field (schema/project-fields.ts); the second column tried of three fields by its own name. */
const OC = {
  ...sourceColumns('opencoesione', normalizeHeader),
  cityName: oc('city', 1),
  legalForm: oc('beneficiaryTaxCode', 1),
  costNet: oc('cost', 1),
};

export type OcScope = {
  /** True when the row belongs to PN Metro Plus (programme code or description). Cheap: runs on every row. */
  isProgramme(cells: string[]): boolean;
  /**
   * What `isProgramme` looks for: a row whose text holds none of these (compared in upper case)
   * is not PN Metro Plus, whatever its cells. The pre-filter (prefilter.ts) relies on it.
   */
  needles: string[];
  priorityCol: string;
  objectiveCol: string;
  fallbackCol: string;
  priority: number;
};

export function ocScope(cfg: ImportConfig['opencoesione'], cols: Columns): OcScope {
  const codeIdx = cols.index.get('oc_codice_programma');
  const descIdx = cols.index.get('oc_descrizione_programma');
  const codes = new Set(cfg.programmeCodes.map((c) => c.trim().toUpperCase()));
  const needle = cfg.programmeDescription.toUpperCase();
  return {
    isProgramme(cells) {
      if (descIdx !== undefined) {
        const d = cells[descIdx];
        if (d && d.toUpperCase().includes(needle)) return true;
      }
      if (codeIdx !== undefined && codes.size > 0) {
        const c = cells[codeIdx];
        if (c) for (const v of c.split(MULTI)) if (codes.has(v.trim().toUpperCase())) return true;
      }
      return false;
    },
    needles: [...(descIdx === undefined ? [] : [needle]), ...(codeIdx === undefined ? [] : codes)],
    priorityCol: normalizeHeader(cfg.priorityColumn),
    objectiveCol: normalizeHeader(cfg.objectiveColumn),
    fallbackCol: normalizeHeader(cfg.objectiveFallbackColumn),
    priority: cfg.priority,
  };
}

/** "4", "04", "0004", "P4", "P04" -> 4; null when the cell is no plain priority number ("2STEP", "AT"). */
export function priorityNumber(raw: string): number | null {
  const m = raw.trim().match(/^[A-Za-z]*\s*0*(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** "ESO4.8", "ESO 4.8", "4.8" -> "ESO4.8" when it is one of Priority 4's objectives. */
export function objectiveCode(raw: string): ObjectiveCode | null {
  const m = raw
    .trim()
    .toUpperCase()
    .match(/^(?:ESO|RSO|OS)?\s*4\.(8|11|12)\.?$/);
  return m ? (`ESO4.${m[1]}` as ObjectiveCode) : null;
}

export type OcOutcome =
  { kind: 'skipped' } | { kind: 'rejected' } | { kind: 'project'; project: ProjectDraft; indicators: Indicator[] };

export function readOcRow(r: Row, ctx: Context, scope: OcScope, file: string): OcOutcome {
  // Priority: the number the configured column carries (any of its ::: values). A cell with values
  // that are no plain number ("2STEP", "6:::7") names other priorities: skipped, not an error.
  const pRaw = r.raw(scope.priorityCol);
  if (pRaw === '') {
    r.error(
      null,
      `a PN Metro Plus row without a priority in ${r.cols.label(scope.priorityCol)}: cannot tell Priority ${scope.priority} from the others (priority 5 uses the same objective codes)`,
    );
    return { kind: 'rejected' };
  }
  if (!pRaw.split(MULTI).map(priorityNumber).includes(scope.priority)) return { kind: 'skipped' };

  const code = r.text(OC.code, true);
  const fromCode = code === null ? null : actionOfCode(r, ctx, code);
  let objective = findObjective(r, scope);
  if (fromCode !== null) {
    const implied = ctx.objectiveOf.get(fromCode.action)!;
    if (objective === null) objective = implied;
    else if (objective !== implied) {
      r.error(
        OC.code,
        `the code ${code} names action ${fromCode.action} (${implied}) but the row's specific objective is ${objective}`,
      );
    }
  }
  if (objective === null) {
    const shown = r.raw(scope.objectiveCol) || r.raw(scope.fallbackCol);
    r.error(
      scope.objectiveCol,
      shown === ''
        ? `no specific objective in ${r.cols.label(scope.objectiveCol)} or ${r.cols.label(scope.fallbackCol)}`
        : `'${shown}' is not a specific objective of Priority 4 (ESO4.8, ESO4.11, ESO4.12)`,
    );
  }

  const title = r.text(OC.title, true);
  const parties = readParties(r, { name: OC.beneficiary, taxCode: OC.beneficiaryTaxCode, legalForm: OC.legalForm });
  const costName = r.raw(OC.cost) !== '' ? OC.cost : OC.costNet;
  const cost = r.cents(costName, true);
  const istat = ocCity(r, ctx, fromCode?.city ?? null);
  const link = ocLink(r);
  const draft = {
    cup: cupOf(r, OC.cup),
    description: r.text(OC.description),
    eligibleCents: null,
    euCents: r.cents(OC.euFunding),
    commitmentsCents: r.cents(OC.commitments),
    paymentsCents: r.cents(OC.payments),
    startDate: r.date(OC.startDate),
    plannedEndDate: r.date(OC.plannedEndDate),
    actualEndDate: r.date(OC.actualEndDate),
    status: status_(r, OC.status),
    updatedAt: r.date(OC.updatedAt),
  };
  const indicators: Indicator[] = [];
  if (code !== null) {
    for (const n of OC_INDICATOR_SLOTS) {
      const c = ocIndicatorColumns(n);
      if (r.raw(c.code) === '') continue;
      const i = readIndicator(r, c, code, file);
      if (i) indicators.push(i);
    }
  }
  if (
    r.errors > 0 ||
    objective === null ||
    code === null ||
    title === null ||
    parties === null ||
    cost === null ||
    istat === null
  ) {
    return { kind: 'rejected' };
  }
  return {
    kind: 'project',
    project: {
      ...draft,
      code,
      title,
      parties,
      city: istat,
      objective,
      action: fromCode?.action ?? null,
      actionSource: fromCode ? 'local-code' : null,
      targetGroups: null,
      costCents: cost,
      interventionCategory: null,
      lat: null,
      lon: null,
      ocLink: link,
      sourceKind: 'opencoesione',
      source: { file, row: r.row },
    },
    indicators,
  };
}

/**
 * The city and action a local code says, when it follows the programme's scheme. A code of another
 * priority contradicts the priority column (an error); initials or an action the programme does not
 * have leave the row as OpenCoesione describes it (a warning).
 */
function actionOfCode(r: Row, ctx: Context, code: string): { city: string; action: ActionCode } | null {
  const read = ctx.localCode.read(code);
  switch (read.kind) {
    case 'ok':
      return { city: read.city.istat, action: read.action };
    case 'no-match':
      return null;
    case 'other-priority':
      r.error(
        OC.code,
        `the code ${code} is of Priority ${read.priority}, but the row's priority column says ${ctx.localCode.priority}`,
      );
      return null;
    case 'unknown-city':
      r.warn(
        OC.code,
        `the code ${code} starts with ${read.initials}, which are not the initials of one of the 14 cities: its action is not read from it`,
      );
      return null;
    case 'unknown-action':
      r.warn(
        OC.code,
        `the code ${code} names ${read.action}, which is not an action of Priority 4: its action is not read from it`,
      );
      return null;
  }
}

function findObjective(r: Row, scope: OcScope): ObjectiveCode | null {
  for (const col of [scope.objectiveCol, scope.fallbackCol]) {
    for (const v of r.raw(col).split(MULTI)) {
      const o = objectiveCode(v);
      if (o) return o;
    }
  }
  return null;
}

/**
 * The city of the 14 whose ISTAT code ends COD_COMUNE, or whose name is DEN_COMUNE; a local code
 * that follows the programme's scheme decides (the operation may be located in another
 * municipality of the metropolitan area).
 */
function ocCity(r: Row, ctx: Context, fromCode: string | null): string | null {
  let found: string | null = null;
  for (const code of r.raw(OC.city).split(MULTI)) {
    const m = code.trim() === '' ? null : ctx.cities.matchComune(code);
    if (m?.city) {
      found = m.city.istat;
      break;
    }
  }
  if (found === null) {
    for (const name of r.raw(OC.cityName).split(MULTI)) {
      const m = name.trim() === '' ? null : ctx.cities.match(name);
      if (m?.city) {
        found = m.city.istat;
        break;
      }
    }
  }
  if (fromCode !== null) {
    if (found !== null && found !== fromCode) {
      r.warn(
        OC.code,
        `the local code names ${ctx.cities.byIstat(fromCode)?.name}, the municipality columns ${ctx.cities.byIstat(found)?.name}: the code decides`,
      );
    }
    return fromCode;
  }
  if (found !== null) return found;
  r.error(
    r.raw(OC.city) !== '' ? OC.city : OC.cityName,
    `'${r.raw(OC.city) || r.raw(OC.cityName)}' is not one of the 14 cities of Priority 4`,
  );
  return null;
}

/** OC_LINK as an https URL on OpenCoesione's own site; anything else is dropped with a warning. */
function ocLink(r: Row): string | null {
  const raw = r.raw(OC.ocLink);
  if (raw === '') return null;
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
  try {
    const u = new URL(withScheme);
    if (/(^|\.)opencoesione\.gov\.it$/i.test(u.hostname)) {
      u.protocol = 'https:';
      return u.href;
    }
  } catch {
    // fall through to the warning
  }
  r.warn(OC.ocLink, `'${raw}' is not a link to opencoesione.gov.it and is not published`);
  return null;
}
