// One row of a project table, wherever a project is listed: the tables of the axis, city and
// beneficiary pages (src/components/ProjectTable.astro), the release pages and the explorer's
// rows (src/lib/explorer/compact.ts, drawn in the browser). What a row shows, and nothing else:
// code, title, city, action, beneficiary, money, status, quality flags and where it links.
import type { Route } from '../../routes/table.ts';

/** A beneficiary as a row names it: a legal entity with its page, or a natural person (never named). */
export type BeneficiaryRef = { name: string; route: Route } | { name: null; route: null };

export type ProjectRow = {
  id: string;
  code: string;
  /** Italian text on both sides of the site. */
  title: string;
  /** The project's page; null when the site has none (a project a later release removed). */
  route: Route | null;
  /** The city's name (its ISTAT code when the reference does not know it). */
  city: string;
  /** The action's code; null: not classified. */
  action: string | null;
  /** The beneficiary as imported (several joined with '; '), shown when none is known by its id. */
  beneficiary: string;
  beneficiaries: readonly BeneficiaryRef[];
  /** Total cost, euro cents. */
  cost: number;
  /** Payments to date, euro cents; null: not available. */
  payments: number | null;
  /** Payments over cost; null when either is missing or the cost is zero. */
  paidShare: number | null;
  /** OpenCoesione's status label (Status), or null: not available. */
  status: string | null;
  /** Data-quality flags of the record. */
  flags: readonly string[];
};

/** payments / cost, or null (no payments figure, or no cost to divide by). */
export function paidShare(cost: number, payments: number | null): number | null {
  return payments === null || !(cost > 0) ? null : payments / cost;
}
