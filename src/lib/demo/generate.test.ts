// The generated files read the way the importer will read them: papaparse on the CSV text, every
// cell checked against the input formats (README, "The importer") and the reference data in
// data/reference/.
import Papa from 'papaparse';
import { referenceCsv, type CsvRow } from '../../../tests/lib/reference-csv.ts';
import { describe, expect, it, vi } from 'vitest';
import { CUP_PATTERN } from '../schema/project.ts';
import { DemoManifest } from '../schema/meta.ts';
import { naturalPersons } from './beneficiaries.ts';
import { ALLOCATION_COLUMNS } from './allocations.ts';
import { CATEGORIES_BY_OBJECTIVE } from './catalogue.ts';
import { dayOf } from './dates.ts';
import { INDICATOR_COLUMNS } from './indicators.ts';
import { Columns, detectKind } from '../import/kinds.ts';
import { generateDemo, sha256, type DemoOptions } from './generate.ts';
import { CITIES, KM_PER_DEGREE_LAT } from './places.ts';
import { PROJECT_COLUMNS, problemCounts } from './projects.ts';

type Row = CsvRow;

/** Distance in km between two points, on the flat approximation the generator places them with. */
function kmBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (a.lat - b.lat) * KM_PER_DEGREE_LAT;
  const dLon = (a.lon - b.lon) * KM_PER_DEGREE_LAT * Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  return Math.sqrt(dLat * dLat + dLon * dLon);
}

const reference = referenceCsv;

const parse = (text: string): { rows: Row[]; fields: string[] } => {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, delimiter: ';', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { rows: parsed.data, fields: parsed.meta.fields ?? [] };
};

/** '125000,50' -> cents; the project file never has thousands separators. */
const cents = (text: string | undefined): number => {
  const match = /^(\d+),(\d{2})$/.exec(text ?? '');
  if (!match) throw new Error(`not a plain decimal-comma amount: '${text}'`);
  return Number(match[1]) * 100 + Number(match[2]);
};
const italianCents = (text: string | undefined): number => cents((text ?? '').replaceAll('.', ''));

/** DD/MM/YYYY or YYYY-MM-DD -> ISO; anything else (or a date that does not exist) fails. */
const iso = (text: string | undefined): string => {
  const it = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text ?? '');
  const value = it ? `${it[3]}-${it[2]}-${it[1]}` : (text ?? '');
  dayOf(value);
  return value;
};

const cityOf = (citta: string | undefined) =>
  CITIES.find((c) => c.name === citta || c.istat === citta || c.alias === citta || c.name.toUpperCase() === citta);

const OPTIONS: DemoOptions = { seed: 20211027, projects: 1000, referenceDate: '2026-10-31', release: 'current' };
const demo = generateDemo(OPTIONS);
const allocations = parse(demo.files['dotazioni.csv'] ?? '').rows;
const { rows: projects, fields } = parse(demo.files['progetti.csv'] ?? '');
const R = OPTIONS.referenceDate;

describe('determinism', () => {
  it('gives byte-identical files for the same flags', () => {
    expect(generateDemo(OPTIONS).files).toEqual(demo.files);
  });

  it('gives different files for another seed', () => {
    const other = generateDemo({ ...OPTIONS, seed: 1 });
    expect(other.files['dotazioni.csv']).not.toBe(demo.files['dotazioni.csv']);
    expect(other.files['progetti.csv']).not.toBe(demo.files['progetti.csv']);
  });

  it('reads neither the clock nor Math.random', () => {
    const random = vi.spyOn(Math, 'random').mockImplementation(() => {
      throw new Error('Math.random called');
    });
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2001-01-01T00:00:00Z'));
      const first = generateDemo({ ...OPTIONS, projects: 120 }).files;
      vi.setSystemTime(new Date('2039-06-15T12:00:00Z'));
      expect(generateDemo({ ...OPTIONS, projects: 120 }).files).toEqual(first);
    } finally {
      vi.useRealTimers();
      random.mockRestore();
    }
  });
});

