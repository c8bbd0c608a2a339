// Where a record came from: every published record can be traced back to a file and a row.
import { z } from 'astro/zod';

export const FILE_KINDS = [
  'allocations',
  'projects',
  'opencoesione',
  'operations',
  'indicators',
  'opencoesione-indicators',
] as const;
export const FileKind = z
  .enum(FILE_KINDS)
  .describe(
    "Kind of input file, told apart by its header: allocations, projects (our format), opencoesione (OpenCoesione's project export), " +
      'operations (the official list of operations, Reg. 2021/1060 art. 49(3)), indicators (our format), opencoesione-indicators',
  );
export type FileKind = z.infer<typeof FileKind>;

export const SourceRef = z
  .object({
    file: z.string().min(1).describe('Input file name'),
    row: z
      .number()
      .int()
      .min(2)
      .describe('Row of the record in the input file as a spreadsheet shows it (header = row 1)'),
  })
  .describe('Input file and row the record was read from');
export type SourceRef = z.infer<typeof SourceRef>;
