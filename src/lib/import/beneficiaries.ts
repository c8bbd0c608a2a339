// Beneficiaries as entities. A row names one or more (OpenCoesione joins them with ':::'); each is
// a legal entity, identified by its tax code, or a natural person, who is never published: art.
// 49(3) of Reg. (EU) 2021/1060 names legal entities only, and the GDPR forbids more. A natural
// person is told by a 16-character personal codice fiscale, OpenCoesione's mask '*CODICE FISCALE*',
// or a legal-form code 1.1.x (individual entrepreneurs and professionals). Their name and tax code
// are dropped here, before anything else sees them, and never quoted in a message.
import { NATURAL_PERSON_LABEL, NATURAL_PERSONS_ID, type Beneficiary } from '../schema/index.ts';
import { cmp } from './report.ts';
import type { Row } from './row.ts';
import { fold, slugify } from './text.ts';

const MULTI = ':::';

/** One beneficiary of one row. A natural person's name and tax code are never kept. */
export type Party =
  { kind: 'legal'; name: string | null; taxCode: string | null } | { kind: 'natural'; key: string | null };

export type PartyColumns = { name: string; taxCode: string; legalForm?: string };

const PERSONAL_CODE = /^[A-Z0-9]{16}$/;
/** OpenCoesione masks a person's code as *CODICE FISCALE*: any asterisk is a mask. */
const MASK = /\*/;
const NATURAL_FORM = /^1\.1(\.|$)/;

function split(cell: string): string[] {
  return cell.split(MULTI).map((s) => s.trim());
}

/**
 * The beneficiaries of a row. Errors name the column, never a natural person's data. Returns null
 * (with an error) when the row names none.
 */
export function readParties(r: Row, cols: PartyColumns): Party[] | null {
  const names = split(r.raw(cols.name));
  const codes = split(r.raw(cols.taxCode)).map((c) => c.toUpperCase().replace(/[\s.]/g, ''));
  const forms = cols.legalForm ? split(r.raw(cols.legalForm)) : [];
  const n = Math.max(
    names.filter(Boolean).length > 0 ? names.length : 0,
    codes.filter(Boolean).length > 0 ? codes.length : 0,
  );
  if (n === 0) {
    r.error(cols.name, `${r.cols.label(cols.name)} is empty: it is required`);
    return null;
  }
  const isNatural = (i: number) =>
    PERSONAL_CODE.test(codes[i] ?? '') || MASK.test(codes[i] ?? '') || NATURAL_FORM.test(forms[i] ?? '');
  const anyNatural =
    Array.from({ length: n }, (_, i) => isNatural(i)).some(Boolean) ||
    codes.some((c) => MASK.test(c) || PERSONAL_CODE.test(c));
  // Names and tax codes that do not pair up cannot be told apart: if any is a person's, all are kept back.
  const paired =
    (names.length === codes.length || codes.every((c) => c === '') || names.every((s) => s === '')) &&
    (forms.length === 0 || forms.length === n || forms.every((f) => f === ''));
  if (anyNatural && !paired) {
    r.warn(
      cols.name,
      'the beneficiaries and their tax codes do not pair up and one is a natural person: all are published as natural persons',
    );
    return Array.from({ length: n }, () => ({ kind: 'natural' as const, key: null }));
  }
  if (!paired)
    r.warn(
      cols.taxCode,
      `${n} beneficiaries but the names and tax codes do not pair up: they are matched in the order written`,
    );

  // Legal entities' names are cleaned (with warnings that may quote them) only when no person is in the row.
  const cleaned = anyNatural ? names.map((s) => r.clean(s)) : split(r.text(cols.name) ?? '');
  const parties: Party[] = [];
  for (let i = 0; i < n; i++) {
    if (isNatural(i)) {
      const code = codes[i] ?? '';
      parties.push({ kind: 'natural', key: PERSONAL_CODE.test(code) ? code : null });
      continue;
    }
    let taxCode = codes[i] || null;
    if (taxCode !== null) {
      const it = taxCode.match(/^IT(\d{11})$/);
      if (it) taxCode = it[1]!;
      else if (/^\d{7,10}$/.test(taxCode)) {
        r.warn(
          cols.taxCode,
          `the tax code ${taxCode} has lost its leading zeros (read as ${taxCode.padStart(11, '0')}); format the column as text`,
        );
        taxCode = taxCode.padStart(11, '0');
      }
    }
    const name = cleaned[i] || null;
    if (name === null && taxCode === null) continue;
    parties.push({ kind: 'legal', name, taxCode });
  }
  if (parties.length === 0) {
    r.error(cols.name, `${r.cols.label(cols.name)} is empty: it is required`);
    return null;
  }
  return parties;
}

