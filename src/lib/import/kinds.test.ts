import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Columns, detectKind } from './kinds.ts';
import { objectiveCode, priorityNumber } from './opencoesione.ts';

const kind = (header: string) => detectKind(new Columns(header.split(';')));

describe('detectKind', () => {
  it('tells the three kinds apart by header, in any case and with spaces', () => {
    expect(kind(' CITTA ;Azione;importo_ue;Importo Nazionale')).toEqual({ kind: 'allocations' });
    expect(kind('codice;titolo;citta;azione;beneficiario;costo_totale;cup')).toEqual({ kind: 'projects' });
    const oc = readFileSync(resolve(import.meta.dirname, '../../../../shared/fixtures/opencoesione/progetti_esteso_header.csv'), 'utf8');
    expect(detectKind(new Columns(oc.replace(/^\ufeff/, '').trim().split(';')))).toEqual({ kind: 'opencoesione' });
  });
  it('names the missing columns of a near miss, and the expected ones otherwise', () => {
    expect(kind('citta;azione;importo_ue')).toMatchObject({ kind: null, message: expect.stringContaining('lacks the column importo_nazionale') });
    expect(kind('a;b;c')).toMatchObject({ kind: null, message: expect.stringContaining('for projects: codice, titolo') });
  });
});

describe('OpenCoesione codes', () => {
  it('compares the number a priority code carries', () => {
    for (const s of ['4', '04', '0004', 'P4', 'P04', ' 4 ']) expect(priorityNumber(s), s).toBe(4);
    expect(priorityNumber('5')).toBe(5);
    expect(priorityNumber('AT')).toBeNull();
    expect(priorityNumber('4.1')).toBeNull();
  });
  it('reads objective codes', () => {
    expect(objectiveCode('ESO4.8')).toBe('ESO4.8');
    expect(objectiveCode('eso 4.11')).toBe('ESO4.11');
    expect(objectiveCode('4.12')).toBe('ESO4.12');
    expect(objectiveCode('ESO4.1')).toBeNull();
    expect(objectiveCode('RSO2.1')).toBeNull();
  });
});