describe('dotazioni.csv', () => {
  it('has the allocation columns and 70 rows', () => {
    expect(parse(demo.files['dotazioni.csv'] ?? '').fields).toEqual([...ALLOCATION_COLUMNS]);
    expect(allocations).toHaveLength(70);
  });
});

describe('progetti.csv', () => {
  it('has every column of the projects format and one row per project', () => {
    expect(fields).toEqual([...PROJECT_COLUMNS]);
    expect(projects).toHaveLength(OPTIONS.projects);
  });

  it('has unique codes made of city prefix, action and serial', () => {
    const codes = projects.map((p) => p.codice);
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of projects) {
      const city = cityOf(p.citta);
      expect(city, p.citta).toBeDefined();
      expect(p.codice).toMatch(new RegExp(`^${city?.prefix}${(p.azione ?? '').replaceAll('.', '\\.')}-\\d{4}$`));
    }
  });

  it('keeps project costs of each city and action within the allocation, 60-95% programmed', () => {
    const allocated = new Map<string, number>();
    for (const a of allocations) allocated.set(`${cityOf(a.citta)?.istat}/${a.azione}`, italianCents(a.importo_totale));
    const programmed = new Map<string, number>();
    for (const p of projects) {
      const key = `${cityOf(p.citta)?.istat}/${p.azione}`;
      programmed.set(key, (programmed.get(key) ?? 0) + cents(p.costo_totale));
    }
    expect(programmed.size).toBe(70);
    for (const [key, cost] of programmed) {
      const share = cost / (allocated.get(key) ?? 0);
      expect(share, key).toBeGreaterThanOrEqual(0.6);
      expect(share, key).toBeLessThanOrEqual(0.95);
    }
  });

  it('uses only known target groups, each compatible with the action', () => {
    const objectiveOf = new Map(reference('actions.csv').map((a) => [a.codice, a.obiettivo_specifico]));
    const groups = new Map(reference('target-groups.csv').map((g) => [g.codice, (g.obiettivi ?? '').split('|')]));
    let withGroups = 0;
    for (const p of projects) {
      if (p.destinatari === '') continue;
      withGroups++;
      const codes = (p.destinatari ?? '').split('|');
      expect(new Set(codes).size).toBe(codes.length);
      for (const code of codes) {
        expect(groups.has(code), code).toBe(true);
        expect(groups.get(code), `${p.codice} ${code}`).toContain(objectiveOf.get(p.azione));
      }
    }
    expect(withGroups).toBeGreaterThan(projects.length * 0.9);
  });

  it('uses types of intervention that fit the objective', () => {
    const objectiveOf = new Map(reference('actions.csv').map((a) => [a.codice, a.obiettivo_specifico]));
    for (const p of projects) {
      const allowed = CATEGORIES_BY_OBJECTIVE[objectiveOf.get(p.azione) as keyof typeof CATEGORIES_BY_OBJECTIVE];
      expect(allowed, p.codice).toContain(p.categoria_intervento);
    }
  });

  it('writes amounts with a decimal comma and no thousands separator, EU share below cost', () => {
    for (const p of projects) {
      for (const column of ['costo_totale', 'finanziamento_ue', 'impegni', 'pagamenti'])
        expect(p[column]).toMatch(/^\d+,\d{2}$/);
      expect(cents(p.costo_totale)).toBeGreaterThan(0);
      expect(cents(p.finanziamento_ue)).toBeLessThan(cents(p.costo_totale));
    }
  });

  it('writes dates mostly as DD/MM/YYYY, some as YYYY-MM-DD, all real and in order', () => {
    const italian = projects.filter((p) => /^\d{2}\/\d{2}\/\d{4}$/.test(p.data_inizio ?? '')).length;
    expect(italian).toBeGreaterThan(projects.length * 0.8);
    expect(italian).toBeLessThan(projects.length);
    for (const p of projects) {
      const start = iso(p.data_inizio);
      expect(start >= '2023-01-01' && start <= '2026-12-31', start).toBe(true);
      expect(iso(p.data_fine_prevista) > start).toBe(true);
      expect(iso(p.data_aggiornamento) <= R).toBe(true);
      if (p.data_fine_effettiva !== '') expect(iso(p.data_fine_effettiva) <= iso(p.data_aggiornamento)).toBe(true);
    }
  });

  it('makes status, dates and money agree', () => {
    const statuses = new Set(projects.map((p) => p.stato));
    expect([...statuses].sort()).toEqual(['Concluso', 'In corso', 'Liquidato', 'Non avviato']);
    for (const p of projects) {
      const cost = cents(p.costo_totale);
      const paid = cents(p.pagamenti);
      const committed = cents(p.impegni);
      expect(committed, p.codice).toBeLessThanOrEqual(cost);
      if (p.stato === 'Non avviato') {
        expect(paid).toBe(0);
        expect(p.data_fine_effettiva).toBe('');
        expect(iso(p.data_inizio) > iso(p.data_aggiornamento)).toBe(true);
      }
      if (p.stato === 'In corso') {
        expect(paid).toBeLessThan(cost);
        expect(p.data_fine_effettiva).toBe('');
      }
      if (p.stato === 'Concluso' || p.stato === 'Liquidato') {
        expect(p.data_fine_effettiva).not.toBe('');
        expect(iso(p.data_fine_effettiva) < R).toBe(true);
        expect(paid).toBeGreaterThanOrEqual(cost * 0.84);
      }
      if (p.stato === 'Liquidato') expect(paid).toBeGreaterThanOrEqual(cost);
    }
  });

  it('makes the allocated -> committed -> paid funnel meaningful', () => {
    const sum = (column: string): number => projects.reduce((s, p) => s + cents(p[column]), 0);
    const committed = sum('impegni') / sum('costo_totale');
    const paid = sum('pagamenti') / sum('costo_totale');
    expect(committed).toBeGreaterThan(0.55);
    expect(committed).toBeLessThan(0.8);
    expect(paid).toBeGreaterThan(0.2);
    expect(paid).toBeLessThan(0.4);
    const aboveCommitments = projects.filter((p) => cents(p.pagamenti) > cents(p.impegni));
    expect(aboveCommitments.length).toBeLessThan(projects.length * 0.02);
  });

  it('has the intended quality problems, in small numbers', () => {
    const expected = problemCounts(projects.length);
    const overpaid = projects.filter((p) => cents(p.pagamenti) > cents(p.costo_totale));
    const noCup = projects.filter((p) => p.cup === '');
    const badCup = projects.filter((p) => p.cup !== '' && !CUP_PATTERN.test(p.cup ?? ''));
    // More than a year before the reference date (2026-10-31).
    const stale = projects.filter((p) => iso(p.data_aggiornamento) < '2025-10-31');
    expect(overpaid.length).toBe(expected['payments-above-cost']);
    expect(overpaid.length).toBe(10);
    expect(noCup.length).toBe(10);
    expect(badCup.length).toBeGreaterThanOrEqual(3);
    expect(badCup.length).toBeLessThanOrEqual(5);
    expect(stale.length).toBeGreaterThanOrEqual(projects.length * 0.02);
    expect(stale.length).toBeLessThanOrEqual(projects.length * 0.03);
    const goodCups = projects.map((p) => p.cup ?? '').filter((cup) => CUP_PATTERN.test(cup));
    expect(goodCups.length).toBe(projects.length - noCup.length - badCup.length);
    expect(new Set(goodCups).size).toBe(goodCups.length);
  });

  it('names only fictitious beneficiaries, or the municipality itself', () => {
    const municipal = projects.filter((p) => p.beneficiario === `Comune di ${cityOf(p.citta)?.name}`);
    expect(municipal.length).toBeGreaterThan(0);
    for (const p of municipal) expect(p.codice_fiscale_beneficiario).toBe('');
    for (const p of projects.filter((q) => !municipal.includes(q))) {
      expect(p.beneficiario).toMatch(/\((fittizia|fittizio)\)$/i);
      expect(p.codice_fiscale_beneficiario).toMatch(/^99\d{9}$|^[A-Z]{6}\d{2}[A-Z]\d{2}Z999[A-Z]$/);
    }
  });

  it('has natural persons, entities in several cities, and one entity written two ways', () => {
    const persons = naturalPersons(OPTIONS.seed);
    const personal = projects.filter((p) => p.codice_fiscale_beneficiario.length === 16);
    expect(personal.length).toBeGreaterThanOrEqual(5);
    for (const p of personal)
      expect(persons).toContainEqual({ name: p.beneficiario, taxCode: p.codice_fiscale_beneficiario });
    const citiesOf = new Map<string, Set<string>>();
    const spellings = new Map<string, Set<string>>();
    for (const p of projects.filter((q) => /^99/.test(q.codice_fiscale_beneficiario))) {
      citiesOf.set(
        p.codice_fiscale_beneficiario,
        (citiesOf.get(p.codice_fiscale_beneficiario) ?? new Set()).add(p.citta),
      );
      spellings.set(
        p.codice_fiscale_beneficiario,
        (spellings.get(p.codice_fiscale_beneficiario) ?? new Set()).add(p.beneficiario),
      );
    }
    expect([...citiesOf.values()].filter((c) => c.size >= 3).length).toBeGreaterThanOrEqual(3);
    expect([...spellings.values()].filter((s) => s.size === 2).length).toBeGreaterThanOrEqual(5);
  });

  it('places projects inside their city, and inside Italy', () => {
    let placed = 0;
    for (const p of projects) {
      if (p.lat === '' && p.lon === '') continue;
      placed++;
      expect(p.lat).toMatch(/^\d{2},\d{6}$/);
      expect(p.lon).toMatch(/^\d{1,2},\d{6}$/);
      const point = { lat: Number(p.lat?.replace(',', '.')), lon: Number(p.lon?.replace(',', '.')) };
      expect(point.lat).toBeGreaterThan(35);
      expect(point.lat).toBeLessThan(47.1);
      expect(point.lon).toBeGreaterThan(6.6);
      expect(point.lon).toBeLessThan(18.6);
      const city = cityOf(p.citta);
      const nearest = Math.min(...(city?.anchors ?? []).map((a) => kmBetween(point, a) - a.radiusKm));
      expect(nearest, p.codice).toBeLessThanOrEqual(0.01);
    }
    expect(placed).toBeGreaterThan(projects.length * 0.9);
  });

  it('has text that must be escaped, accents, and one long description', () => {
    const titles = projects.map((p) => p.titolo ?? '');
    const descriptions = projects.map((p) => p.descrizione ?? '');
    expect(titles.some((t) => t.includes('&'))).toBe(true);
    expect(titles.some((t) => t.includes('"'))).toBe(true);
    expect(titles.some((t) => t.includes("'"))).toBe(true);
    expect(titles.some((t) => /[àèéìòù]/i.test(t))).toBe(true);
    expect(descriptions.some((d) => d.includes('<'))).toBe(true);
    expect(descriptions.some((d) => d.includes('\n') && d.includes(';'))).toBe(true);
    expect(descriptions.filter((d) => d.length > 1000)).toHaveLength(1);
  });

  it('writes the city as the allocations do, Reggio di Calabria under both names', () => {
    const written = new Set(projects.map((p) => p.citta));
    expect(written.has('Reggio Calabria')).toBe(true);
    expect(written.has('Reggio di Calabria')).toBe(true);
    expect(projects.every((p) => cityOf(p.citta) !== undefined)).toBe(true);
  });
});

