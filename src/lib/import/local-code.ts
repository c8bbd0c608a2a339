// The programme's local codes: city initials, then the action code (whose first number is the
// priority), then a suffix: NA4.4.12.1a, RC4.4.8.1.b, BA4.4.11.2-03; Priority 5 rows look like
// BR5.4.11.1a. The scheme is a convention of the programme, kept in data/config/import.json
// (localCode.pattern); where a file has no action column, it is the only place that says the
// action. OpenCoesione's 2021-2027 files may put the CUP first: <CUP>---<local code>.
import { ACTION_CODES, type ActionCode, type City, type ImportConfig, type ObjectiveCode } from '../schema/index.ts';

export type LocalCodeReading =
  | { kind: 'no-match' }
  | { kind: 'other-priority'; priority: number }
  | { kind: 'unknown-city'; initials: string }
  | { kind: 'unknown-action'; action: string }
  | { kind: 'ok'; city: City; action: ActionCode; priority: number };

export type LocalCodeScheme = {
  read(raw: string): LocalCodeReading;
  /** Plain words for messages: the scheme, an example, and where to change it. */
  readonly described: string;
  /** The priority the site covers: a code of another one is out of scope. */
  readonly priority: number;
};

export const LOCAL_CODE_SETTING = 'localCode.pattern in data/config/import.json';

export function localCodeScheme(
  cfg: ImportConfig['localCode'],
  cities: readonly City[],
  priority: number,
): LocalCodeScheme {
  const re = new RegExp(cfg.pattern);
  const byInitials = new Map(cities.map((c) => [c.initials, c]));
  return {
    priority,
    described:
      `city initials, action code and a suffix, e.g. ${cfg.example}; ` +
      `if the programme codes its operations differently, change ${LOCAL_CODE_SETTING}`,
    read(raw) {
      const at = raw.lastIndexOf(cfg.cupSeparator);
      const code = (at === -1 ? raw : raw.slice(at + cfg.cupSeparator.length)).trim();
      const g = code.match(re)?.groups;
      if (!g || g['city'] === undefined || g['action'] === undefined || g['priority'] === undefined)
        return { kind: 'no-match' };
      const p = Number(g['priority']);
      if (p !== priority) return { kind: 'other-priority', priority: p };
      const initials = g['city'].toUpperCase();
      const city = byInitials.get(initials);
      if (!city) return { kind: 'unknown-city', initials };
      const action = g['action'];
      if (!(ACTION_CODES as readonly string[]).includes(action)) return { kind: 'unknown-action', action };
      return { kind: 'ok', city, action: action as ActionCode, priority: p };
    },
  };
}

/**
 * The specific objective a cell names: "ESO4.8", "ESO 4.8", "4.8", "ESO4.8 - Incentivare…".
 * `other` is a code of another objective (RSO2.9, ESO4.1): never one of Priority 4's.
 */
export function objectiveIn(raw: string): { code: ObjectiveCode } | { other: string } | null {
  const m = raw
    .trim()
    .toUpperCase()
    .match(/^(ESO|RSO|OS)?\s*(\d+)\.(\d+)\b/);
  if (!m) return null;
  if (
    m[2] === '4' &&
    (m[3] === '8' || m[3] === '11' || m[3] === '12') &&
    (m[1] === undefined || m[1] === 'ESO' || m[1] === 'OS')
  ) {
    return { code: `ESO4.${m[3]}` as ObjectiveCode };
  }
  return { other: `${m[1] ?? ''}${m[2]}.${m[3]}` };
}
