import { describe, expect, it } from 'vitest';
import { SYNONYMS, synonymVariants } from './synonyms.ts';
import { searchTerms } from './search-text.ts';

describe('synonyms', () => {
  it('searches a regional word also as the catalog names it, keeping the other words typed', () => {
    expect(synonymVariants(searchTerms('aubergine'))).toEqual([searchTerms('eggplant')]);
    expect(synonymVariants(searchTerms('grilled courgette slices'))).toEqual([searchTerms('grilled zucchini slices')]);
    expect(synonymVariants(searchTerms('beef mince'))).toEqual([searchTerms('ground beef')]);
    expect(synonymVariants(searchTerms('chicken breast'))).toEqual([]);
  });

  it('matches whole words only, never part of one', () => {
    expect(synonymVariants(searchTerms('popcorn'))).toEqual([]);
    expect(synonymVariants(searchTerms('mincemeat'))).toEqual([]);
  });

  it('is data each entry of which says what it means and where it is said', () => {
    for (const s of SYNONYMS) {
      expect(s.say.length, s.means).toBeGreaterThan(0);
      expect(s.note.length, s.means).toBeGreaterThan(1);
      for (const say of s.say) expect(searchTerms(say), say).not.toEqual(searchTerms(s.means));
    }
  });
});
