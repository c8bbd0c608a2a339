import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportConfig } from '../schema/index.ts';
import { loadReference } from '../reference/load.ts';
import { localCodeScheme, objectiveIn } from './local-code.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const config = ImportConfig.parse(JSON.parse(readFileSync(join(ROOT, 'data/config/import.json'), 'utf8')));
const scheme = localCodeScheme(config.localCode, loadReference(join(ROOT, 'data/reference')).cities, 4);

describe('the programme local codes (data/config/import.json localCode.pattern)', () => {
  it('reads city and action from the shapes the programme uses', () => {
    const read = (code: string) => {
      const r = scheme.read(code);
      return r.kind === 'ok' ? [r.city.slug, r.action] : r.kind;
    };
    expect(read('NA4.4.12.1a')).toEqual(['napoli', '4.4.12.1']);
    expect(read('RC4.4.8.1.b')).toEqual(['reggio-calabria', '4.4.8.1']);
    expect(read('BA4.4.11.2-03')).toEqual(['bari', '4.4.11.2']);
    expect(read('TO4.4.8.2')).toEqual(['torino', '4.4.8.2']);
    expect(read('J61H24000030006---CT4.4.11.1a')).toEqual(['catania', '4.4.11.1']);
    expect(read('  ca4.4.8.1-0001 ')).toEqual(['cagliari', '4.4.8.1']);
  });
  it('tells a code of another priority, unknown initials or action, and no scheme at all apart', () => {
    expect(scheme.read('BR5.4.11.1a')).toEqual({ kind: 'other-priority', priority: 5 });
    expect(scheme.read('XX4.4.8.1a')).toEqual({ kind: 'unknown-city', initials: 'XX' });
    expect(scheme.read('NA4.4.9.1')).toEqual({ kind: 'unknown-action', action: '4.4.9.1' });
    for (const code of ['1MPL001', 'NA-4.4.8.1', '4.4.8.1a', 'NAP4.4.8.1', ''])
      expect(scheme.read(code), code).toEqual({ kind: 'no-match' });
  });
  it('reads specific objective cells, and names the objectives of other priorities', () => {
    expect(objectiveIn('ESO4.8')).toEqual({ code: 'ESO4.8' });
    expect(objectiveIn('ESO 4.11 - Accesso ai servizi')).toEqual({ code: 'ESO4.11' });
    expect(objectiveIn('4.12')).toEqual({ code: 'ESO4.12' });
    expect(objectiveIn('RSO2.9')).toEqual({ other: 'RSO2.9' });
    expect(objectiveIn('ESO4.1')).toEqual({ other: 'ESO4.1' });
    expect(objectiveIn('Inclusione')).toBeNull();
  });
  it('refuses a pattern without its named groups', () => {
    expect(
      ImportConfig.safeParse({ ...config, localCode: { ...config.localCode, pattern: '^[A-Z]{2}' } }).success,
    ).toBe(false);
    expect(ImportConfig.safeParse({ ...config, localCode: { ...config.localCode, pattern: '(?<city>' } }).success).toBe(
      false,
    );
  });
});
