import { describe, expect, it } from 'vitest';
import { entryGrams, MAX_ENTRY_GRAMS } from './entry-amount.ts';

const banana = {
  portions: [
    { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118 },
    { amount: 1, unit: 'cup, sliced', grams: 150 },
  ],
  defaultPortion: { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118 },
};

describe('entryGrams', () => {
  it('weighs portions by name, with or without their parenthesis', () => {
    expect(entryGrams(banana, 2, 'medium (7" to 7-7/8" long)')).toEqual({ ok: true, grams: 236 });
    expect(entryGrams(banana, 1.5, 'Medium')).toEqual({ ok: true, grams: 177 });
    expect(entryGrams(banana, 0.5, 'cup, sliced')).toEqual({ ok: true, grams: 75 });
  });

  it('takes masses, volumes through the food\'s own volume portion, and "serving"', () => {
    expect(entryGrams(banana, 3, 'oz')).toEqual({ ok: true, grams: 85.049 });
    // 1 cup sliced = 150 g, so 2 tbsp (1/8 cup) = 18.75 g.
    expect(entryGrams(banana, 2, 'tbsp')).toEqual({ ok: true, grams: 18.75 });
    expect(entryGrams(banana, 2, 'serving')).toEqual({ ok: true, grams: 236 });
  });

  it('refuses units the food cannot be weighed in, naming the unit field', () => {
    const result = entryGrams({ portions: [], defaultPortion: null }, 1, 'cup');
    expect(result).toMatchObject({ ok: false, field: 'unit' });
    expect(entryGrams({ portions: [], defaultPortion: null }, 1, 'serving')).toMatchObject({ ok: false, field: 'unit' });
    expect(entryGrams(banana, 1, 'handful')).toMatchObject({ ok: false, field: 'unit' });
  });

  it('refuses more than one entry can hold: 10 kg of salt is a slip', () => {
    expect(entryGrams(banana, MAX_ENTRY_GRAMS, 'g')).toEqual({ ok: true, grams: MAX_ENTRY_GRAMS });
    const result = entryGrams(banana, 10, 'kg');
    expect(result).toMatchObject({ ok: false, field: 'amount' });
    expect(result.ok ? '' : result.reason).toContain('10000 g');
  });
});
