import { describe, expect, it } from 'vitest';
import { searchTerm } from './search-term.ts';

describe('searchTerm', () => {
  it('searches a CUP by its digits, in any case and among other words', () => {
    expect(searchTerm('E71H24479549979')).toBe('24479549979');
    expect(searchTerm('cup e71h24479549979 Bari')).toBe('cup 24479549979 Bari');
  });
  it('leaves everything else as typed: words, project codes, shorter or longer codes', () => {
    for (const q of ['sportello Bari', 'BA4.4.11.1-0001', 'E71H2447954997', 'E71H244795499790', 'ESO4.12'])
      expect(searchTerm(q)).toBe(q);
  });
});
