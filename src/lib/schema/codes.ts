// Closed code lists of Priority 4, from the programme's text (see data/reference/README.md) and
// OpenCoesione's labels.
// Reference data in data/reference/ must agree with these lists; the loader checks it.
import { z } from 'astro/zod';

export const OBJECTIVE_CODES = ['ESO4.8', 'ESO4.11', 'ESO4.12'] as const;
export const ObjectiveCode = z.enum(OBJECTIVE_CODES).describe('Specific objective code (ESO4.8, ESO4.11 or ESO4.12)');
export type ObjectiveCode = z.infer<typeof ObjectiveCode>;

export const ACTION_CODES = ['4.4.8.1', '4.4.8.2', '4.4.11.1', '4.4.11.2', '4.4.12.1'] as const;
export const ActionCode = z.enum(ACTION_CODES).describe('Action code of Priority 4 (4.4.8.1 ... 4.4.12.1)');
export type ActionCode = z.infer<typeof ActionCode>;

/** OpenCoesione's project states, in their order along a project's life. */
export const STATUSES = ['Non avviato', 'In corso', 'Concluso', 'Liquidato'] as const;
export const Status = z
  .enum(STATUSES)
  .describe("Project state, OpenCoesione's labels: Non avviato, In corso, Concluso, Liquidato");
export type Status = z.infer<typeof Status>;

/** Data-quality flags carried on project records. */
export const QUALITY_FLAGS = [
  'payments-above-cost',
  'commitments-above-cost',
  'cup-missing',
  'cup-malformed',
  'stale',
] as const;
export const QualityFlag = z.enum(QUALITY_FLAGS).describe('A data-quality problem found on the record');
export type QualityFlag = z.infer<typeof QualityFlag>;

export const ISTAT_CODE = /^\d{6}$/;
export const IstatCode = z
  .string()
  .regex(ISTAT_CODE)
  .describe('ISTAT municipality code, 6 digits kept as text with leading zeros');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Date, ISO 8601 (YYYY-MM-DD)');

/** Money is held in integer euro cents from the importer to the page (exact sums, identical run after run). */
export const Cents = z.number().int().nonnegative().describe('Amount in euro cents (an integer)');

/** Euro with at most two decimals: only the published downloads carry it (src/lib/downloads/datasets.ts). */
export const Euro = z.number().finite().nonnegative().describe('Amount in euro, at most two decimals');
