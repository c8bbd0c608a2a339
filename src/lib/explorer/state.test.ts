import { describe, expect, it } from 'vitest';
import { emptyState, parseQuery, toQuery, type Domain, type State } from './state.ts';

const full: State = {
  facets: {
    citta: ['bari', 'napoli'],
    ob: ['ESO4.8'],
    az: ['4.4.8.1', 'nc'],
    dest: ['giovani'],
    stato: ['in-corso'],
    anno: ['2024', 'nd'],
    qualita: ['cup-missing'],
    ind: ['EECO01', 'nd'],
  },
  cost: { min: 100000, max: 500000 },
  q: 'mensa sociale & co',
  sort: { key: 'costo', desc: false },
  page: 2,
};

describe('state <-> URL', () => {
  it('round-trips a full state to the same state', () => {
    expect(parseQuery(toQuery(full))).toEqual(full);
  });

  it('writes a short, readable, canonical URL', () => {
    expect(toQuery(full)).toBe(
      '?citta=bari,napoli&ob=ESO4.8&az=4.4.8.1,nc&dest=giovani&stato=in-corso&costo=100000-500000&anno=2024,nd&qualita=cup-missing&ind=EECO01,nd&q=mensa+sociale+%26+co&ord=costo&pag=2',
    );
    expect(toQuery(emptyState())).toBe('');
  });

  it('is the same URL in both languages: the query carries codes only', () => {
    // The page path differs (/progetti/ vs /en/projects/); the query does not depend on the language.
    const it_ = parseQuery(
      '?citta=napoli&ob=ESO4.8&az=4.4.8.1&dest=giovani&stato=in-corso&costo=100000-500000&anno=2024&qualita=cup-missing&ord=-costo&pag=2',
    );
    expect(toQuery(it_)).toBe(
      '?citta=napoli&ob=ESO4.8&az=4.4.8.1&dest=giovani&stato=in-corso&costo=100000-500000&anno=2024&qualita=cup-missing&pag=2',
    );
    expect(parseQuery(toQuery(it_))).toEqual(it_);
  });

  it('round-trips every single-facet state and sort', () => {
    for (const key of ['costo', 'pagato', 'data', 'titolo'] as const) {
      for (const desc of [true, false]) {
        const st = { ...emptyState(), sort: { key, desc } };
        expect(parseQuery(toQuery(st))).toEqual(st);
      }
    }
    const open = { ...emptyState(), cost: { min: null, max: 5000 } };
    expect(toQuery(open)).toBe('?costo=-5000');
    expect(parseQuery(toQuery(open))).toEqual(open);
    const atLeast = { ...emptyState(), cost: { min: 5000, max: null } };
    expect(parseQuery(toQuery(atLeast))).toEqual(atLeast);
  });

  it('sorts and de-duplicates values, and orders a swapped cost range', () => {
    const st = parseQuery('citta=napoli,bari,napoli&costo=500-100');
    expect(st.facets.citta).toEqual(['bari', 'napoli']);
    expect(st.cost).toEqual({ min: 100, max: 500 });
  });

  it('ignores unknown and malformed parameters without throwing', () => {
    const bad = [
      '?foo=bar&citta=&ob=%E0%A4%A&pag=0&pag=-3&ord=prezzo&costo=abc&costo=-&anno=24,20245,abcd&q=%',
      '?&&=&==&citta=<script>,napoli&stato=in corso&qualita=a,,b',
      '?pag=1e3&ord=--costo&costo=1-2-3&anno=1899',
      '%%%',
      '?' + 'x'.repeat(5000),
    ];
    for (const s of bad) expect(() => parseQuery(s)).not.toThrow();
    const st = parseQuery(bad[0]!);
    expect(st).toEqual(emptyState());
    const st2 = parseQuery(bad[1]!);
    expect(st2.facets.citta).toEqual(['napoli']);
    expect(st2.facets.stato).toEqual([]);
    expect(st2.facets.qualita).toEqual(['a', 'b']);
    expect(parseQuery(bad[2]!)).toEqual(emptyState());
  });

  it('drops values the data does not know, given a domain', () => {
    const domain: Domain = {
      citta: new Set(['napoli', 'bari']),
      az: new Set(['4.4.8.1', 'nc']),
      ind: new Set(['EECO01', 'EECO16', 'nd']),
    };
    const st = parseQuery('?citta=napoli,atlantide&az=9.9.9,nc&ob=ESO4.8&ind=EECO16,EECO99,nd', domain);
    expect(st.facets.citta).toEqual(['napoli']);
    expect(st.facets.az).toEqual(['nc']);
    expect(st.facets.ind).toEqual(['EECO16', 'nd']);
    expect(st.facets.ob).toEqual(['ESO4.8']); // no domain given for ob: any well-formed code
  });
});
