// A beneficiary of Priority 4 operations, as one entity across files and rows: identified by its tax
// code (or, without one, by its name written any way). Natural persons are never named: art. 49(3)
// of Reg. (EU) 2021/1060 publishes legal entities only, and the GDPR forbids more. They are one
// record together, with neither name nor tax code.
import { z } from 'astro/zod';

export const NATURAL_PERSON_LABEL = 'Persona fisica';
export const NATURAL_PERSONS_ID = 'persone-fisiche';

export const BeneficiaryId = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .describe('Stable URL slug of the beneficiary (from its tax code, or its name)');

export const BENEFICIARY_KINDS = ['legal', 'natural'] as const;
export const BeneficiaryKind = z
  .enum(BENEFICIARY_KINDS)
  .describe(
    "'legal': a legal entity (company, public body, association); 'natural': natural persons, counted together and never named",
  );

export const Beneficiary = z.object({
  id: BeneficiaryId,
  name: z
    .string()
    .min(1)
    .nullable()
    .describe("The entity's name as most often written in the input; null for natural persons"),
  taxCode: z
    .string()
    .nullable()
    .describe('Tax code (codice fiscale / partita IVA); null when not given, and always for natural persons'),
  kind: BeneficiaryKind,
  projects: z.array(z.string().min(1)).min(1).describe('Codes of its operations (projects.code)'),
});
export type Beneficiary = z.infer<typeof Beneficiary>;
