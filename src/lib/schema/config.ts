// data/config/import.json: choices the importer must not hard-code, because the sources may
// change them (which OpenCoesione columns carry the priority and objective for 2021-2027).
import { z } from 'astro/zod';

export const ImportConfig = z.object({
  opencoesione: z.object({
    programmeCodes: z.array(z.string()).describe('OC_CODICE_PROGRAMMA values that mean PN Metro Plus'),
    programmeDescription: z
      .string()
      .min(1)
      .describe('Text that, found in OC_DESCRIZIONE_PROGRAMMA (any case), means PN Metro Plus'),
    priority: z.number().int().positive().describe('The priority this site covers'),
    priorityColumn: z.string().min(1).describe('Column holding the priority (axis) code'),
    objectiveColumn: z.string().min(1).describe('Column holding the specific objective'),
    objectiveFallbackColumn: z.string().min(1).describe('Column also searched for an ESO4.x objective code'),
  }),
  localCode: z.object({
    pattern: z
      .string()
      .min(1)
      .refine((p) => {
        try {
          const groups = new RegExp(p).source;
          return ['city', 'action', 'priority'].every((g) => groups.includes(`(?<${g}>`));
        } catch {
          return false;
        }
      }, 'must be a valid regular expression with the named groups city, action and priority')
      .describe(
        "The programme's local-code scheme: city initials, then the action code (whose first number is the priority), then a suffix",
      ),
    example: z.string().min(1).describe('A code that follows the scheme, quoted in error messages'),
    cupSeparator: z
      .string()
      .min(1)
      .describe("What separates a CUP put before the local code (OpenCoesione 2021-2027: '<CUP>---<code>')"),
  }),
  quality: z.object({
    staleAfterDays: z
      .number()
      .int()
      .positive()
      .describe('A record not updated for this many days before the reference date is flagged stale'),
  }),
  report: z.object({
    maxIssuesPerFile: z
      .number()
      .int()
      .positive()
      .describe('Errors (and warnings) listed per file in report.json; the rest are counted'),
  }),
  source: z
    .object({
      name: z.string(),
      url: z.string().url().nullable(),
      licence: z.string().nullable(),
      licenceUrl: z.string().url().nullable(),
    })
    .describe("Who publishes files in the project's own format, and under which licence"),
});
export type ImportConfig = z.infer<typeof ImportConfig>;
