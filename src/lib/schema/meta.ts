// meta.json: the provenance of an import. Every page and download that shows the data states
// its sources, reference date, licence and whether it is demonstration data from here.
import { z } from 'astro/zod';
import { IsoDate } from './codes.ts';
import { FileKind } from './source.ts';

export const InputFile = z.object({
  file: z.string().describe('Input file name'),
  kind: FileKind,
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 of the file as received'),
  bytes: z.number().int().nonnegative().describe('Size of the file in bytes'),
  encoding: z.string().nullable().describe('Text encoding of a CSV file; null for an .xlsx workbook'),
  delimiter: z.enum([';', ',']).nullable().describe('Delimiter of a CSV file; null for an .xlsx workbook'),
  rows: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  demonstration: z
    .boolean()
    .describe("True when the file is listed, with this hash, in the input folder's demonstration manifest"),
});
export type InputFile = z.infer<typeof InputFile>;

export const Meta = z.object({
  referenceDate: IsoDate.nullable().describe(
    'Latest date the data refers to (data_riferimento, data_aggiornamento, DATA_AGGIORNAMENTO); null when no file gives one',
  ),
  demonstration: z.boolean().describe('True when any imported file is demonstration data'),
  demonstrationNote: z.string().nullable().describe('How the demonstration data was made, from its manifest'),
  sources: z
    .array(
      z.object({
        name: z.string(),
        url: z.string().url().nullable(),
        licence: z.string().nullable(),
        licenceUrl: z.string().url().nullable(),
      }),
    )
    .describe('Who published the input data and under which licence'),
  files: z.array(InputFile).describe('Every input file imported, in name order'),
  staleAfterDays: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('A record not updated for more than this many days before the reference date is flagged stale'),
  counts: z.object({
    allocations: z.number().int().nonnegative(),
    projects: z.number().int().nonnegative(),
    beneficiaries: z.number().int().nonnegative(),
    naturalPersons: z
      .number()
      .int()
      .nonnegative()
      .describe('Distinct natural persons among the beneficiaries (published together, never named)'),
    indicators: z.number().int().nonnegative(),
  }),
});
export type Meta = z.infer<typeof Meta>;

/** The demonstration manifest that travels beside generated input files (data/input/demonstration.json). */
export const DemoManifest = z.object({
  demonstration: z.literal(true),
  generator: z.string().describe('Script that wrote the files'),
  seed: z.number().int(),
  projects: z.number().int().positive(),
  note: z.string().describe('Plain-words explanation shown on the site'),
  files: z
    .record(z.string(), z.string().regex(/^[0-9a-f]{64}$/))
    .describe('File name -> SHA-256 of each generated file'),
});
export type DemoManifest = z.infer<typeof DemoManifest>;
