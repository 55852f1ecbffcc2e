import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_WORDS, MAX_TYPO_WORD_LENGTH, planQuery } from './query-plan.ts';
import { searchTerms } from './search-text.ts';

const asciiWord = fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789'), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));

describe('planQuery', () => {
  it('gives no tokens for a query without words', () => {
    expect(planQuery('')).toEqual([]);
    expect(planQuery('   ')).toEqual([]);
    expect(planQuery(', - ()')).toEqual([]);
  });

  it('folds and stems the words of the query, in order', () => {
    expect(planQuery('Chicken Breasts, RAW').map((t) => t.text)).toEqual(['chicken', 'breast', 'raw']);
    expect(planQuery('Crème brûlée').map((t) => t.text)).toEqual(['creme', 'brulee']);
  });

  it('allows a prefix for the last word while it is being typed', () => {
    expect(planQuery('ch')).toEqual([{ text: 'ch', prefix: true, maxTypos: 0 }]);
    expect(planQuery('egg w').at(-1)).toEqual({ text: 'w', prefix: true, maxTypos: 0 });
    // Trailing punctuation is not a finished word either.
    expect(planQuery('egg w,').at(-1)?.prefix).toBe(true);
  });

  it('does not allow a prefix for a short word once it is followed by a space', () => {
    expect(planQuery('ch ')).toEqual([{ text: 'ch', prefix: false, maxTypos: 0 }]);
    expect(planQuery('egg w\t').at(-1)?.prefix).toBe(false);
    expect(planQuery('w egg')[0]).toEqual({ text: 'w', prefix: false, maxTypos: 0 });
  });

  it('allows a prefix for any word of three letters or more', () => {
    expect(planQuery('chick bre ').map((t) => t.prefix)).toEqual([true, true]);
    expect(planQuery('ab abc abcd').map((t) => t.prefix)).toEqual([false, true, true]);
  });

  it('allows no typo below four letters, one from four, two from eight', () => {
    const typos = (word: string): number | undefined => planQuery(word)[0]?.maxTypos;
    expect(typos('a')).toBe(0);
    expect(typos('egg')).toBe(0);
    expect(typos('rice')).toBe(1);
    expect(typos('chicken')).toBe(1); // 7 letters
    expect(typos('broccoli')).toBe(2); // 8 letters
    expect(typos('watermelon')).toBe(2);
  });

  it('measures the typo budget on the stemmed word', () => {
    // "eggs" has four letters but stems to "egg".
    expect(planQuery('eggs')[0]).toEqual({ text: 'egg', prefix: true, maxTypos: 0 });
    // "tomatoes" has eight letters but stems to "tomato".
    expect(planQuery('tomatoes')[0]?.maxTypos).toBe(1);
  });

  it('allows no typo in a word with digits', () => {
    expect(planQuery('b12')[0]?.maxTypos).toBe(0);
    expect(planQuery('omega3')[0]?.maxTypos).toBe(0);
    expect(planQuery('vitamin12345')[0]?.maxTypos).toBe(0);
    expect(planQuery('2%')[0]).toEqual({ text: '2', prefix: true, maxTypos: 0 });
  });

  it('counts repeated words once', () => {
    expect(planQuery('egg egg').map((t) => t.text)).toEqual(['egg']);
    expect(planQuery('Eggs, egg white EGG').map((t) => t.text)).toEqual(['egg', 'white']);
    expect(planQuery('banana bananas BANANA')).toHaveLength(1);
  });

  it('makes one token per distinct term, with the budget its length allows', () => {
    fc.assert(
      fc.property(fc.array(asciiWord, { maxLength: 8 }), fc.boolean(), (words, finished) => {
        const query = words.join(' ') + (finished ? ' ' : '');
        const tokens = planQuery(query);
        expect(tokens.map((t) => t.text)).toEqual([...new Set(searchTerms(query))]);
        for (const token of tokens) {
          const expected = /\d/.test(token.text) || token.text.length > MAX_TYPO_WORD_LENGTH ? 0 : token.text.length >= 8 ? 2 : token.text.length >= 4 ? 1 : 0;
          expect(token.maxTypos).toBe(expected);
          if (token.text.length >= 3) expect(token.prefix).toBe(true);
        }
        const last = tokens.at(-1);
        if (last && words.length > 0 && !finished && !words.slice(0, -1).some((w) => searchTerms(w)[0] === last.text)) {
          expect(last.prefix).toBe(true);
        }
        for (const token of tokens.slice(0, -1)) {
          if (token.text.length < 3) expect(token.prefix).toBe(false);
        }
      }),
    );
  });

  it('bounds the work of one query, however long: its first words only, and no typo search for words longer than a food\'s', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 5)}`);
    const tokens = planQuery(words.join(' '));
    expect(tokens.map((t) => t.text)).toEqual([...new Set(searchTerms(words.join(' ')))].slice(0, MAX_QUERY_WORDS));
    expect(planQuery(`${'q'.repeat(MAX_TYPO_WORD_LENGTH + 1)} bananna`).map((t) => t.maxTypos)).toEqual([0, 1]);
    expect(planQuery('q'.repeat(MAX_TYPO_WORD_LENGTH))[0]?.maxTypos).toBe(2);
  });
});
