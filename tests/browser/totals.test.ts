// The figures on the pages are the sums of the input. The site is built from a small
// hand-written dataset (tests/fixtures/site-small/input); this test adds the fixture's CSV
// up itself, formats the sums the way the pages display money, and finds them in the built
// HTML of the home page and of city pages. No browser: the HTML files are read directly.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, ROOT, type BuiltSite } from './site.ts';

const INPUT = join(ROOT, 'tests/fixtures/site-small/input');

type Row = Record<string, string>;
function readCsv(file: string): Row[] {
  const text = readFileSync(join(INPUT, file), 'utf8').replace(/^\uFEFF/, '');
  const r = Papa.parse<Row>(text, {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  if (r.errors.length) throw new Error(`${file}: ${r.errors[0]!.message}`);
  return r.data;
}

/** "1.234.567,89" → 123456789 cents; "" → 0. The fixture writes every amount this way. */
function cents(s: string | undefined): number {
  const v = (s ?? '').trim();
  if (v === '') return 0;
  const m = /^(\d{1,3}(?:\.\d{3})*),(\d{2})$/.exec(v);
  if (!m) throw new Error(`fixture amount ${JSON.stringify(v)} is not written as 1.234,56`);
  return Number(m[1]!.replaceAll('.', '')) * 100 + Number(m[2]);
}

const group = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * Money as the Italian pages write it: from one million euro up in millions with two
 * decimals ("12,35 milioni di euro"), below that to the cent ("987.654,32 €").
 */
function moneyIt(c: number): string {
  if (c >= 100_000_000) {
    const hundredths = Math.round(c / 1_000_000); // hundredths of a million euro
    return `${group(Math.floor(hundredths / 100))},${String(hundredths % 100).padStart(2, '0')} milioni di euro`;
  }
  return `${group(Math.floor(c / 100))},${String(c % 100).padStart(2, '0')} €`;
}

/** City of a row (`citta` as name, alias or ISTAT code, any case) → slug, from data/reference. */
function citySlugs(): (citta: string) => string {
  const ref = join(ROOT, 'data/reference');
  const cities = Papa.parse<Row>(readFileSync(join(ref, 'cities.csv'), 'utf8'), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  const aliases = Papa.parse<Row>(readFileSync(join(ref, 'city-aliases.csv'), 'utf8'), {
    header: true,
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  const byKey = new Map<string, string>();
  for (const c of cities) {
    byKey.set(c.istat!, c.slug!);
    byKey.set(c.nome!.toLowerCase(), c.slug!);
  }
  for (const a of aliases) byKey.set(a.alias!.toLowerCase(), byKey.get(a.istat!)!);
  return (citta) => {
    const slug = byKey.get(citta.trim()) ?? byKey.get(citta.trim().toLowerCase());
    if (!slug) throw new Error(`fixture city ${citta} is not in data/reference`);
    return slug;
  };
}

type Sums = { allocated: number; cost: number; committed: number; paid: number; projects: number };
const empty = (): Sums => ({ allocated: 0, cost: 0, committed: 0, paid: 0, projects: 0 });

function expectedSums(): { total: Sums; byCity: Map<string, Sums> } {
  const slug = citySlugs();
  const total = empty();
  const byCity = new Map<string, Sums>();
  const city = (c: string) => byCity.get(slug(c)) ?? byCity.set(slug(c), empty()).get(slug(c))!;
  for (const r of readCsv('dotazioni.csv')) {
    const a = cents(r.importo_ue) + cents(r.importo_nazionale);
    total.allocated += a;
    city(r.citta!).allocated += a;
  }
  for (const r of readCsv('progetti.csv')) {
    for (const s of [total, city(r.citta!)]) {
      s.cost += cents(r.costo_totale);
      s.committed += cents(r.impegni);
      s.paid += cents(r.pagamenti);
      s.projects += 1;
    }
  }
  return { total, byCity };
}

/** The KPI cards of a page: label → displayed value (whitespace collapsed). */
function kpis(site: BuiltSite, path: string): Map<string, string> {
  const { document } = parseHTML(readFileSync(join(site.dist, path, 'index.html'), 'utf8'));
  const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const out = new Map<string, string>();
  for (const li of document.querySelectorAll('main .kpi'))
    out.set(text(li.querySelector('.kpi-label')), text(li.querySelector('.kpi-value')));
  if (out.size === 0) throw new Error(`${path}: no KPI cards (main .kpi with .kpi-label and .kpi-value)`);
  return out;
}

/** The value whose label starts with `label` (e.g. "Dotazione" matches "Dotazione (nei dati pubblicati qui)"). */
function kpi(values: Map<string, string>, label: string): string | undefined {
  return [...values].find(([k]) => k === label || k.startsWith(`${label} `))?.[1];
}

const { total, byCity } = expectedSums();
let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite(INPUT, 'small');
});
afterAll(() => {
  if (site && !process.env.KEEP_TEST_SITE) rmSync(site.work, { recursive: true, force: true });
});

it('the fixture exercises both ways of writing money', () => {
  // Guards the fixture: the city pages checked below include a city under one million
  // (exact euro) and one over (millions).
  expect([...byCity.values()].some((s) => s.allocated < 100_000_000 && s.allocated > 0)).toBe(true);
  expect([...byCity.values()].some((s) => s.allocated >= 100_000_000)).toBe(true);
  expect(moneyIt(123456789)).toBe('1,23 milioni di euro');
  expect(moneyIt(98765432)).toBe('987.654,32 €');
});

describe('home page', () => {
  it('shows the allocated, committed and paid totals of the input', () => {
    const v = kpis(site, '.');
    expect(kpi(v, 'Dotazione'), [...v].join(' | ')).toBe(moneyIt(total.allocated));
    expect(kpi(v, 'Impegni')).toBe(moneyIt(total.committed));
    expect(kpi(v, 'Pagamenti')).toBe(moneyIt(total.paid));
    expect(kpi(v, 'Progetti')).toBe(String(total.projects));
  });

  it('shows no demonstration banner: the fixture is not the demonstration dataset', () => {
    const html = readFileSync(join(site.dist, 'index.html'), 'utf8');
    expect(html).not.toContain('Dati dimostrativi');
  });
});

describe.for([...byCity.keys()].sort())('city page %s', (slug) => {
  it('shows the sums of its allocations and projects', () => {
    const s = byCity.get(slug)!;
    const v = kpis(site, `citta/${slug}`);
    expect(kpi(v, 'Dotazione'), [...v].join(' | ')).toBe(moneyIt(s.allocated));
    expect(kpi(v, 'Costo dei progetti')).toBe(moneyIt(s.cost));
    expect(kpi(v, 'Impegni')).toBe(moneyIt(s.committed));
    expect(kpi(v, 'Pagamenti')).toBe(moneyIt(s.paid));
    expect(kpi(v, 'Progetti')).toBe(String(s.projects));
  });
});

describe('projects page', () => {
  it('lists every project of the fixture (fewer than 50 a city) at its own cost', () => {
    const { document } = parseHTML(readFileSync(join(site.dist, 'progetti', 'index.html'), 'utf8'));
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const shown = [...document.querySelectorAll('main ul.project-links li')].map(
      (li) => `${text(li.querySelector('a'))} | ${text(li.querySelector('.muted'))}`,
    );
    const expected = readCsv('progetti.csv').map(
      (r) => `${r.titolo!.replace(/\s+/g, ' ').trim()} | ${moneyIt(cents(r.costo_totale))}`,
    );
    expect(shown.length).toBeGreaterThan(0);
    expect([...shown].sort()).toEqual([...expected].sort());
  });
});
