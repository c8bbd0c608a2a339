// Synthetic explorer rows for tests: a seeded list of any size (the "50,000 projects" speed
// checks of filter.test.ts and charts.test.ts), and one row with defaults to override.
import { makeRow, type Row } from '../../src/lib/explorer/compact.ts';

export type RowSpec = Partial<Omit<Row, 'fv' | 'text'>> & { id: string };

export function testRow(p: RowSpec): Row {
  return makeRow({
    code: p.id.toUpperCase(),
    title: `Progetto ${p.id}`,
    city: 'napoli',
    objective: 'ESO4.8',
    action: '4.4.8.1',
    targetGroups: ['giovani'],
    status: 'In corso',
    cost: 100_000,
    payments: 10_000,
    commitments: 50_000,
    startDate: '2024-01-10',
    flags: [],
    beneficiary: 'Comune',
    demonstration: true,
    indicators: ['EECO01'],
    ...p,
  });
}

export const SYNTHETIC_CITIES = [
  'napoli',
  'bari',
  'roma',
  'milano',
  'torino',
  'genova',
  'venezia',
  'bologna',
  'firenze',
  'catania',
  'palermo',
  'messina',
  'reggio-calabria',
  'cagliari',
];

/**
 * `n` rows spread over the cities, actions (one in six not classified), statuses, groups, years and flags, from a fixed
 * seed.
 */
export function syntheticRows(n: number): Row[] {
  const groups = ['giovani', 'donne', 'anziani', 'migranti', 'senza-dimora', 'famiglie-vulnerabili'];
  const acts = ['4.4.8.1', '4.4.8.2', '4.4.11.1', '4.4.11.2', '4.4.12.1', null];
  const statuses = ['Non avviato', 'In corso', 'Concluso', 'Liquidato', null];
  let seed = 42;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const big: Row[] = [];
  for (let i = 0; i < n; i++) {
    const action = pick(acts);
    big.push(
      testRow({
        id: `p-${i}`,
        city: pick(SYNTHETIC_CITIES),
        action,
        objective: action ? `ESO4.${action.split('.')[2]}` : 'ESO4.8',
        targetGroups: action ? [pick(groups), pick(groups)] : null,
        status: pick(statuses),
        cost: Math.round(rnd() * 5e8),
        payments: rnd() < 0.1 ? null : Math.round(rnd() * 1e8),
        startDate: rnd() < 0.05 ? null : `${2022 + Math.floor(rnd() * 5)}-0${1 + Math.floor(rnd() * 9)}-15`,
        flags: rnd() < 0.1 ? ['cup-missing'] : [],
        title: `Intervento ${i} servizi sociali`,
      }),
    );
  }
  return big;
}
