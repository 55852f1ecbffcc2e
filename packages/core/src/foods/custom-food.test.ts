import { describe, expect, it } from 'vitest';
import { customFoodMatches, normaliseCustomFood } from './custom-food.ts';

describe('custom foods', () => {
  it('brings a label per serving to per 100 g and makes the serving a portion', () => {
    // 240 kcal in an 80 g slice is 300 kcal per 100 g.
    const food = normaliseCustomFood({ per: 'serving', servingGrams: 80, servingLabel: 'slice', nutrients: { '208': 240, '203': 4 }, portions: [] });
    expect(food.nutrients).toEqual({ '208': 300, '203': 5 });
    expect(food.portions).toEqual([{ amount: 1, unit: 'slice', grams: 80 }]);
  });

  it('keeps a label per 100 g as it is', () => {
    const label = { per: '100g' as const, nutrients: { '208': 52 }, portions: [{ amount: 1, unit: 'medium', grams: 182 }] };
    expect(normaliseCustomFood(label)).toEqual({ nutrients: { '208': 52 }, portions: label.portions });
  });

  it('refuses per serving without a serving size', () => {
    expect(() => normaliseCustomFood({ per: 'serving', nutrients: { '208': 1 }, portions: [] })).toThrow(RangeError);
  });

  it('matches when every query word starts a word of the name or brand', () => {
    expect(customFoodMatches('choc chip', 'Chocolate chip cookies', null)).toBe(true);
    expect(customFoodMatches('grandma', 'Zucchini bread', "Grandma's kitchen")).toBe(true);
    expect(customFoodMatches('chip mint', 'Chocolate chip cookies', null)).toBe(false);
    expect(customFoodMatches('  ', 'Anything', null)).toBe(false);
  });
});
