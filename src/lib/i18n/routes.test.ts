import { describe, expect, it } from 'vitest';
import { routePath, objectiveSlug } from './routes.ts';

describe('routes', () => {
  it('keeps codes and slugs identical across languages', () => {
    expect(routePath('it', { name: 'action', code: '4.4.8.1' })).toBe('/azioni/4.4.8.1/');
    expect(routePath('en', { name: 'action', code: '4.4.8.1' })).toBe('/en/actions/4.4.8.1/');
    expect(routePath('it', { name: 'city', slug: 'napoli' })).toBe('/citta/napoli/');
    expect(routePath('en', { name: 'city', slug: 'napoli' })).toBe('/en/cities/napoli/');
    expect(routePath('it', { name: 'objective', code: 'ESO4.11' })).toBe('/obiettivi/eso4-11/');
    expect(routePath('en', { name: 'project', id: 'na-1' })).toBe('/en/projects/na-1/');
    expect(routePath('it', { name: 'home' })).toBe('/');
    expect(routePath('en', { name: 'home' })).toBe('/en/');
  });
  it('slugs objectives', () => expect(objectiveSlug('ESO4.8')).toBe('eso4-8'));
});
