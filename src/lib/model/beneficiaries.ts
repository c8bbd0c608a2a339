// What each beneficiary received: its projects, their money (the funnel), and that money by city
// and by action. A project with several beneficiaries counts in full for each of them (the data
// does not say how they share it), so beneficiaries' totals may add up to more than the
// priority's; shares of the whole count each project once.
import type { Beneficiary, Project } from '../schema/index.ts';
import { addToFunnel, emptyFunnel, type Funnel } from './funnel.ts';

export type BeneficiarySummary = {
  beneficiary: Beneficiary;
  funnel: Funnel;
  /** Its projects, largest cost first (ties by code). */
  projects: Project[];
  /** Funnels by city (ISTAT code) and by action (null: not classified). */
  byCity: Map<string, Funnel>;
  byAction: Map<string | null, Funnel>;
};

const byCostDesc = (a: Project, b: Project) => b.cost - a.cost || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** One summary per beneficiary, in the order of `beneficiaries`. */
export function beneficiarySummaries(
  beneficiaries: readonly Beneficiary[],
  projects: readonly Project[],
): BeneficiarySummary[] {
  const byCode = new Map(projects.map((p) => [p.code, p]));
  return beneficiaries.map((b) => {
    const own = b.projects
      .map((c) => byCode.get(c))
      .filter((p): p is Project => p !== undefined)
      .sort(byCostDesc);
    const funnel = emptyFunnel();
    const byCity = new Map<string, Funnel>();
    const byAction = new Map<string | null, Funnel>();
    for (const p of own) {
      addToFunnel(funnel, p);
      addToFunnel(byCity.get(p.city) ?? byCity.set(p.city, emptyFunnel()).get(p.city)!, p);
      addToFunnel(byAction.get(p.action) ?? byAction.set(p.action, emptyFunnel()).get(p.action)!, p);
    }
    return { beneficiary: b, funnel, projects: own, byCity, byAction };
  });
}

/** Summaries ranked by cost, largest first (ties by id). */
export function rankByCost(summaries: readonly BeneficiarySummary[]): BeneficiarySummary[] {
  return [...summaries].sort((a, b) => b.funnel.cost - a.funnel.cost || (a.beneficiary.id < b.beneficiary.id ? -1 : 1));
}

/**
 * Share of all projects' cost held by the first `n` legal entities of a ranking: the cost of the
 * projects that any of them carries, each project counted once, over the cost of every project.
 */
export function topShare(ranked: readonly BeneficiarySummary[], projects: readonly Project[], n = 10): number | null {
  const total = projects.reduce((s, p) => s + p.cost, 0);
  if (total === 0) return null;
  const held = new Set<Project>();
  for (const s of ranked.filter((r) => r.beneficiary.kind === 'legal').slice(0, n))
    for (const p of s.projects) held.add(p);
  let cents = 0;
  for (const p of held) cents += p.cost;
  return cents / total;
}
