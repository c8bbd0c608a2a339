// One hand-made project, allocation and meta for unit tests, with defaults to override: the
// release tests (src/releases.test.ts, src/lib/model/releases.test.ts) and the explorer's download
// test build their data from these.
import type { Allocation, Meta, Project } from '../../src/lib/schema/index.ts';

/** A demonstration meta of a release at `date`, with no sources or files. */
export function testMeta(date: string | null): Meta {
  return {
    referenceDate: date,
    demonstration: true,
    demonstrationNote: null,
    sources: [],
    files: [],
    counts: { allocations: 0, projects: 0, beneficiaries: 0, naturalPersons: 0, indicators: 0 },
  };
}

/** A project of Napoli under action 4.4.8.1, its id the code in lower case; `over` changes any field. */
export function testProject(code: string, over: Partial<Project> = {}): Project {
  return {
    id: code.toLowerCase(),
    code,
    cup: null,
    title: `Progetto ${code}`,
    description: null,
    city: '063049',
    objective: 'ESO4.8',
    action: '4.4.8.1',
    actionSource: 'input',
    beneficiary: 'Ente (fittizio)',
    beneficiaryTaxCode: null,
    beneficiaries: ['ente-fittizio'],
    targetGroups: ['giovani'],
    cost: 100_000,
    eligibleCost: null,
    euFunding: null,
    commitments: 50_000,
    payments: 10_000,
    startDate: null,
    plannedEndDate: null,
    actualEndDate: null,
    status: 'In corso',
    interventionCategory: null,
    lat: null,
    lon: null,
    updatedAt: null,
    ocLink: null,
    flags: [],
    sourceKind: 'projects',
    source: { file: 'p.csv', row: 2 },
    ...over,
  };
}

/** The allocation of action 4.4.8.1 in a city (Napoli unless said), all of it EU money, in cents. */
export function testAllocation(total: number, city = '063049'): Allocation {
  return {
    city,
    action: '4.4.8.1',
    objective: 'ESO4.8',
    eu: total,
    national: 0,
    total,
    referenceDate: null,
    source: { file: 'd.csv', row: 2 },
  };
}