/** The beneficiary as a project shows it: names joined with '; ', natural persons as a label. */
export function partiesLabel(parties: readonly Party[]): { name: string; taxCode: string | null } {
  const name = parties.map((p) => (p.kind === 'natural' ? NATURAL_PERSON_LABEL : (p.name ?? p.taxCode))).join('; ');
  const codes = parties.flatMap((p) => (p.kind === 'legal' && p.taxCode !== null ? [p.taxCode] : []));
  return { name, taxCode: codes.length > 0 ? codes.join('; ') : null };
}

/** "Comune di Napoli ", "COMUNE DI NAPOLI" and "Comune di Napoli." are one name. */
function nameKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type Entity = { key: string; taxCode: string | null; spellings: Map<string, number>; projects: Set<string> };

export type Registry = {
  beneficiaries: Beneficiary[];
  /** Project code -> its beneficiaries' ids, in the row's order. */
  idsOf: Map<string, string[]>;
  /** Distinct natural persons (by tax code; one each where the code is masked), and their projects. */
  naturalPersons: number;
  naturalProjects: number;
};

/**
 * One record per entity: by tax code; without one, by its name written any way, joined to the one
 * entity with a tax code that is written the same, if there is exactly one. Natural persons are
 * one record together, with neither name nor tax code.
 */
export function registerBeneficiaries(projects: ReadonlyArray<{ code: string; parties: readonly Party[] }>): Registry {
  const byCode = new Map<string, Entity>();
  const byName = new Map<string, Entity>();
  const natural = { persons: new Set<string>(), masked: 0, projects: new Set<string>() };
  const entity = (map: Map<string, Entity>, key: string, taxCode: string | null) => {
    let e = map.get(key);
    if (!e) map.set(key, (e = { key, taxCode, spellings: new Map(), projects: new Set() }));
    return e;
  };
  const nameless: Array<{ code: string; name: string }> = [];
  for (const p of projects) {
    for (const party of p.parties) {
      if (party.kind === 'natural') {
        if (party.key === null) natural.masked++;
        else natural.persons.add(party.key);
        natural.projects.add(p.code);
      } else if (party.taxCode !== null) {
        const e = entity(byCode, party.taxCode, party.taxCode);
        e.projects.add(p.code);
        if (party.name !== null) e.spellings.set(party.name, (e.spellings.get(party.name) ?? 0) + 1);
      } else if (party.name !== null) nameless.push({ code: p.code, name: party.name });
    }
  }
  // A name without a tax code joins the one entity whose tax code comes with that name.
  const coded = new Map<string, Entity[]>();
  for (const e of byCode.values()) {
    for (const key of new Set([...e.spellings.keys()].map(nameKey))) coded.set(key, [...(coded.get(key) ?? []), e]);
  }
  for (const { code, name } of nameless) {
    const key = nameKey(name);
    const same = coded.get(key);
    const e = same?.length === 1 ? same[0]! : entity(byName, key, null);
    e.projects.add(code);
    e.spellings.set(name, (e.spellings.get(name) ?? 0) + 1);
  }

  const ids = new Set<string>([NATURAL_PERSONS_ID]);
  const idOf = new Map<Entity, string>();
  const all = [...byCode.values(), ...byName.values()].sort((a, b) =>
    cmp(a.taxCode === null ? `~${a.key}` : a.key, b.taxCode === null ? `~${b.key}` : b.key),
  );
  const records: Beneficiary[] = all.map((e) => {
    const name = preferredSpelling(e.spellings);
    const base = slugify(e.taxCode ?? name ?? e.key);
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    idOf.set(e, id);
    return { id, name: name ?? e.taxCode, taxCode: e.taxCode, kind: 'legal', projects: [...e.projects].sort(cmp) };
  });
  if (natural.projects.size > 0) {
    records.push({
      id: NATURAL_PERSONS_ID,
      name: null,
      taxCode: null,
      kind: 'natural',
      projects: [...natural.projects].sort(cmp),
    });
  }
  records.sort((a, b) => cmp(a.id, b.id));

  const idsOf = new Map<string, string[]>();
  for (const p of projects) {
    const list: string[] = [];
    for (const party of p.parties) {
      let id: string;
      if (party.kind === 'natural') id = NATURAL_PERSONS_ID;
      else if (party.taxCode !== null) id = idOf.get(byCode.get(party.taxCode)!)!;
      else {
        const key = nameKey(party.name!);
        const same = coded.get(key);
        id = idOf.get(same?.length === 1 ? same[0]! : byName.get(key)!)!;
      }
      if (!list.includes(id)) list.push(id);
    }
    idsOf.set(p.code, list);
  }
  return {
    beneficiaries: records,
    idsOf,
    naturalPersons: natural.persons.size + natural.masked,
    naturalProjects: natural.projects.size,
  };
}

/** The most frequent spelling; on a tie, one not all in capitals, then the first in code order. */
function preferredSpelling(spellings: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = -1;
  const score = (s: string) => (s === s.toUpperCase() ? 0 : 1);
  for (const [s, n] of [...spellings].sort((a, b) => cmp(a[0], b[0]))) {
    if (n > bestCount || (n === bestCount && best !== null && score(s) > score(best))) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}
