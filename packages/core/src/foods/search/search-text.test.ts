import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BASIC_FORM_TERMS, PREPARED_FORM_TERMS, foldText, searchTerms, stemTerm } from './search-text.ts';

/** Lower-case ASCII words, long enough for the stemmer to touch. */
const asciiWord = (minLength: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), { minLength, maxLength: 12 }).map((cs) => cs.join(''));

/** Latin text with accents and the special letters foldText spells out. */
const latinText = fc
  .array(fc.constantFrom(...'aAeEzZ éÉèçÇñÑüÜöÖåÅøØæÆœßłđþ,.-'), { maxLength: 20 })
  .map((cs) => cs.join(''));

describe('foldText', () => {
  it('lower-cases plain ASCII and keeps everything else', () => {
    expect(foldText('BANANA, Raw')).toBe('banana, raw');
    expect(foldText('2% Milk (Reduced-Fat)')).toBe('2% milk (reduced-fat)');
    expect(foldText('')).toBe('');
  });

  it('removes accents', () => {
    expect(foldText('Crème brûlée')).toBe('creme brulee');
    expect(foldText('JALAPEÑO Piñata')).toBe('jalapeno pinata');
    expect(foldText('Açaí, Café, Naïve')).toBe('acai, cafe, naive');
  });

  it('spells out special letters', () => {
    expect(foldText('Straße')).toBe('strasse');
    expect(foldText('ß')).toBe('ss');
    expect(foldText('Æbleskiver')).toBe('aebleskiver');
    expect(foldText('Smørrebrød')).toBe('smorrebrod');
    expect(foldText('Œufs')).toBe('oeufs');
    expect(foldText('Łódź')).toBe('lodz');
    expect(foldText('Þorramatur')).toBe('thorramatur');
  });

  it('gives ASCII, lower-case, idempotent text for Latin input', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        const folded = foldText(text);
        expect(folded).toMatch(/^[\x20-\x7e]*$/);
        expect(folded).toBe(folded.toLowerCase());
        expect(foldText(folded)).toBe(folded);
      }),
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(latinText, (text) => {
        expect(foldText(text.toUpperCase())).toBe(foldText(text.toLowerCase()));
      }),
    );
  });
});

