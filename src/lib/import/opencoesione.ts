// OpenCoesione exports: which rows are PN Metro Plus Priority 4, and how their columns map to
// the site's fields. OpenCoesione has no action code and no target groups: those stay null
// ("not classified") and are never guessed. Contract: INPUT-FORMATS.md section 3.
import type { ImportConfig, ObjectiveCode } from '../schema/index.ts';
import type { Columns } from './kinds.ts';
import { normalizeHeader } from './text.ts';
import { cupOf, status_, type Context, type ProjectDraft } from './records.ts';
import type { Row } from './row.ts';

const MULTI = ':::';

export type OcScope = {
  /** True when the row belongs to PN Metro Plus (programme code or description). Cheap: runs on every row. */
  isProgramme(cells: string[]): boolean;
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
    priorityCol: normalizeHeader(cfg.priorityColumn),
    objectiveCol: normalizeHeader(cfg.objectiveColumn),
    fallbackCol: normalizeHeader(cfg.objectiveFallbackColumn),
    priority: cfg.priority,
  };
}

/** "4", "04", "0004", "P4", "P04" -> 4; null when the cell carries no number. */
export function priorityNumber(raw: string): number | null {
  const m = raw.trim().match(/^[A-Za-z]*\s*0*(\d+)$/);
  return m ? Number(m[1]) : null;
}

/** "ESO4.8", "ESO 4.8", "4.8" -> "ESO4.8" when it is one of Priority 4's objectives. */
export function objectiveCode(raw: string): ObjectiveCode | null {
  const m = raw.trim().toUpperCase().match(/^(?:ESO|RSO|OS)?\s*4\.(8|11|12)\.?$/);
  return m ? (`ESO4.${m[1]}` as ObjectiveCode) : null;
}

export type OcOutcome = { kind: 'skipped' } | { kind: 'rejected' } | { kind: 'project'; project: ProjectDraft };

export function readOcRow(r: Row, ctx: Context, scope: OcScope, file: string): OcOutcome {
  // Priority: the number the configured column carries (any of its ::: values).
  const pRaw = r.raw(scope.priorityCol);
  const priorities = pRaw.split(MULTI).map(priorityNumber).filter((p): p is number => p !== null);
  if (priorities.length === 0) {
    r.error(pRaw === '' ? null : scope.priorityCol, pRaw === ''
      ? `a PN Metro Plus row without a priority in ${r.cols.label(scope.priorityCol)}: cannot tell Priority ${scope.priority} from the others (priority 5 uses the same objective codes)`
      : `'${pRaw}' is not a priority code`);
    return { kind: 'rejected' };
  }
  if (!priorities.includes(scope.priority)) return { kind: 'skipped' };

  const objective = findObjective(r, scope);
  if (objective === null) {
    const shown = r.raw(scope.objectiveCol) || r.raw(scope.fallbackCol);
    r.error(scope.objectiveCol, shown === ''
      ? `no specific objective in ${r.cols.label(scope.objectiveCol)} or ${r.cols.label(scope.fallbackCol)}`
      : `'${shown}' is not a specific objective of Priority 4 (ESO4.8, ESO4.11, ESO4.12)`);
  }

  const code = r.text('cod_locale_progetto', true);
  const title = r.text('oc_titolo_progetto', true);
  const beneficiary = r.text('oc_denom_beneficiario', true);
  const costName = r.raw('finanz_totale_pubblico') !== '' ? 'finanz_totale_pubblico' : 'oc_finanz_tot_pub_netto';
  const cost = r.cents(costName, true);
  const istat = ocCity(r, ctx);
  const link = ocLink(r);
  const draft = {
    cup: cupOf(r, 'cup'), description: r.text('oc_sintesi_progetto'),
    beneficiaryTaxCode: r.text('oc_codfisc_beneficiario'),
    euCents: r.cents('finanz_ue'), commitmentsCents: r.cents('impegni'), paymentsCents: r.cents('tot_pagamenti'),
    startDate: r.date('oc_data_inizio_progetto'), plannedEndDate: r.date('oc_data_fine_progetto_prevista'),
    actualEndDate: r.date('oc_data_fine_progetto_effettiva'), status: status_(r, 'oc_stato_progetto'),
    updatedAt: r.date('data_aggiornamento'),
  };
  if (r.errors > 0 || objective === null || code === null || title === null || beneficiary === null || cost === null || istat === null) {
    return { kind: 'rejected' };
  }
  return {
    kind: 'project',
    project: {
      ...draft, code, title, beneficiary: beneficiary.split(MULTI).map((b) => b.trim()).filter(Boolean).join('; '),
      city: istat, objective, action: null, targetGroups: null, costCents: cost,
      interventionCategory: null, lat: null, lon: null, ocLink: link, sourceKind: 'opencoesione', source: { file, row: r.row },
    },
  };
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

/** The city of the 14 whose ISTAT code ends COD_COMUNE, or whose name is DEN_COMUNE. */
function ocCity(r: Row, ctx: Context): string | null {
  for (const code of r.raw('cod_comune').split(MULTI)) {
    const m = code.trim() === '' ? null : ctx.cities.matchComune(code);
    if (m?.city) return m.city.istat;
  }
  for (const name of r.raw('den_comune').split(MULTI)) {
    const m = name.trim() === '' ? null : ctx.cities.match(name);
    if (m?.city) return m.city.istat;
  }
  r.error(r.raw('cod_comune') !== '' ? 'cod_comune' : 'den_comune',
    `'${r.raw('cod_comune') || r.raw('den_comune')}' is not one of the 14 cities of Priority 4`);
  return null;
}

/** OC_LINK as an https URL on OpenCoesione's own site; anything else is dropped with a warning. */
function ocLink(r: Row): string | null {
  const raw = r.raw('oc_link');
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
  r.warn('oc_link', `'${raw}' is not a link to opencoesione.gov.it and is not published`);
  return null;
}
