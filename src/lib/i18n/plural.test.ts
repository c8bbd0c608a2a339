import { describe, expect, it } from 'vitest';
import { plural } from './plural.ts';
import { t } from './strings.ts';
import { LANGS } from './locales.ts';

// A count word that disagrees with its number: "1 progetti", "1 projects", "un progetto sono".
const WRONG = /(^|\D)1 (progetti|projects|eliminati|modificati)\b|\bun progetto sono\b|\bone project (are|have)\b/i;

describe('sentences with a count', () => {
  it('pick the form the language gives the number', () => {
    expect([0, 1, 2].map((n) => plural('it', n, 'progetto', 'progetti'))).toEqual(['progetti', 'progetto', 'progetti']);
    expect([0, 1, 2].map((n) => plural('en', n, 'project', 'projects'))).toEqual(['projects', 'project', 'projects']);
  });
  it('say nothing about unattributed projects when there are none, and agree for one', () => {
    expect(t('it').targetGroup.ocNote(0)).not.toMatch(/OpenCoesione|\b0\b/);
    expect(t('en').targetGroup.ocNote(0)).not.toMatch(/OpenCoesione|\b0\b/);
    expect(t('it').targetGroup.ocNote(0)).toMatch(/^I totali/);
    expect(t('it').targetGroup.ocNote(1)).toContain('un progetto non è quindi attribuito');
    expect(t('en').targetGroup.ocNote(1)).toContain('one project is therefore');
    expect(t('it').targetGroup.ocNote(7)).toContain('7 progetti non sono quindi attribuiti');
  });
  it('name only the missing figures that are missing', () => {
    for (const lang of LANGS) {
      const f = t(lang).funnel.missingFigures;
      expect(f(0, 3)).not.toMatch(/impegni|commitments/);
      expect(f(3, 0)).not.toMatch(/pagamenti|payments/);
      expect(f(2, 3)).toMatch(/^[A-Z0-9]/);
    }
    expect(t('it').funnel.missingFigures(1, 0)).toMatch(/^Un progetto è senza il dato degli impegni\./);
  });
  it('agree in every language for 0, 1 and 2', () => {
    for (const lang of LANGS) {
      const s = t(lang);
      for (const n of [0, 1, 2]) {
        const texts = [
          s.targetGroup.ocNote(n),
          s.objective.unclassifiedNote(n),
          s.funnel.missingFigures(n, n || 1),
          s.feeds.counts(n, n, n),
          s.beneficiaries.natural(n, String(n), '1 €'),
          s.projects.more(n, String(n), 'Bari'),
          s.explorer.countOf(String(n), String(n)),
          s.explorer.downloadLead(String(n)),
          s.explorer.count(String(n)),
          s.quality.count(n),
          s.beneficiaries.inCities(n),
        ];
        for (const x of texts) expect(x, `${lang} ${n}`).not.toMatch(WRONG);
      }
    }
    expect(t('it').feeds.counts(1, 1, 1)).toBe('1 progetto nuovo, 1 eliminato, 1 modificato.');
    expect(t('en').projects.more(1, '1', 'Bari')).toBe('The other project in Bari, in the full table');
  });
});
