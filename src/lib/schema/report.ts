// report.json: what the importer did with each input file. A public contract
// (README, "The importer", report.json); keep its shape.
import { z } from 'astro/zod';
import { FileKind } from './source.ts';

export const FileReport = z.object({
  file: z.string().describe('Input file name'),
  kind: FileKind.nullable().describe('Kind of file told from its header; null when it matched none'),
  encoding: z.string().nullable().describe('Detected text encoding (utf-8, windows-1252)'),
  delimiter: z.enum([';', ',']).nullable().describe('Detected delimiter'),
  rows: z.number().int().nonnegative().describe('Data rows read (header and blank lines excluded)'),
  imported: z.number().int().nonnegative().describe('Rows imported'),
  skipped: z.number().int().nonnegative().describe('Valid rows out of scope (another programme or priority)'),
  rejected: z.number().int().nonnegative().describe('Rows with at least one error'),
});
export type FileReport = z.infer<typeof FileReport>;

export const Issue = z.object({
  file: z.string().describe('Input file name'),
  row: z
    .number()
    .int()
    .positive()
    .nullable()
    .describe('Spreadsheet row (header = row 1); null for a whole-file problem'),
  column: z
    .string()
    .nullable()
    .describe('Column name as written in the file; null for a whole-row or whole-file problem'),
  message: z.string().describe('What is wrong, in plain words'),
});
export type Issue = z.infer<typeof Issue>;

export const Report = z.object({
  ok: z.boolean().describe('True when there is no error'),
  files: z.array(FileReport),
  errors: z.array(Issue),
  warnings: z.array(Issue),
  omitted: z
    .object({
      errors: z.number().int().nonnegative(),
      warnings: z.number().int().nonnegative(),
    })
    .describe('Errors and warnings counted but not listed (the report lists at most 1000 of each per file)'),
});
export type Report = z.infer<typeof Report>;
