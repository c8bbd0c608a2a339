// The row model of a project (src/lib/model/project-row.ts) made from the site's data: one
// function for every table of projects the pages draw.
import type { Project, SiteData } from '../data.ts';
import { paidShare, type BeneficiaryRef, type ProjectRow } from '../lib/model/project-row.ts';

export type { BeneficiaryRef, ProjectRow };

/** A project's beneficiaries that the data knows by id, each linked, natural persons unnamed. */
export function beneficiaryRefs(site: SiteData, ids: readonly string[]): BeneficiaryRef[] {
  return ids.flatMap((id): BeneficiaryRef[] => {
    const b = site.beneficiaryById.get(id);
    if (!b) return [];
    return b.kind === 'natural' || b.name === null
      ? [{ name: null, route: null }]
      : [{ name: b.name, route: { name: 'beneficiary', id: b.id } }];
  });
}

/**
 * A project as a row. `p` may be a project of an earlier release: it links its page only when
 * the site has it, and a city the reference does not know shows its ISTAT code.
 */
export function projectRow(site: SiteData, p: Project): ProjectRow {
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    route: site.projectById.has(p.id) ? { name: 'project', id: p.id } : null,
    city: site.cityByIstat.get(p.city)?.name ?? p.city,
    action: p.action,
    beneficiary: p.beneficiary,
    beneficiaries: beneficiaryRefs(site, p.beneficiaries),
    cost: p.cost,
    payments: p.payments,
    paidShare: paidShare(p.cost, p.payments),
    status: p.status,
    flags: p.flags,
  };
}

export function projectRows(site: SiteData, projects: readonly Project[]): ProjectRow[] {
  return projects.map((p) => projectRow(site, p));
}
