// One operation (project) of Priority 4. Source: project CSVs in the project's own format, OpenCoesione
// exports or the official list of operations (README, "The importer"), mapped to the same fields.
import { z } from 'astro/zod';
import { ActionCode, Cents, IsoDate, IstatCode, ObjectiveCode, QualityFlag, Status } from './codes.ts';
import { BeneficiaryId, NATURAL_PERSON_LABEL } from './beneficiary.ts';
import { FileKind, SourceRef } from './source.ts';
import { PROJECT_FIELDS, type SourcedField } from './project-fields.ts';

export const CUP_PATTERN = /^[A-Z]\d{2}[A-Z]\d{11}$/;

/** A field with the columns it comes from (project-fields.ts) in its metadata: the data dictionary shows them. */
function sourced<T extends z.ZodType>(field: SourcedField, schema: T): T {
  return schema.meta({ source: PROJECT_FIELDS[field] });
}

export const ACTION_SOURCES = ['input', 'local-code'] as const;
export const ActionSource = z
  .enum(ACTION_SOURCES)
  .nullable()
  .describe(
    "Where the action came from: 'input' (the file's action column), 'local-code' (the programme's local code, " +
      'city initials + action code + suffix, e.g. NA4.4.12.1a); null when nothing says it (not classified)',
  );

export const Project = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .describe('Stable URL slug of the project, derived from its code'),
  code: sourced('code', z.string().min(1).describe("The operation's unique local code")),
  cup: sourced('cup', z.string().nullable().describe('Codice Unico di Progetto (15 characters), as given')),
  title: sourced('title', z.string().min(1).describe('Title of the operation')),
  description: sourced('description', z.string().nullable().describe('Purpose and expected or actual achievements')),
  city: sourced('city', IstatCode.describe("ISTAT code of the city (one of Priority 4's 14)")),
  objective: sourced('objective', ObjectiveCode.describe('Specific objective')),
  action: sourced(
    'action',
    ActionCode.nullable().describe('Action; null when the source does not say it: not classified'),
  ),
  actionSource: ActionSource,
  beneficiary: sourced(
    'beneficiary',
    z
      .string()
      .min(1)
      .describe(
        `Beneficiary's name (several joined with '; '); a natural person is shown as '${NATURAL_PERSON_LABEL}', never by name`,
      ),
  ),
  beneficiaryTaxCode: sourced(
    'beneficiaryTaxCode',
    z
      .string()
      .nullable()
      .describe("Beneficiary's tax code (codice fiscale; several joined with '; '); never a natural person's"),
  ),
  beneficiaries: z.array(BeneficiaryId).min(1).describe('Beneficiaries of the operation (beneficiaries.id)'),
  targetGroups: sourced(
    'targetGroups',
    z
      .array(z.string())
      .nullable()
      .describe('Target-group codes; null when the source does not say them (OpenCoesione rows): not classified'),
  ),
  cost: sourced('cost', Cents.describe('Total cost (public funding), euro cents')),
  eligibleCost: sourced(
    'eligibleCost',
    Cents.nullable().describe('Total eligible expenditure, euro cents (official list of operations: CostoAmmesso)'),
  ),
  euFunding: sourced('euFunding', Cents.nullable().describe('EU contribution, euro cents')),
  commitments: sourced('commitments', Cents.nullable().describe('Legally binding commitments to date, euro cents')),
  payments: sourced('payments', Cents.nullable().describe('Payments to date, euro cents')),
  startDate: sourced('startDate', IsoDate.nullable().describe('Start date')),
  plannedEndDate: sourced('plannedEndDate', IsoDate.nullable().describe('Expected end date')),
  actualEndDate: sourced('actualEndDate', IsoDate.nullable().describe('Actual end date')),
  status: sourced('status', Status.nullable()),
  interventionCategory: sourced(
    'interventionCategory',
    z
      .string()
      .regex(/^\d{1,3}$/)
      .nullable()
      .describe('Type of intervention code, Reg. (EU) 2021/1060 Annex I'),
  ),
  lat: sourced('lat', z.number().min(35).max(47.1).nullable().describe('Latitude, WGS84 degrees')),
  lon: sourced('lon', z.number().min(6.6).max(18.6).nullable().describe('Longitude, WGS84 degrees')),
  updatedAt: sourced('updatedAt', IsoDate.nullable().describe('Date the record was last updated at the source')),
  ocLink: sourced(
    'ocLink',
    z.string().url().nullable().describe("Link to the project's page on OpenCoesione, for rows that came from there"),
  ),
  flags: sourced('flags', z.array(QualityFlag).describe('Data-quality flags found on the record')),
  sourceKind: FileKind,
  source: SourceRef,
});
export type Project = z.infer<typeof Project>;
