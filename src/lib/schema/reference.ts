// Priority 4's structure: specific objectives, actions, kinds of intervention, cities and target
// groups. Source: data/reference/*.csv, see data/reference/README.md for where each comes from.
import { z } from 'astro/zod';
import { ActionCode, IstatCode, ObjectiveCode } from './codes.ts';

/**
 * A name or title the site shows in both languages, `{ it, en }`: a page picks `x.title[lang]`.
 * Each half keeps its own description, so downloads describe the columns `title_it`, `title_en`.
 */
function bilingual(it: string, en: string) {
  return z.object({ it: z.string().min(1).describe(it), en: z.string().min(1).describe(en) });
}

export const Objective = z.object({
  code: ObjectiveCode,
  title: bilingual(
    "The objective's wording in the programme (Italian)",
    "The objective's wording in English (ESF+ Regulation wording)",
  ),
  description: z.string().min(1).describe("The programme's paragraph explaining the objective (Italian)"),
  targetGroupsText: z
    .array(z.string())
    .describe("The programme's 'Destinatari' paragraphs for the objective (Italian)"),
});
export type Objective = z.infer<typeof Objective>;

export const Action = z.object({
  code: ActionCode,
  objective: ObjectiveCode.describe('Specific objective the action belongs to'),
  title: bilingual("The action's official title (Italian)", "The action's title in English (working translation)"),
  description: z.string().min(1).describe("The programme's introductory sentence for the action (Italian)"),
  interventions: z
    .array(z.string().min(1))
    .min(1)
    .describe('Kinds of intervention the programme lists under the action (Italian)'),
});
export type Action = z.infer<typeof Action>;

export const RegionCategory = z.enum(['LD', 'MD']).describe('Category of region: LD less developed, MD more developed');

export const City = z.object({
  istat: IstatCode,
  slug: z
    .string()
    .regex(/^[a-z-]+$/)
    .describe('URL slug of the city'),
  name: z.string().min(1).describe("The municipality's official name"),
  region: z.string().min(1).describe('Region'),
  category: RegionCategory,
  initials: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .describe("The city's initials in the programme's local codes (NA in NA4.4.12.1a)"),
  aliases: z.array(z.string()).describe('Other names input files use for the city'),
});
export type City = z.infer<typeof City>;

export const TargetGroup = z.object({
  code: z
    .string()
    .regex(/^[a-z-]+$/)
    .describe('Target-group code (used in the destinatari column)'),
  name: bilingual('Short name (Italian)', 'Short name (English working translation)'),
  objectives: z.array(ObjectiveCode).min(1).describe('Specific objectives whose text names the group'),
  fromText: z.string().min(1).describe("The programme's own words for the group (Italian)"),
});
export type TargetGroup = z.infer<typeof TargetGroup>;

export const Reference = z.object({
  objectives: z.array(Objective).length(3),
  actions: z.array(Action).length(5),
  cities: z.array(City).length(14),
  targetGroups: z.array(TargetGroup).length(17),
});
export type Reference = z.infer<typeof Reference>;
