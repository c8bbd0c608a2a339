// Makes the demonstration's beneficiaries show what real lists hold: a few entities that work in
// several cities, the same entity written two ways (capitals), and natural persons (sole traders
// and professionals), whose invented names and tax codes the importer must keep off the site. Drawn
// from a random stream of its own, after the projects, so the rest of the dataset is unchanged.
import type { ProjectPlan } from './projects.ts';
import { createRandom } from './random.ts';

/** Entities active in several cities: shaped like a company's codice fiscale, in the 99 range no real one uses. */
const NETWORKS = [
  { name: 'Consorzio nazionale Esempio Rete Solidale (fittizio)', taxCode: '99100000017' },
  { name: 'Fondazione Dimostrativa Casa per Tutti (fittizia)', taxCode: '99100000025' },
  { name: 'Associazione nazionale Modello Passi Comuni (fittizia)', taxCode: '99100000033' },
] as const;

const FIRST_NAMES = ['Marco', 'Giulia', 'Luca', 'Sara', 'Paolo', 'Anna', 'Davide', 'Elena'] as const;
const SURNAMES = ['Inventato', 'Immaginario', 'Ipotetico', 'Supposto'] as const;
const MONTHS = 'ABCDEHLMPRST';

/** A personal codice fiscale in form only: the place code Z999 belongs to no municipality or country. */
function personalCode(first: string, surname: string, year: number, month: number, day: number, check: string): string {
  const consonants = (s: string) => s.toUpperCase().replace(/[^B-DF-HJ-NP-TV-Z]/g, '');
  const vowels = (s: string) => s.toUpperCase().replace(/[^AEIOU]/g, '');
  const three = (s: string) => (consonants(s) + vowels(s) + 'XXX').slice(0, 3);
  return `${three(surname)}${three(first)}${String(year % 100).padStart(2, '0')}${MONTHS[month]}${String(day).padStart(2, '0')}Z999${check}`;
}

export type NaturalPerson = { name: string; taxCode: string };

/** The invented natural persons of a seed: the importer must publish neither their names nor their codes. */
export function naturalPersons(seed: number): NaturalPerson[] {
  const random = createRandom(seed, 'natural-persons');
  return FIRST_NAMES.map((first, i) => {
    const surname = SURNAMES[i % SURNAMES.length]!;
    const female = ['Giulia', 'Sara', 'Anna', 'Elena'].includes(first);
    const day = random.int(1, 28) + (female ? 40 : 0);
    const taxCode = personalCode(
      first,
      surname,
      random.int(1960, 1999),
      random.int(0, 11),
      day,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[random.int(0, 25)]!,
    );
    return { name: `${first} ${surname} (${female ? 'fittizia' : 'fittizio'})`, taxCode };
  });
}

/** Rewrites some plans' beneficiaries in place; municipalities stay their own beneficiaries. */
export function diversifyBeneficiaries(plans: ProjectPlan[], seed: number): void {
  const random = createRandom(seed, 'beneficiaries');
  const candidates = random.shuffle(plans.map((_, i) => i).filter((i) => plans[i]!.beneficiary.taxCode !== null));
  const take = (n: number, eligible: (p: ProjectPlan) => boolean = () => true): ProjectPlan[] => {
    const out: ProjectPlan[] = [];
    while (out.length < n && candidates.length > 0) {
      const i = candidates.findIndex((k) => eligible(plans[k]!));
      if (i === -1) break;
      out.push(plans[candidates.splice(i, 1)[0]!]!);
    }
    return out;
  };
  const share = (x: number) => Math.max(1, Math.round(plans.length * x));
  // Networks: about 3% of the projects, spread over the cities.
  take(share(0.03)).forEach((plan, k) => {
    plan.beneficiary = { ...NETWORKS[k % NETWORKS.length]! };
  });
  // Natural persons: self-employment and work grants (action 4.4.8.1), under 1% of the projects.
  const persons = naturalPersons(seed);
  take(Math.min(persons.length, share(0.008)), (p) => p.action === '4.4.8.1').forEach((plan, k) => {
    plan.beneficiary = { ...persons[k]! };
  });
  // The same entity in capitals on some rows: the tax code tells it is the same.
  for (const plan of take(share(0.02)))
    plan.beneficiary = { ...plan.beneficiary, name: plan.beneficiary.name.toUpperCase() };
}
