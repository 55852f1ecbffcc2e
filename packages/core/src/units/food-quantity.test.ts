import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { densityFromPortions, findPortion, quantityToGrams, type FoodMeasures, type Portion } from './food-quantity.ts';
import { VOLUME_UNITS } from './units.ts';

const CUP_ML = VOLUME_UNITS.cup;

const egg: FoodMeasures = {
  portions: [
    { amount: 1, unit: 'large', grams: 50 },
    { amount: 1, unit: 'medium', grams: 44 },
    { amount: 1, unit: 'cup', grams: 243 },
  ],
};

const strawberries: FoodMeasures = {
  portions: [
    { amount: 1, unit: 'cup, sliced', grams: 166 },
    { amount: 1, unit: 'cup, whole', grams: 144 },
    { amount: 0.5, unit: 'cup', grams: 76 },
    { amount: 1, unit: 'medium', grams: 12 },
  ],
};

const noVolume: FoodMeasures = { portions: [{ amount: 1, unit: 'large', grams: 50 }] };
const milk: FoodMeasures = { portions: [], densityGPerMl: 1.03 };

function gramsOf(result: ReturnType<typeof quantityToGrams>): number {
  if (!result.ok) throw new Error(`expected a conversion, got: ${result.reason}`);
  return result.grams;
}

describe('findPortion', () => {
  it('matches the unit ignoring case and surrounding spaces', () => {
    expect(findPortion(egg.portions, ' Large ')).toEqual({ amount: 1, unit: 'large', grams: 50 });
    expect(findPortion(egg.portions, 'slice')).toBeUndefined();
  });

  it('skips portions with no weight or no amount', () => {
    const portions: Portion[] = [
      { amount: 1, unit: 'slice', grams: 0 },
      { amount: 0, unit: 'slice', grams: 30 },
      { amount: 1, unit: 'slice', grams: 28 },
    ];
    expect(findPortion(portions, 'slice')).toEqual({ amount: 1, unit: 'slice', grams: 28 });
    expect(findPortion(portions.slice(0, 2), 'slice')).toBeUndefined();
  });
});

describe('densityFromPortions', () => {
  it('prefers a plain measure over a prepared one', () => {
    expect(densityFromPortions(strawberries.portions)).toBeCloseTo(76 / (0.5 * CUP_ML), 12);
  });

  it('uses a prepared measure when there is no plain one', () => {
    expect(densityFromPortions([{ amount: 1, unit: 'cup, sliced', grams: 166 }])).toBeCloseTo(166 / CUP_ML, 12);
  });

  it('prefers the unit asked for among plain measures', () => {
    const portions: Portion[] = [
      { amount: 1, unit: 'cup', grams: 200 },
      { amount: 1, unit: 'tbsp', grams: 15 },
    ];
    expect(densityFromPortions(portions, 'tbsp')).toBeCloseTo(15 / VOLUME_UNITS.tbsp, 12);
    expect(densityFromPortions(portions, 'cup')).toBeCloseTo(200 / CUP_ML, 12);
  });

  it('ignores count and mass portions, and weightless ones', () => {
    expect(
      densityFromPortions([
        { amount: 1, unit: 'large', grams: 50 },
        { amount: 1, unit: 'oz', grams: 28.35 },
        { amount: 1, unit: 'cup', grams: 0 },
      ]),
    ).toBeUndefined();
  });
});

