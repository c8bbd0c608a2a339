// Field rules shared by the project's own format and OpenCoesione rows.
import { ACTION_CODES, STATUSES, type ActionCode, type Status } from '../schema/index.ts';
import { CUP_PATTERN } from '../schema/project.ts';
import { fold } from './text.ts';

export function parseAction(raw: string): ActionCode | null {
  const s = raw
    .trim()
    .replace(/^azione\s*/i, '')
    .replace(/\.$/, '');
  return (ACTION_CODES as readonly string[]).includes(s) ? (s as ActionCode) : null;
}

export function parseStatus(raw: string): Status | null {
  const f = fold(raw);
  return STATUSES.find((s) => fold(s) === f) ?? null;
}

export function cupProblem(cup: string | null): 'cup-missing' | 'cup-malformed' | null {
  if (cup === null) return 'cup-missing';
  return CUP_PATTERN.test(cup) ? null : 'cup-malformed';
}

/** Italy's bounding box, islands included (Lampedusa to Vetta d'Italia, Bardonecchia to Otranto). */
export const ITALY_BOX = { latMin: 35.2, latMax: 47.1, lonMin: 6.6, lonMax: 18.6 } as const;
