import { describe, expect, it } from 'vitest';
import { fold, normalizeHeader, repairMojibake, slugify, stripControls } from './text.ts';

describe('text', () => {
  it('normalises header names', () => {
    expect(normalizeHeader('  Costo Totale ')).toBe('costo_totale');
    expect(normalizeHeader('OC_LINK')).toBe('oc_link');
    expect(normalizeHeader('Città')).toBe('citta');
  });
  it('folds names for matching', () => {
    expect(fold('Reggio  di Calabria')).toBe('reggio di calabria');
    expect(fold('CITTÀ')).toBe('citta');
    expect(fold("L'Aquila")).toBe('l aquila');
  });
  it('repairs double-encoded UTF-8 only when it round-trips', () => {
    expect(repairMojibake('LIBERTÃ€ e perchÃ©')).toEqual({
      text: 'LIBERTÀ e perché',
      repaired: true,
      suspicious: false,
    });
    expect(repairMojibake('Città')).toEqual({ text: 'Città', repaired: false, suspicious: false });
    // the OpenCoesione sample: À read as Latin-1 gives Ã and the C1 control U+0080
    expect(repairMojibake('PER LA LEGALIT\u00c3\u0080')).toMatchObject({ text: 'PER LA LEGALITÀ', repaired: true });
    // a sequence cut in half cannot be repaired, so it is flagged, not guessed
    expect(repairMojibake('perchÃ©Ã')).toMatchObject({ repaired: false, suspicious: true });
  });
  it('strips control characters but keeps line breaks and tabs', () => {
    expect(stripControls('a\u0000b\u0007c\nd\te\u200b')).toEqual({ text: 'abc\nd\te\u200b', stripped: true });
    expect(stripControls('gpj.\u202eexe')).toEqual({ text: 'gpj.exe', stripped: true });
  });
  it('makes slugs', () => {
    expect(slugify('NA4.4.12.1a')).toBe('na4-4-12-1a');
    expect(slugify('1AGCOE395')).toBe('1agcoe395');
    expect(slugify('***')).toBe('x');
  });
});