describe('quantityToGrams', () => {
  it('converts grams and ounces directly', () => {
    expect(quantityToGrams(150, 'g', noVolume)).toEqual({ ok: true, grams: 150, via: 'mass' });
    expect(quantityToGrams(2, 'oz', noVolume)).toEqual({ ok: true, grams: 2 * 28.349523125, via: 'mass' });
    expect(quantityToGrams(1, 'lb', noVolume)).toEqual({ ok: true, grams: 453.59237, via: 'mass' });
    expect(quantityToGrams(0.25, 'kg', noVolume)).toEqual({ ok: true, grams: 250, via: 'mass' });
  });

  it('converts spelled-out and capitalised mass and volume units too', () => {
    expect(quantityToGrams(150, 'grams', noVolume)).toEqual({ ok: true, grams: 150, via: 'mass' });
    expect(quantityToGrams(2, 'Ounces', noVolume)).toEqual({ ok: true, grams: 2 * 28.349523125, via: 'mass' });
    expect(gramsOf(quantityToGrams(2, 'Cups', egg))).toBeCloseTo(486, 9);
    expect(gramsOf(quantityToGrams(1, 'fl. oz', milk))).toBeCloseTo(VOLUME_UNITS['fl oz'] * 1.03, 9);
  });

  it('weighs a food portion: 2 large eggs at 50 g each are 100 g', () => {
    expect(quantityToGrams(2, 'large', egg)).toEqual({ ok: true, grams: 100, via: 'portion' });
    expect(quantityToGrams(1, 'Medium', egg)).toEqual({ ok: true, grams: 44, via: 'portion' });
  });

  it('divides by the amount a portion is given for', () => {
    expect(gramsOf(quantityToGrams(1, 'cup', strawberries))).toBeCloseTo(152, 9);
    expect(quantityToGrams(3, 'slice', { portions: [{ amount: 2, unit: 'slice', grams: 50 }] })).toEqual({
      ok: true,
      grams: 75,
      via: 'portion',
    });
  });

  it('weighs a cup through the food\'s own "cup" portion', () => {
    expect(quantityToGrams(2, 'cup', egg)).toEqual({ ok: true, grams: 486, via: 'portion' });
  });

  it('weighs other volumes through the density of a volume portion', () => {
    const result = quantityToGrams(1, 'tbsp', egg);
    expect(result.ok && result.via).toBe('portion');
    expect(gramsOf(result)).toBeCloseTo((243 * VOLUME_UNITS.tbsp) / CUP_ML, 9);
    expect(gramsOf(quantityToGrams(1, 'cup', { portions: [{ amount: 1, unit: 'cup, chopped', grams: 160 }] }))).toBeCloseTo(160, 9);
  });

  it('refuses a volume when the food has no volume portion and no density', () => {
    const result = quantityToGrams(1, 'cup', noVolume);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/"cup" is a volume .* no volume portion or known density/);
    expect(quantityToGrams(1, 'ml', { portions: [], densityGPerMl: 0 }).ok).toBe(false);
  });

  it('uses the density when it is given and there is no volume portion', () => {
    expect(quantityToGrams(250, 'ml', milk)).toEqual({ ok: true, grams: 257.5, via: 'density' });
    expect(gramsOf(quantityToGrams(1, 'cup', milk))).toBeCloseTo(CUP_ML * 1.03, 9);
  });

  it('prefers the food\'s own volume portion over a stated density', () => {
    const food: FoodMeasures = { portions: [{ amount: 1, unit: 'cup, sliced', grams: 166 }], densityGPerMl: 1 };
    const result = quantityToGrams(1, 'cup', food);
    expect(result.ok && result.via).toBe('portion');
    expect(gramsOf(result)).toBeCloseTo(166, 9);
  });

  it('refuses units that are neither a measure nor a portion of the food', () => {
    const result = quantityToGrams(1, 'slice', egg);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toBe('"slice" is not a unit or a portion of this food');
  });

  it('refuses negative and non-finite amounts', () => {
    for (const amount of [-1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(quantityToGrams(amount, 'g', egg)).toEqual({ ok: false, reason: 'amount must be a number of at least 0' });
    }
    expect(quantityToGrams(0, 'large', egg)).toEqual({ ok: true, grams: 0, via: 'portion' });
  });

  const unitsForEgg = fc.constantFrom('g', 'oz', 'lb', 'large', 'medium', 'cup', 'tbsp', 'ml', 'fl oz');
  const amounts = fc.double({ min: 0, max: 1e4, noNaN: true, noDefaultInfinity: true });

  it('property: quantityToGrams is linear in the amount', () => {
    fc.assert(
      fc.property(unitsForEgg, amounts, amounts, fc.double({ min: 0, max: 100, noNaN: true }), (unit, a, b, k) => {
        const ga = gramsOf(quantityToGrams(a, unit, egg));
        const gb = gramsOf(quantityToGrams(b, unit, egg));
        const gSum = gramsOf(quantityToGrams(a + b, unit, egg));
        const gScaled = gramsOf(quantityToGrams(k * a, unit, egg));
        const tolerance = (x: number): number => 1e-9 * Math.max(1, Math.abs(x));
        expect(Math.abs(gSum - (ga + gb))).toBeLessThanOrEqual(tolerance(gSum));
        expect(Math.abs(gScaled - k * ga)).toBeLessThanOrEqual(tolerance(gScaled));
        expect(quantityToGrams(0, unit, egg)).toMatchObject({ ok: true, grams: 0 });
      }),
    );
  });

  it('property: a portion of g grams for n units gives amount × g / n', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        fc.double({ min: 0.1, max: 1000, noNaN: true }),
        amounts,
        (portionAmount, portionGrams, amount) => {
          const food: FoodMeasures = { portions: [{ amount: portionAmount, unit: 'piece', grams: portionGrams }] };
          const result = quantityToGrams(amount, 'piece', food);
          expect(result.ok && result.via).toBe('portion');
          const expected = (amount * portionGrams) / portionAmount;
          expect(Math.abs(gramsOf(result) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
        },
      ),
    );
  });

  it('property: without a volume portion or density every volume unit is refused, every mass unit accepted', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(VOLUME_UNITS) as (keyof typeof VOLUME_UNITS)[])), amounts, (unit, amount) => {
        expect(quantityToGrams(amount, unit, noVolume).ok).toBe(false);
        expect(quantityToGrams(amount, 'g', noVolume)).toEqual({ ok: true, grams: amount, via: 'mass' });
      }),
    );
  });
});
