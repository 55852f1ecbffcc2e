import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nutrientsForGrams, sumNutrients } from './entry-nutrients.ts';

const nutrientMap = fc.dictionary(fc.constantFrom('203', '204', '205', '208', '307', '303'), fc.double({ min: 0, max: 1000, noNaN: true }), { minKeys: 1 });

describe('nutrientsForGrams', () => {
  it('scales per-100 g values to the amount: 150 g of 89 kcal/100 g is 133.5 kcal', () => {
    expect(nutrientsForGrams({ '208': 89, '203': 1.09 }, 150)).toEqual({ '208': 133.5, '203': 1.635 });
  });

  it('gives zero for zero grams and the values themselves for 100 g', () => {
    fc.assert(
      fc.property(nutrientMap, (per100g) => {
        for (const [k, v] of Object.entries(nutrientsForGrams(per100g, 0))) expect(v, k).toBe(0);
        for (const [k, v] of Object.entries(nutrientsForGrams(per100g, 100))) expect(v).toBeCloseTo(per100g[k] ?? NaN, 3);
      }),
    );
  });

  it('is additive: a grams + b grams holds what a and b hold together', () => {
    fc.assert(
      fc.property(nutrientMap, fc.double({ min: 0, max: 2000, noNaN: true }), fc.double({ min: 0, max: 2000, noNaN: true }), (per100g, a, b) => {
        const together = nutrientsForGrams(per100g, a + b);
        const apart = sumNutrients([nutrientsForGrams(per100g, a), nutrientsForGrams(per100g, b)]);
        for (const k of Object.keys(per100g)) expect(apart[k]).toBeCloseTo(together[k] ?? NaN, 2);
      }),
    );
  });
});

describe('sumNutrients', () => {
  it('adds nutrient by nutrient, a nutrient missing from one entry counting as 0', () => {
    expect(sumNutrients([{ '208': 100, '203': 5 }, { '208': 50.5 }, {}])).toEqual({ '208': 150.5, '203': 5 });
  });

  it('totals equal the sum of entries in any order', () => {
    fc.assert(
      fc.property(fc.array(nutrientMap, { maxLength: 30 }), (entries) => {
        const forward = sumNutrients(entries);
        const backward = sumNutrients([...entries].reverse());
        for (const k of Object.keys(forward)) {
          expect(backward[k]).toBeCloseTo(forward[k] ?? NaN, 3);
          expect(forward[k]).toBeCloseTo(entries.reduce((s, e) => s + (e[k] ?? 0), 0), 3);
        }
      }),
    );
  });
});
