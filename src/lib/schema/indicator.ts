// One indicator of one operation: what it planned and achieved (ESF+ common indicators such as
// EECO01, participants). Values are added up only within one indicator code and unit.
import { z } from 'astro/zod';
import { SourceRef } from './source.ts';

export const Indicator = z.object({
  project: z.string().min(1).describe("The operation's code (projects.code)"),
  code: z.string().min(1).describe('Indicator code, e.g. EECO01 (ESF+ common output indicator: participants)'),
  description: z.string().nullable().describe("The indicator's description, as the source writes it"),
  unit: z.string().min(1).describe('Unit of measure (Persone, Numero...): values of different units are never added'),
  planned: z.number().finite().nonnegative().nullable().describe('Planned (target) value'),
  achieved: z.number().finite().nonnegative().nullable().describe('Achieved value to date'),
  source: SourceRef,
});
export type Indicator = z.infer<typeof Indicator>;
