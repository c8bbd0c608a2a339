// The explorer's state and its URL. The query string is short, readable and the SAME in both
// languages: parameter names are fixed Italian codes and every value is a code from the data
// (city slug, objective code, action code, target-group code, status slug, flag code, year),
// never a translated word. A link made on /progetti/ opens the same view on /en/projects/.
//
//   citta=napoli,bari          cities, by slug (multi: comma list)
//   ob=ESO4.8                  specific objectives, by code
//   az=4.4.8.1,nc              actions; `nc` = not classified (OpenCoesione rows, action null)
//   dest=giovani,nc            target groups; `nc` = none given (OpenCoesione rows)
//   stato=in-corso,nd          status: non-avviato, in-corso, concluso, liquidato; `nd` = not available
//   costo=100000-500000        total cost range in whole euro, min-max; either side may be empty
//                              (`100000-` = at least, `-500000` = at most)
//   anno=2024,nd               start year; `nd` = no start date
//   qualita=cup-missing        data-quality flags (a project matches if it carries any of them)
//   ind=EECO01,nd              indicators the project reports, by code (any unit); `nd` = none
//   q=mensa                    free text in title, code or beneficiary
//   ord=-costo                 sort: costo | pagato | data | titolo, `-` = descending (default -costo)
//   pag=2                      page, from 1 (default 1)
//
// Within one parameter values are alternatives (OR); different parameters all apply (AND).
// Parameters are written in the order above, values sorted, defaults left out, so one view has one
// URL. Unknown parameters, malformed values and (given a domain) values the data does not know are
// dropped silently: a hand-edited or outdated link never breaks the page.

// Each key is the field's `explorer` key in schema/project-fields.ts (kept in explorer-keys.ts).
import { EXPLORER_KEYS as K } from '../schema/explorer-keys.ts';

export const FACETS = [
  K.city,
  K.objective,
  K.action,
  K.targetGroups,
  K.status,
  K.startDate,
  K.flags,
  K.indicators,
] as const;
export type Facet = (typeof FACETS)[number];

/** Sorts: by cost, payments, start date (`data`, the date itself rather than its year) or title. */
export const SORT_KEYS = [K.cost, K.payments, 'data', K.title] as const;
/** The cost range's key. */
export const COST_KEY = K.cost;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = { key: SortKey; desc: boolean };

/** Code for "not classified" (action or target groups null in the source). */
export const NOT_CLASSIFIED = 'nc';
/** Code for "not available" (status or start date null, no indicator reported). */
export const NOT_AVAILABLE = 'nd';

export type CostRange = { min: number | null; max: number | null };

export type State = {
  /** Selected codes per facet, sorted, no duplicates; an empty list means no filter. */
  facets: Record<Facet, string[]>;
  cost: CostRange;
  q: string;
  sort: Sort;
  page: number;
};

export const DEFAULT_SORT: Sort = { key: 'costo', desc: true };
export const MAX_Q = 100;

/** Which values each facet accepts (from the data); without it, any well-formed code passes. */
export type Domain = Partial<Record<Facet, ReadonlySet<string>>>;

export function emptyState(): State {
  return {
    facets: { citta: [], ob: [], az: [], dest: [], stato: [], anno: [], qualita: [], ind: [] },
    cost: { min: null, max: null },
    q: '',
    sort: { ...DEFAULT_SORT },
    page: 1,
  };
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9.-]{0,39}$/;
const YEAR = /^(19|20)\d\d$/;
const MAX_VALUES = 60;

function validValue(facet: Facet, v: string): boolean {
  if (facet === 'anno') return YEAR.test(v) || v === NOT_AVAILABLE;
  return CODE.test(v);
}

function decode(s: string): string | null {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** A cost range `min-max` in whole euro; null when malformed. */
export function parseCost(v: string): CostRange | null {
  const m = /^(\d{1,13})?-(\d{1,13})?$/.exec(v);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  let min = m[1] === undefined ? null : Number(m[1]);
  let max = m[2] === undefined ? null : Number(m[2]);
  if (min !== null && max !== null && min > max) [min, max] = [max, min];
  return { min, max };
}

export function formatCost(c: CostRange): string {
  return c.min === null && c.max === null ? '' : `${c.min ?? ''}-${c.max ?? ''}`;
}

/** The state a query string (`?a=b&c=d`, with or without `?`) describes. Never throws. */
export function parseQuery(search: string, domain: Domain = {}): State {
  const st = emptyState();
  const raw = search.startsWith('?') ? search.slice(1) : search;
  if (raw.length > 4000) return st;
  for (const part of raw.split('&')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = decode(part.slice(0, eq));
    const value = decode(part.slice(eq + 1));
    if (name === null || value === null) continue;
    if ((FACETS as readonly string[]).includes(name)) {
      const facet = name as Facet;
      const allowed = domain[facet];
      const values = value
        .split(',')
        .map((v) => v.trim())
        .filter((v) => validValue(facet, v) && (!allowed || allowed.has(v)));
      st.facets[facet] = sortedUnique([...st.facets[facet], ...values]).slice(0, MAX_VALUES);
    } else if (name === COST_KEY) {
      st.cost = parseCost(value) ?? st.cost;
    } else if (name === 'q') {
      st.q = value.trim().slice(0, MAX_Q);
    } else if (name === 'ord') {
      const desc = value.startsWith('-');
      const key = desc ? value.slice(1) : value;
      if ((SORT_KEYS as readonly string[]).includes(key)) st.sort = { key: key as SortKey, desc };
    } else if (name === 'pag') {
      if (/^\d{1,6}$/.test(value) && Number(value) >= 1) st.page = Number(value);
    }
  }
  return st;
}

/** The canonical query string of a state, with `?`, or '' for the default view. */
export function toQuery(st: State): string {
  const parts: string[] = [];
  for (const f of FACETS.slice(0, 5))
    if (st.facets[f].length) parts.push(`${f}=${sortedUnique(st.facets[f]).join(',')}`);
  const cost = formatCost(st.cost);
  if (cost) parts.push(`${COST_KEY}=${cost}`);
  for (const f of FACETS.slice(5)) if (st.facets[f].length) parts.push(`${f}=${sortedUnique(st.facets[f]).join(',')}`);
  const q = st.q.trim();
  if (q) parts.push(`q=${encodeURIComponent(q).replace(/%20/g, '+')}`);
  if (st.sort.key !== DEFAULT_SORT.key || st.sort.desc !== DEFAULT_SORT.desc)
    parts.push(`ord=${st.sort.desc ? '-' : ''}${st.sort.key}`);
  if (st.page > 1) parts.push(`pag=${st.page}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** Status labels (OpenCoesione's, Italian) <-> URL slugs. */
export function statusSlug(status: string | null): string {
  return status === null ? NOT_AVAILABLE : status.toLowerCase().replace(/\s+/g, '-');
}
