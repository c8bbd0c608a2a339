import { describe, expect, it } from 'vitest';
import { registerBeneficiaries, type Party } from './beneficiaries.ts';

const legal = (name: string | null, taxCode: string | null = null): Party => ({ kind: 'legal', name, taxCode });
const natural = (key: string | null = null): Party => ({ kind: 'natural', key });

describe('beneficiaries as entities', () => {
  it('is one entity per tax code, named by its most frequent spelling (mixed case on a tie)', () => {
    const r = registerBeneficiaries([
      { code: 'A', parties: [legal('COMUNE DI NAPOLI', '99000000011')] },
      { code: 'B', parties: [legal('Comune di Napoli', '99000000011')] },
      { code: 'C', parties: [legal('Ente X', '99000000022'), legal('Comune di Napoli', '99000000011')] },
    ]);
    expect(r.beneficiaries).toEqual([
      { id: '99000000011', name: 'Comune di Napoli', taxCode: '99000000011', kind: 'legal', projects: ['A', 'B', 'C'] },
      { id: '99000000022', name: 'Ente X', taxCode: '99000000022', kind: 'legal', projects: ['C'] },
    ]);
    expect(r.idsOf.get('C')).toEqual(['99000000022', '99000000011']);
  });
  it('joins a name without a tax code to the one entity written the same, else keeps it by name', () => {
    const r = registerBeneficiaries([
      { code: 'A', parties: [legal('Comune di Napoli', '99000000011')] },
      { code: 'B', parties: [legal('COMUNE DI NAPOLI.')] },
      { code: 'C', parties: [legal('Cooperativa  Sole')] },
      { code: 'D', parties: [legal('cooperativa sole')] },
    ]);
    expect(r.beneficiaries.map((b) => [b.id, b.projects])).toEqual([
      ['99000000011', ['A', 'B']],
      ['cooperativa-sole', ['C', 'D']],
    ]);
  });
  it('keeps two entities with the same name but different tax codes apart, and a name-only one by itself', () => {
    const r = registerBeneficiaries([
      { code: 'A', parties: [legal('Cooperativa Sole', '99000000011')] },
      { code: 'B', parties: [legal('Cooperativa Sole', '99000000022')] },
      { code: 'C', parties: [legal('Cooperativa Sole')] },
    ]);
    expect(r.beneficiaries.map((b) => b.id)).toEqual(['99000000011', '99000000022', 'cooperativa-sole']);
  });
  it('puts natural persons together, without name or tax code, and counts them', () => {
    const r = registerBeneficiaries([
      { code: 'A', parties: [natural('RSSMRA80A01Z999X')] },
      { code: 'B', parties: [natural('RSSMRA80A01Z999X'), legal('Ente', '99000000011')] },
      { code: 'C', parties: [natural(null)] },
    ]);
    expect(r.beneficiaries).toContainEqual({
      id: 'persone-fisiche',
      name: null,
      taxCode: null,
      kind: 'natural',
      projects: ['A', 'B', 'C'],
    });
    expect(JSON.stringify(r.beneficiaries)).not.toContain('RSSMRA');
    expect(r.naturalPersons).toBe(2);
    expect(r.naturalProjects).toBe(3);
    expect(r.idsOf.get('B')).toEqual(['persone-fisiche', '99000000011']);
  });
});
