// Invented Priority 4 allocations per city and action. Only the total is real (842,06 M€, seed
// text); how it is shared is not published anywhere we know, so it is drawn here, weighted by
// the one public hint (the programme envelope per city of each category of region).
import { ACTION_CODES, type ActionCode } from '../schema/codes.ts';
import { italianOf } from './dates.ts';
import { csvText, euroItalian } from './format.ts';
import { CITIES, ENVELOPE_MEUR, type DemoCity, type RegionCategory } from './places.ts';
import { createRandom } from './random.ts';

/** Priority 4 resources, in cents: 842,06 milioni di euro (seed text; the programme's facts). */
export const PRIORITY_4_TOTAL_CENTS = 84_206_000_000;

export interface DemoAllocation {
  city: DemoCity;
  action: ActionCode;
  totalCents: number;
  euCents: number;
  nationalCents: number;
}

export interface AllocationSet {
  rows: DemoAllocation[];
  /** EU co-financing rate by category of region, shared with the projects' EU funding. */
  euRate: Readonly<Record<RegionCategory, number>>;
}

/** The rough weight of each action in a city's share before seeded variation: services (11.1) and
 *  poverty (12.1) larger, third-sector activation (11.2) and social economy (8.2) smaller. */
const ACTION_WEIGHT: Readonly<Record<ActionCode, number>> = {
  '4.4.8.1': 0.22,
  '4.4.8.2': 0.13,
  '4.4.11.1': 0.3,
  '4.4.11.2': 0.12,
  '4.4.12.1': 0.23,
};

/**
 * Splits `total` whole units in proportion to `weights` so the parts add up exactly: each part
 * gets its floor, and the units left over go to the largest remainders (earlier index on a tie).
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (!(sum > 0)) throw new RangeError('weights must add up to more than zero');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, p) => s + p, 0);
  const order = exact
    .map((x, i) => ({ i, remainder: x - Math.floor(x) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) {
    const slot = order[k] as { i: number };
    parts[slot.i] = (parts[slot.i] ?? 0) + 1;
  }
  return parts;
}

export function generateAllocations(seed: number): AllocationSet {
  const random = createRandom(seed, 'allocations');
  // The EU co-financing rate is capped by category of region (Reg. 2021/1060 art. 112: 85% for
  // LD, 40-50% for MD); Italian national programmes sit below the LD cap, so draw a plausible
  // rate per category within the caps.
  const euRate: Record<RegionCategory, number> = {
    LD: random.pick([0.6, 0.65, 0.7]),
    MD: random.pick([0.4, 0.45, 0.5]),
  };

  const cityWeights = CITIES.map((city) => ENVELOPE_MEUR[city.category] * random.between(0.88, 1.12));
  // Whole euros per city and action: officials' allocations are round to the euro; the EU
  // share then brings back the cents.
  const cityEuros = apportion(PRIORITY_4_TOTAL_CENTS / 100, cityWeights);

  const rows: DemoAllocation[] = [];
  CITIES.forEach((city, c) => {
    const weights = ACTION_CODES.map((action) => ACTION_WEIGHT[action] * random.between(0.7, 1.3));
    const actionEuros = apportion(cityEuros[c] ?? 0, weights);
    ACTION_CODES.forEach((action, a) => {
      const totalCents = (actionEuros[a] ?? 0) * 100;
      const euCents = Math.round(totalCents * euRate[city.category]);
      rows.push({ city, action, totalCents, euCents, nationalCents: totalCents - euCents });
    });
  });
  return { rows, euRate };
}

export const ALLOCATION_COLUMNS = [
  'citta',
  'azione',
  'importo_ue',
  'importo_nazionale',
  'importo_totale',
  'data_riferimento',
] as const;

/**
 * The allocations as an official's Excel would save them ("CSV UTF-8" on Italian Windows): `;`,
 * thousands dots and decimal comma, BOM, CRLF. The city is written sometimes by name, sometimes
 * by ISTAT code, and Reggio di Calabria at least once as "Reggio Calabria", so the importer's
 * city matching is exercised by the bundled data.
 */
export function allocationsCsv(set: AllocationSet, seed: number, referenceDay: number): string {
  const random = createRandom(seed, 'allocations-spelling');
  const rows = set.rows.map((row, i) => {
    const spellings = [row.city.name, row.city.istat, row.city.name.toUpperCase()];
    let citta = random.weighted(spellings, [0.6, 0.3, 0.1]);
    if (row.city.alias !== null && (random.chance(0.4) || i % ACTION_CODES.length === 0)) citta = row.city.alias;
    return [
      citta,
      row.action,
      euroItalian(row.euCents),
      euroItalian(row.nationalCents),
      euroItalian(row.totalCents),
      italianOf(referenceDay),
    ];
  });
  return csvText(ALLOCATION_COLUMNS, rows, { delimiter: ';', newline: '\r\n', bom: true });
}
