// The keys of the explorer's URL (src/lib/explorer/state.ts), by the project field each stands
// for. A module of its own so the explorer's browser script takes these few strings and not the
// whole table of sources (project-fields.ts, where each field lists its key beside its columns).
export const EXPLORER_KEYS = {
  title: 'titolo',
  city: 'citta',
  objective: 'ob',
  action: 'az',
  targetGroups: 'dest',
  cost: 'costo',
  payments: 'pagato',
  startDate: 'anno',
  status: 'stato',
  flags: 'qualita',
  /** Not a field of the project record: the codes of the indicators it reports (indicators.json). */
  indicators: 'ind',
} as const;
