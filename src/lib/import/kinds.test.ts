import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Columns, detectKind, isBilingual, operationKey } from './kinds.ts';
import { objectiveCode, priorityNumber } from './opencoesione.ts';

const kind = (header: string) => detectKind(new Columns(header.split(';')));

describe('detectKind', () => {
  it('tells the kinds apart by header, in any case and with spaces', () => {
    expect(kind(' CITTA ;Azione;importo_ue;Importo Nazionale')).toEqual({ kind: 'allocations' });
    expect(kind('codice;titolo;citta;azione;beneficiario;costo_totale;cup')).toEqual({ kind: 'projects' });
    const oc = readFileSync(
      resolve(import.meta.dirname, '../../../tests/fixtures/opencoesione/progetti_esteso_header.csv'),
      'utf8',
    );
    expect(
      detectKind(
        new Columns(
          oc
            .replace(/^\ufeff/, '')
            .trim()
            .split(';'),
        ),
      ),
    ).toEqual({ kind: 'opencoesione' });
  });
  it('names the missing columns of a near miss, and the expected ones otherwise', () => {
    expect(kind('citta;azione;importo_ue')).toMatchObject({
      kind: null,
      message: expect.stringContaining('lacks the column importo_nazionale'),
    });
    expect(kind('a;b;c')).toMatchObject({
      kind: null,
      message: expect.stringContaining('for projects: codice, titolo'),
    });
    expect(kind('a;b;c')).toMatchObject({
      kind: null,
      message: expect.stringContaining('for the official list of operations: CodiceLocaleProgetto'),
    });
    expect(kind('CodiceLocaleProgetto;TitoloProgetto;Programma;CostoTotale')).toMatchObject({
      kind: null,
      message: expect.stringContaining('official list of operations but lacks the column NomeBeneficiario'),
    });
    expect(kind('codice;indicatore;valore_programmato')).toMatchObject({
      kind: null,
      message: expect.stringContaining('lacks the columns unita_misura, valore_realizzato'),
    });
  });

  it("reads the official list of operations in OpenCoesione's 20 columns and as a programme's office writes it", () => {
    const oc =
      'CodiceProgramma_ProgrammeID;Programma_Programme;CodiceLocaleProgetto_OperationLocalIdentifier;CodiceUnicoProgetto_UniqueProjectCode;' +
      'TitoloProgetto_OperationName;SintesiProgetto_OperationSummary;DataAggiornamento_LastUpdate;CodiceFiscaleBeneficiario_BeneficiaryTaxCode;' +
      'NomeBeneficiario_BeneficiaryName;CostoTotale_TotalCost;CostoAmmesso_TotalEligibleExpenditure;Fondo_Fund;Ciclo_Period;' +
      'CategoriaOperazione_CategoryIntervention;ObiettivoSpecifico_SpecificObjective;DataInizioOperazione_OperationStartDate;' +
      'DataFineOperazione_OperationEndDate;TassoCofinanziamentoUE_EUCofinancingRate;Paese_Country;CodicePostale_Postcode';
    expect(kind(oc)).toEqual({ kind: 'operations' });
    expect(isBilingual(oc.split(';'))).toBe(true); // OpenCoesione's layout: its source is OpenCoesione
    expect(isBilingual(['Codice Locale Progetto', 'Programma/Programme'])).toBe(false);
    expect(
      kind(
        'costo totale;Nome Beneficiario;TITOLOPROGETTO;Codice Locale Progetto / Operation Local Identifier;Programma/Programme;Extra',
      ),
    ).toEqual({ kind: 'operations' });
    const cols = new Columns(['Fondo/Fund', ' codice locale progetto ', 'Altro'], operationKey);
    expect([...cols.index]).toEqual([
      ['fondo', 0],
      ['codicelocaleprogetto', 1],
      ['altro', 2],
    ]);
    expect(cols.label('codicelocaleprogetto')).toBe('codice locale progetto');
  });

  it('tells the two indicator files apart', () => {
    expect(kind('codice;indicatore;descrizione;unita_misura;valore_programmato;valore_realizzato')).toEqual({
      kind: 'indicators',
    });
    expect(
      kind(
        'COD_LOCALE_PROGETTO;TIPO_INDICATORE;COD_INDICATORE;DESCR_INDICATORE;UNITA_MISURA;VALORE_PROGRAMMATO;VALORE_REALIZZATO',
      ),
    ).toEqual({ kind: 'opencoesione-indicators' });
  });
});

describe('OpenCoesione codes', () => {
  it('compares the number a priority code carries', () => {
    for (const s of ['4', '04', '0004', 'P4', 'P04', ' 4 ']) expect(priorityNumber(s), s).toBe(4);
    expect(priorityNumber('5')).toBe(5);
    expect(priorityNumber('AT')).toBeNull();
    expect(priorityNumber('4.1')).toBeNull();
    expect(priorityNumber('2STEP')).toBeNull(); // a priority of another kind: skipped, never read as 2 or 4
  });
  it('reads objective codes', () => {
    expect(objectiveCode('ESO4.8')).toBe('ESO4.8');
    expect(objectiveCode('eso 4.11')).toBe('ESO4.11');
    expect(objectiveCode('4.12')).toBe('ESO4.12');
    expect(objectiveCode('ESO4.1')).toBeNull();
    expect(objectiveCode('RSO2.1')).toBeNull();
  });
});
