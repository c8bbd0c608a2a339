// The generator carries its own copy of the codes it needs (src/lib stays free of file reads);
// these tests keep that copy in step with data/reference/, the single source of the structure.
import { referenceCsv } from '../../../tests/lib/reference-csv.ts';
import { describe, expect, it } from 'vitest';
import { ACTION_CODES } from '../schema/codes.ts';
import {
  ACTION_OBJECTIVE,
  CATEGORIES_BY_OBJECTIVE,
  INTERVENTIONS,
  ORGANISATION_GROUPS,
  TARGET_GROUPS,
} from './catalogue.ts';
import { CITIES } from './places.ts';

const reference = referenceCsv;

describe('the demo catalogue agrees with data/reference', () => {
  it('has the 14 cities with their ISTAT codes, names, categories, initials and aliases', () => {
    const cities = reference('cities.csv');
    expect(CITIES.map((c) => [c.istat, c.name, c.category, c.prefix])).toEqual(
      cities.map((c) => [c.istat, c.nome, c.categoria_regione, c.sigla]),
    );
    const aliases = reference('city-aliases.csv');
    for (const city of CITIES) {
      expect(city.alias === null ? [] : [city.alias]).toEqual(
        aliases.filter((a) => a.istat === city.istat).map((a) => a.alias),
      );
    }
  });

  it('has each action under its specific objective', () => {
    const actions = reference('actions.csv');
    expect(Object.entries(ACTION_OBJECTIVE)).toEqual(actions.map((a) => [a.codice, a.obiettivo_specifico]));
  });

  it('has the target groups with their objectives', () => {
    const groups = reference('target-groups.csv');
    expect(TARGET_GROUPS.map((g) => [g.code, g.objectives.join('|')])).toEqual(
      groups.map((g) => [g.codice, g.obiettivi]),
    );
    for (const code of ORGANISATION_GROUPS) expect(groups.map((g) => g.codice)).toContain(code);
  });

  it('has title templates for every kind of intervention the programme lists', () => {
    const kinds = reference('interventions.csv');
    for (const action of ACTION_CODES) {
      expect(INTERVENTIONS[action].map((k) => String(k.order))).toEqual(
        kinds.filter((k) => k.azione === action).map((k) => k.ordine),
      );
    }
  });
});

describe('the demo catalogue is consistent with itself', () => {
  it('only forces target groups the action may have, and only fitting intervention types', () => {
    for (const action of ACTION_CODES) {
      const objective = ACTION_OBJECTIVE[action];
      for (const kind of INTERVENTIONS[action]) {
        for (const category of kind.categories)
          expect(CATEGORIES_BY_OBJECTIVE[objective], `${action} ${category}`).toContain(category);
        for (const template of kind.templates) {
          for (const code of template.groups ?? []) {
            expect(TARGET_GROUPS.find((g) => g.code === code)?.objectives, `${template.title} ${code}`).toContain(
              objective,
            );
          }
        }
      }
    }
  });
});
