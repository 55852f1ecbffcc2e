import { describe, expect, it } from 'vitest';
import { amountStep, startingAmount, stepAmount, unitOptions } from './amount-units.ts';

const banana = {
  portions: [
    { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118, label: '1 medium (7" to 7-7/8" long)' },
    { amount: 0.5, unit: 'cup, sliced', grams: 75, label: '0.5 cup, sliced' },
    { amount: 1, unit: 'oz', grams: 28.35, label: '1 oz' },
  ],
  defaultPortion: { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118, label: '1 medium (7" to 7-7/8" long)' },
};

describe('amount units', () => {
  it('offers the food\'s portions by the weight of one, then grams and ounces, each once', () => {
    expect(unitOptions(banana)).toEqual([
      { value: 'medium (7" to 7-7/8" long)', label: 'medium (7" to 7-7/8" long) · 118 g' },
      { value: 'cup, sliced', label: 'cup, sliced · 150 g' },
      { value: 'oz', label: 'oz · 28 g' },
      { value: 'g', label: 'grams' },
    ]);
  });

  it('does not repeat a weight the portion already names', () => {
    expect(unitOptions({ portions: [{ amount: 1, unit: 'serving (35 g)', grams: 35, label: '1 serving (35 g)' }] })[0]).toEqual({ value: 'serving (35 g)', label: 'serving (35 g)' });
    expect(unitOptions({ portions: [{ amount: 1, unit: 'serving (100g)', grams: 100, label: '1 serving (100g)' }] })[0]?.label).toBe('serving (100g)');
  });

  it('adds the unit last logged in when the food has no such portion', () => {
    expect(unitOptions({ portions: [] }, { amount: 2, unit: 'tbsp' }).map((o) => o.value)).toEqual(['g', 'oz', 'tbsp']);
    expect(unitOptions({ portions: [] }, { amount: 2, unit: 'G' }).map((o) => o.value)).toEqual(['g', 'oz']);
  });

  it('starts from the last amount, else the usual portion, else 100 g', () => {
    expect(startingAmount(banana, { amount: 1.5, unit: 'cup, sliced' })).toEqual({ amountText: '1.5', unit: 'cup, sliced' });
    expect(startingAmount(banana)).toEqual({ amountText: '1', unit: 'medium (7" to 7-7/8" long)' });
    expect(startingAmount({ defaultPortion: { amount: 0.5, unit: 'cup', grams: 120, label: '0.5 cup' } })).toEqual({ amountText: '0.5', unit: 'cup' });
    expect(startingAmount({ defaultPortion: null })).toEqual({ amountText: '100', unit: 'g' });
  });

  it('steps by 10 g or half a portion, never to nothing', () => {
    expect(amountStep('g')).toBe(10);
    expect(amountStep('cup')).toBe(0.5);
    expect(stepAmount(100, 'g', 1)).toBe(110);
    expect(stepAmount(10, 'g', -1)).toBe(10);
    expect(stepAmount(0.3, 'cup', 1)).toBe(0.8);
    expect(stepAmount(undefined, 'cup', 1)).toBe(0.5);
    expect(stepAmount(Number.NaN, 'g', -1)).toBe(10);
  });
});