describe('demonstration.json', () => {
  it('matches the DemoManifest schema and vouches for exactly these files', () => {
    const text = demo.files['demonstration.json'] ?? '';
    expect(text.endsWith('}\n')).toBe(true);
    const manifest = DemoManifest.parse(JSON.parse(text));
    expect(manifest).toEqual(demo.manifest);
    expect(manifest.seed).toBe(OPTIONS.seed);
    expect(manifest.projects).toBe(projects.length);
    expect(manifest.generator).toBe('scripts/demo-data.ts');
    expect(manifest.files).toEqual({
      'dotazioni.csv': sha256(demo.files['dotazioni.csv'] ?? ''),
      'indicatori.csv': sha256(demo.files['indicatori.csv'] ?? ''),
      'progetti.csv': sha256(demo.files['progetti.csv'] ?? ''),
    });
    expect(manifest.note).toContain('842,06 milioni');
    expect(manifest.note).toContain(String(OPTIONS.seed));
  });
});

describe('small and odd sizes', () => {
  it.each([1, 37, 250])('writes %i projects, still within every allocation', (n) => {
    const small = generateDemo({ ...OPTIONS, projects: n });
    const parsed = parse(small.files['progetti.csv'] ?? '').rows;
    expect(parsed).toHaveLength(n);
    expect(new Set(parsed.map((p) => p.codice)).size).toBe(n);
    expect(DemoManifest.parse(small.manifest).projects).toBe(n);
  });
});

