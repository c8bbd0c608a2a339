// The money funnel: allocated -> committed -> paid.
// - allocated: the resources assigned to a city/action in the allocations input (dotazione);
// - cost: the total public cost of the projects selected so far;
// - committed: legally binding commitments reported on the projects (impegni);
// - paid: payments reported on the projects (pagamenti).
// Projects that do not report commitments or payments are counted, never guessed.

export type Funnel = {
  /** Allocated resources, cents; null where no allocation applies (a project, a target group). */
  allocated: number | null;
  cost: number;
  committed: number;
  paid: number;
  projects: number;
  /** Projects without a commitments figure. */
  missingCommitments: number;
  /** Projects without a payments figure. */
  missingPayments: number;
};

export type FunnelProject = { cost: number; commitments: number | null; payments: number | null };

export function emptyFunnel(allocated: number | null = null): Funnel {
  return { allocated, cost: 0, committed: 0, paid: 0, projects: 0, missingCommitments: 0, missingPayments: 0 };
}

/** Adds one project to a funnel in place (used when grouping in a single pass). */
export function addToFunnel(f: Funnel, p: FunnelProject): Funnel {
  f.projects++;
  f.cost += p.cost;
  if (p.commitments === null) f.missingCommitments++;
  else f.committed += p.commitments;
  if (p.payments === null) f.missingPayments++;
  else f.paid += p.payments;
  return f;
}

export function funnelOf(projects: Iterable<FunnelProject>, allocated: number | null = null): Funnel {
  const f = emptyFunnel(allocated);
  for (const p of projects) addToFunnel(f, p);
  return f;
}

/** The funnel's steps in order, with each one's share of the first step that has a base. */
export type FunnelStep = {
  key: 'allocated' | 'cost' | 'committed' | 'paid';
  cents: number;
  shareOfBase: number | null;
};

export function funnelSteps(f: Funnel, withCost = false): FunnelStep[] {
  const base = f.allocated ?? f.cost;
  const rate = (c: number) => (base > 0 ? c / base : null);
  const steps: FunnelStep[] = [];
  if (f.allocated !== null) steps.push({ key: 'allocated', cents: f.allocated, shareOfBase: rate(f.allocated) });
  if (withCost || f.allocated === null) steps.push({ key: 'cost', cents: f.cost, shareOfBase: rate(f.cost) });
  steps.push({ key: 'committed', cents: f.committed, shareOfBase: rate(f.committed) });
  steps.push({ key: 'paid', cents: f.paid, shareOfBase: rate(f.paid) });
  return steps;
}