describe('stemTerm', () => {
  it.each([
    ['bananas', 'banana'],
    ['berries', 'berry'],
    ['tomatoes', 'tomato'],
    ['potatoes', 'potato'],
    ['peaches', 'peach'],
    ['cheeses', 'cheese'],
    ['boxes', 'box'],
    ['dishes', 'dish'],
    ['glasses', 'glass'],
    ['cookies', 'cookie'],
    ['cherries', 'cherry'],
    ['apples', 'apple'],
  ])('makes %s meet %s', (plural, singular) => {
    expect(stemTerm(plural)).toBe(stemTerm(singular));
  });

  it('strips plural endings to the expected stems', () => {
    expect(stemTerm('bananas')).toBe('banana');
    expect(stemTerm('peaches')).toBe('peach');
    expect(stemTerm('tomatoes')).toBe('tomato');
    expect(stemTerm('cheeses')).toBe('cheese');
  });

  it('leaves words that only look plural alone', () => {
    expect(stemTerm('glass')).toBe('glass');
    expect(stemTerm('hummus')).toBe('hummus');
    expect(stemTerm('couscous')).toBe('couscous');
    expect(stemTerm('swiss')).toBe('swiss');
    expect(stemTerm('anis')).toBe('anis');
  });

  it('keeps a vowel before a final y (turkey, turkeys)', () => {
    expect(stemTerm('turkey')).toBe('turkey');
    expect(stemTerm('turkeys')).toBe('turkey');
  });

  it('leaves words of three letters or fewer alone', () => {
    expect(stemTerm('egg')).toBe('egg');
    expect(stemTerm('oes')).toBe('oes');
    expect(stemTerm('ys')).toBe('ys');
    fc.assert(
      fc.property(asciiWord(0).filter((w) => w.length <= 3), (word) => {
        expect(stemTerm(word)).toBe(word);
      }),
    );
  });

  it('leaves words with digits alone', () => {
    expect(stemTerm('b12s')).toBe('b12s');
    expect(stemTerm('omega3s')).toBe('omega3s');
    expect(stemTerm('100s')).toBe('100s');
    fc.assert(
      fc.property(asciiWord(0), fc.integer({ min: 0, max: 9 }), asciiWord(0), (before, digit, after) => {
        const word = `${before}${digit}${after}`;
        expect(stemTerm(word)).toBe(word);
      }),
    );
  });

  it('makes singulars ending in ch/sh/ss/x/z + e meet their plurals', () => {
    for (const [one, many] of [['quiche', 'quiches'], ['mousse', 'mousses'], ['size', 'sizes'], ['peach', 'peaches'], ['box', 'boxes']]) {
      expect(stemTerm(many ?? '')).toBe(stemTerm(one ?? ''));
    }
  });

  it('makes "word" and "words" meet for words not ending in s, u or i', () => {
    const singular = asciiWord(4).filter((w) => !/[sui]$/.test(w));
    fc.assert(
      fc.property(singular, (word) => {
        expect(stemTerm(`${word}s`)).toBe(stemTerm(word));
      }),
    );
  });

  it('makes "berry" and "berries" meet for any consonant + y', () => {
    const stem = asciiWord(3).filter((w) => /[^aeiou]$/.test(w));
    fc.assert(
      fc.property(stem, (w) => {
        expect(stemTerm(`${w}ies`)).toBe(stemTerm(`${w}y`));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(asciiWord(0), (word) => {
        const once = stemTerm(word);
        expect(stemTerm(once)).toBe(once);
      }),
    );
  });

  it('never lengthens a word', () => {
    fc.assert(
      fc.property(asciiWord(0), (word) => {
        expect(stemTerm(word).length).toBeLessThanOrEqual(word.length);
      }),
    );
  });
});

describe('searchTerms', () => {
  it('splits on punctuation and space, folding and stemming each word', () => {
    expect(searchTerms('Bananas, raw')).toEqual(['banana', 'raw']);
    expect(searchTerms('BANANA,')).toEqual(['banana']);
    expect(searchTerms('Crème Brûlée (Desserts)')).toEqual(['creme', 'brulee', 'dessert']);
    expect(searchTerms('Milk, reduced fat, 2% milkfat')).toEqual(['milk', 'reduced', 'fat', '2', 'milkfat']);
    expect(searchTerms('Straße-Brötchen')).toEqual(['strass', 'brotchen']);
  });

  it('keeps order and repeats', () => {
    expect(searchTerms('egg white egg')).toEqual(['egg', 'white', 'egg']);
  });

  it('gives nothing for text without letters or digits', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('   ')).toEqual([]);
    expect(searchTerms(', - ; () %')).toEqual([]);
  });

  it('keeps digits and non-Latin letters as words', () => {
    expect(searchTerms('Vitamin B12, 100 mg')).toEqual(['vitamin', 'b12', '100', 'mg']);
    expect(searchTerms('Ελιές, kalamata')).toEqual(['ελιες', 'kalamata']);
  });

  it('gives the same terms for "Bananas", "banana" and "BANANA,"', () => {
    expect(searchTerms('Bananas')).toEqual(searchTerms('banana'));
    expect(searchTerms('BANANA,')).toEqual(searchTerms('banana'));
  });

  it('gives non-empty lower-case words made of letters and digits', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        for (const term of searchTerms(text)) {
          expect(term.length).toBeGreaterThan(0);
          expect(term).toMatch(/^[a-z0-9]+$/);
        }
      }),
    );
  });

  it('ignores case and punctuation around words', () => {
    fc.assert(
      fc.property(fc.array(asciiWord(1), { maxLength: 6 }), fc.constantFrom(' ', ', ', ' - ', '; ', '/'), (words, separator) => {
        const spaced = words.join(' ');
        expect(searchTerms(words.join(separator).toUpperCase())).toEqual(searchTerms(spaced));
        expect(searchTerms(spaced)).toEqual(words.map(stemTerm));
      }),
    );
  });
});

describe('form words', () => {
  it('are stored stemmed, so a stemmed term finds them', () => {
    expect(BASIC_FORM_TERMS.has(stemTerm('raw'))).toBe(true);
    expect(BASIC_FORM_TERMS.has(searchTerms('Boiled')[0] ?? '')).toBe(true);
    expect(PREPARED_FORM_TERMS.has(searchTerms('Nuggets')[0] ?? '')).toBe(true);
    expect(PREPARED_FORM_TERMS.has(searchTerms('patty')[0] ?? '')).toBe(true);
    expect(PREPARED_FORM_TERMS.has(stemTerm('chicken'))).toBe(false);
  });
});
