// One city's Priority 4 allocation for one action. Source: allocation CSVs ("dotazioni") in the
// input folder; see README, "The importer" (allocations).
import { z } from 'astro/zod';
import { ActionCode, Cents, IsoDate, IstatCode, ObjectiveCode } from './codes.ts';
import { SourceRef } from './source.ts';

export const Allocation = z.object({
  city: IstatCode.describe("ISTAT code of the city (one of Priority 4's 14)"),
  action: ActionCode,
  objective: ObjectiveCode.describe('Specific objective, from the action'),
  eu: Cents.describe('EU share (ESF+), euro cents'),
  national: Cents.describe('National co-financing, euro cents'),
  total: Cents.describe('EU share plus national co-financing, euro cents'),
  referenceDate: IsoDate.nullable().describe('Date the figures refer to, when the file gives it'),
  source: SourceRef,
});
export type Allocation = z.infer<typeof Allocation>;
