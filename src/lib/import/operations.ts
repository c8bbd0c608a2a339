// The official list of operations (Reg. (EU) 2021/1060 art. 49(3)), as OpenCoesione republishes it
// for each 2021-2027 programme or a programme's office writes it. It has no priority, no action,
// no city and no payments: the local code is the only place that says priority, city and action,
// so in this list a PN Metro Plus row whose code does not follow the scheme is an error.
import type { ImportConfig } from '../schema/index.ts';
import { readParties } from './beneficiaries.ts';
import { sourceColumns } from '../schema/project-fields.ts';
import { operationKey, type Columns } from './kinds.ts';
import { objectiveIn } from './local-code.ts';
import { cupOf, type Context, type ProjectDraft } from './records.ts';
import type { Row } from './row.ts';

const MULTI = ':::';

/** The columns read, by field (schema/project-fields.ts), keyed as Columns keys them in the official list. */
const LIST = sourceColumns('operations', operationKey);

export type OperationOutcome = { kind: 'skipped' } | { kind: 'rejected' } | { kind: 'project'; project: ProjectDraft };

/** True when the row belongs to PN Metro Plus: one of the configured programme codes, or METRO PLUS in its name. */
export function operationScope(cfg: ImportConfig['opencoesione'], cols: Columns): (cells: string[]) => boolean {
  const codeIdx = cols.index.get('codiceprogramma');
  const nameIdx = cols.index.get('programma');
  const codes = new Set(cfg.programmeCodes.map((c) => c.trim().toUpperCase()));
  const needle = cfg.programmeDescription.toUpperCase();
  return (cells) => {
    if (nameIdx !== undefined && (cells[nameIdx] ?? '').toUpperCase().includes(needle)) return true;
    if (codeIdx === undefined || codes.size === 0) return false;
    return (cells[codeIdx] ?? '').split(MULTI).some((v) => codes.has(v.trim().toUpperCase()));
  };
}

export function readOperationRow(r: Row, ctx: Context, file: string): OperationOutcome {
  const code = r.text(LIST.code, true);
  if (code === null) return { kind: 'rejected' };
  const read = ctx.localCode.read(code);
  switch (read.kind) {
    case 'other-priority':
      return { kind: 'skipped' };
    case 'no-match':
      r.error(
        LIST.code,
        `'${code}' does not follow the programme's local-code scheme, the only place this list says priority, city and action: ${ctx.localCode.described}`,
      );
      return { kind: 'rejected' };
    case 'unknown-city':
      r.error(
        LIST.code,
        `'${code}' starts with ${read.initials}, which are not the initials of one of the 14 cities (${ctx.ref.cities.map((c) => c.initials).join(', ')})`,
      );
      return { kind: 'rejected' };
    case 'unknown-action':
      r.error(
        LIST.code,
        `'${code}' names ${read.action}, which is not an action of Priority 4 (${ctx.ref.actions.map((a) => a.code).join(', ')})`,
      );
      return { kind: 'rejected' };
    case 'ok':
      break;
  }
  const objective = ctx.objectiveOf.get(read.action)!;
  const stated = r.raw(LIST.objective);
  const o = stated === '' ? null : objectiveIn(stated);
  if (stated !== '' && o === null)
    r.warn(
      LIST.objective,
      `'${stated}' is not a specific objective code: the objective is read from the code ${code} (${objective})`,
    );
  else if (o !== null && ('other' in o || o.code !== objective)) {
    r.error(
      LIST.objective,
      `'${stated}' contradicts the code ${code}: its action ${read.action} belongs to ${objective}`,
    );
  }
  const title = r.text(LIST.title, true);
  const parties = readParties(r, { name: LIST.beneficiary, taxCode: LIST.beneficiaryTaxCode });
  const cost = r.cents(LIST.cost, true);
  const category = r.raw(LIST.interventionCategory);
  const categoryCode = category.match(/^(?:[A-Za-z+ ]*?)\s*(\d{1,3})\b/)?.[1] ?? null;
  if (category !== '' && categoryCode === null)
    r.warn(
      LIST.interventionCategory,
      `'${category}' does not start with a type-of-intervention code (Reg. 2021/1060 Annex I): not published`,
    );
  const draft = {
    cup: cupOf(r, LIST.cup),
    description: r.text(LIST.description),
    eligibleCents: r.cents(LIST.eligibleCost),
    startDate: r.date(LIST.startDate),
    plannedEndDate: r.date(LIST.plannedEndDate),
    updatedAt: r.date(LIST.updatedAt),
  };
  if (r.errors > 0 || title === null || parties === null || cost === null) return { kind: 'rejected' };
  return {
    kind: 'project',
    project: {
      ...draft,
      code,
      title,
      parties,
      city: read.city.istat,
      objective,
      action: read.action,
      actionSource: 'local-code',
      targetGroups: null,
      costCents: cost,
      euCents: null,
      commitmentsCents: null,
      paymentsCents: null,
      actualEndDate: null,
      status: null,
      interventionCategory: categoryCode === null ? null : categoryCode.padStart(3, '0'),
      lat: null,
      lon: null,
      ocLink: null,
      sourceKind: 'operations',
      source: { file, row: r.row },
    },
  };
}