describe('--release previous', () => {
  const previous = generateDemo({ ...OPTIONS, release: 'previous' });
  const earlier = parse(previous.files['progetti.csv'] ?? '').rows;
  const now = new Map(projects.map((p) => [p.codice, p]));

  it('is the same dataset four months earlier', () => {
    expect(previous.releaseDate).toBe('2026-06-30');
    expect(parse(previous.files['dotazioni.csv'] ?? '').rows.every((a) => a.data_riferimento === '30/06/2026')).toBe(
      true,
    );
    expect(generateDemo({ ...OPTIONS, release: 'previous' }).files).toEqual(previous.files);
    expect(previous.manifest.projects).toBe(earlier.length);
    expect(previous.manifest.files['progetti.csv']).toBe(sha256(previous.files['progetti.csv'] ?? ''));
  });

  it('has fewer projects, all of them still present now', () => {
    expect(earlier.length).toBeLessThan(projects.length);
    expect(earlier.length).toBeGreaterThan(projects.length * 0.7);
    for (const p of earlier) expect(now.has(p.codice ?? ''), p.codice).toBe(true);
    for (const p of earlier) expect(iso(p.data_aggiornamento) <= '2026-06-30').toBe(true);
  });

  it('had committed and paid no more than now, and a few projects changed cost or status', () => {
    let costChanged = 0;
    let statusChanged = 0;
    for (const p of earlier) {
      const current = now.get(p.codice ?? '');
      expect(cents(p.impegni)).toBeLessThanOrEqual(cents(current?.impegni));
      expect(cents(p.pagamenti)).toBeLessThanOrEqual(cents(current?.pagamenti));
      if (p.costo_totale !== current?.costo_totale) costChanged++;
      if (p.stato !== current?.stato) statusChanged++;
    }
    expect(costChanged).toBeGreaterThanOrEqual(2);
    expect(costChanged).toBeLessThanOrEqual(3);
    expect(statusChanged).toBeGreaterThan(10);
    const total = (rows: Row[], column: string): number => rows.reduce((s, p) => s + cents(p[column]), 0);
    expect(total(earlier, 'pagamenti')).toBeLessThan(total(projects, 'pagamenti'));
  });
});

describe('indicatori.csv', () => {
  const { rows, fields } = parse(demo.files['indicatori.csv'] ?? '');
  it('has our indicator format and names only projects of the release', () => {
    expect(fields).toEqual(INDICATOR_COLUMNS);
    expect(detectKind(new Columns(fields))).toEqual({ kind: 'indicators' });
    const codes = new Set(projects.map((p) => p.codice));
    for (const r of rows) expect(codes.has(r.codice ?? ''), r.codice).toBe(true);
  });
  it('gives most projects their participants (EECO01), planned as many as the description says', () => {
    const participants = new Map(rows.filter((r) => r.indicatore === 'EECO01').map((r) => [r.codice, r]));
    expect(participants.size).toBeGreaterThanOrEqual(projects.length * 0.8);
    expect(participants.size).toBeLessThan(projects.length);
    for (const p of projects) {
      const r = participants.get(p.codice);
      if (!r) continue;
      expect(p.descrizione).toContain(`${r.valore_programmato} destinatari`);
      if (p.stato === 'Non avviato') expect(r.valore_realizzato).toBe('');
      else expect(Number(r.valore_realizzato)).toBeLessThanOrEqual(Number(r.valore_programmato));
    }
  });
});
