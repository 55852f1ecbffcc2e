import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedEditDistance } from './edit-distance.ts';

/** Optimal string alignment distance, the textbook full-matrix way. */
function referenceOsa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, at(i - 2, j - 2) + 1);
      (d[i] as number[])[j] = value;
    }
  }
  return at(a.length, b.length);
}

type EditKind = 'insert' | 'delete' | 'substitute' | 'swap';

function applyEdit(text: string, kind: EditKind, i: number, letter: string): string {
  switch (kind) {
    case 'insert':
      return text.slice(0, i) + letter + text.slice(i);
    case 'delete':
      return text.slice(0, i) + text.slice(i + 1);
    case 'substitute':
      return text.slice(0, i) + letter + text.slice(i + 1);
    case 'swap': {
      const j = Math.min(i, text.length - 2);
      return text.slice(0, j) + (text[j + 1] ?? '') + (text[j] ?? '') + text.slice(j + 2);
    }
  }
}

/** Short strings over a small alphabet, so that edits, repeats and transpositions are common. */
const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
const max = fc.integer({ min: 0, max: 4 });

describe('boundedEditDistance', () => {
  it('counts one edit for a typical typo', () => {
    expect(boundedEditDistance('brocoli', 'broccoli', 2)).toBe(1); // missing letter
    expect(boundedEditDistance('chiken', 'chicken', 2)).toBe(1); // missing letter
    expect(boundedEditDistance('chickem', 'chicken', 2)).toBe(1); // wrong letter
    expect(boundedEditDistance('chickken', 'chicken', 2)).toBe(1); // extra letter
  });

  it('counts a swap of adjacent letters as one edit', () => {
    expect(boundedEditDistance('chikcen', 'chicken', 2)).toBe(1);
    expect(boundedEditDistance('hcicken', 'chicken', 2)).toBe(1);
    expect(boundedEditDistance('ab', 'ba', 1)).toBe(1);
    // Plain Levenshtein would say 2 for these.
    expect(boundedEditDistance('ab', 'ba', 5)).toBe(1);
  });

  it('gives the full distance when it is within the bound', () => {
    expect(boundedEditDistance('kitten', 'sitting', 3)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 5)).toBe(3);
    expect(boundedEditDistance('', 'abc', 3)).toBe(3);
    expect(boundedEditDistance('abc', '', 3)).toBe(3);
    expect(boundedEditDistance('', '', 0)).toBe(0);
  });

  it('caps the distance at max + 1', () => {
    expect(boundedEditDistance('kitten', 'sitting', 2)).toBe(3);
    expect(boundedEditDistance('kitten', 'sitting', 1)).toBe(2);
    expect(boundedEditDistance('kitten', 'sitting', 0)).toBe(1);
    expect(boundedEditDistance('rice', 'broccoli', 2)).toBe(3); // lengths alone are too far apart
    expect(boundedEditDistance('apple', 'zzzzz', 1)).toBe(2);
  });

  it('is zero between a string and itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), max, (a, m) => {
        expect(boundedEditDistance(a, a, m)).toBe(0);
      }),
    );
  });

  it('is at least one between different strings (for a bound of at least one)', () => {
    fc.assert(
      fc.property(word, word, fc.integer({ min: 1, max: 4 }), (a, b, m) => {
        fc.pre(a !== b);
        expect(boundedEditDistance(a, b, m)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(word, word, max, (a, b, m) => {
        expect(boundedEditDistance(a, b, m)).toBe(boundedEditDistance(b, a, m));
      }),
    );
  });

  it('never exceeds max + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), fc.string({ maxLength: 16 }), max, (a, b, m) => {
        const d = boundedEditDistance(a, b, m);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(m + 1);
      }),
    );
  });

  it('agrees with a reference OSA distance: exact within the bound, max + 1 beyond it', () => {
    fc.assert(
      fc.property(word, word, max, (a, b, m) => {
        const truth = referenceOsa(a, b);
        expect(boundedEditDistance(a, b, m)).toBe(truth <= m ? truth : m + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('is exact when the bound is generous', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(boundedEditDistance(a, b, 16)).toBe(referenceOsa(a, b));
      }),
    );
  });

  it('counts one edit for any single insertion, deletion, substitution or adjacent swap', () => {
    const edit = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: 2, maxLength: 10 }),
      kind: fc.constantFrom<EditKind>('insert', 'delete', 'substitute', 'swap'),
      at: fc.nat(),
      letter: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    });
    fc.assert(
      fc.property(edit, ({ text, kind, at, letter }) => {
        const edited = applyEdit(text, kind, at % text.length, letter);
        expect(boundedEditDistance(text, edited, 2)).toBe(edited === text ? 0 : 1);
        expect(boundedEditDistance(edited, text, 1)).toBe(edited === text ? 0 : 1);
      }),
    );
  });
});
