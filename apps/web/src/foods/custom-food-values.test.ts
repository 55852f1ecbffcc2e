import { describe, expect, it } from 'vitest';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { customFoodUpdateSchema } from '@macromuse/contract/foods/custom-foods.schemas';
import { normaliseCustomFood } from '@macromuse/core/foods/custom-food';
import { buildCustomFood, emptyCustomFoodForm, formFromFood, type CustomFoodForm } from './custom-food-values.ts';

const granola = (changes: Partial<CustomFoodForm> = {}): CustomFoodForm => ({
  ...emptyCustomFoodForm(),
  name: ' Granola bar ',
  brand: 'Nature Valley',
  per: 'serving',
  servingGrams: '42',
  servingLabel: 'bar',
  nutrients: { kcal: '190', protein: '4', carbs: '29', fat: '7', fibre: '2', sugars: '11', saturatedFat: '', sodium: '160' },
  ...changes,
});

describe('building a custom food from the form', () => {
  it('sends what was typed per serving, leaving out nutrients left empty', () => {
    const built = buildCustomFood(granola());
    expect(built).toEqual({
      ok: true,
      food: {
        name: 'Granola bar',
        brand: 'Nature Valley',
        barcode: null,
        per: 'serving',
        servingGrams: 42,
        servingLabel: 'bar',
        nutrients: { '208': 190, '203': 4, '205': 29, '204': 7, '291': 2, '269': 11, '307': 160 },
        portions: [],
      },
    });
    if (built.ok) expect(customFoodUpdateSchema.safeParse(built.food).success).toBe(true);
  });

  it('per 100 g, makes a serving size given the food\'s first portion', () => {
    const built = buildCustomFood(granola({ per: '100g', servingGrams: '30', servingLabel: '', barcode: '5000112 637922' }));
    expect(built.ok && built.food).toMatchObject({ per: '100g', barcode: '5000112637922', portions: [{ amount: 1, unit: 'serving', grams: 30 }] });
    expect(built.ok && 'servingGrams' in built.food).toBe(false);
  });

  it('names every problem by the field the server would name', () => {
    const built = buildCustomFood(granola({ name: '  ', barcode: '12ab', servingGrams: '', nutrients: { ...granola().nutrients, kcal: '', protein: '-1', fat: 'lots' } }));
    expect(built).toEqual({
      ok: false,
      problems: {
        name: 'is required',
        barcode: 'must be 8 to 14 digits',
        servingGrams: 'is required for nutrition per serving',
        'nutrients.208': 'are required',
        'nutrients.203': 'must not be negative',
        'nutrients.204': 'must be a number',
      },
    });
    expect(buildCustomFood(granola({ per: '100g', servingGrams: '0' }))).toMatchObject({ ok: false, problems: { servingGrams: 'must be more than 0 g' } });
  });

  it('reads decimals written with a comma', () => {
    const built = buildCustomFood(granola({ nutrients: { ...granola().nutrients, fat: '7,5' } }));
    expect(built.ok && built.food.nutrients['204']).toBe(7.5);
  });
});

describe('editing a custom food', () => {
  // What the server gives back for the granola bar above: per 100 g, the serving as first portion.
  const stored = normaliseCustomFood({ per: 'serving', servingGrams: 42, servingLabel: 'bar', nutrients: { '208': 190, '203': 4, '205': 29, '204': 7, '307': 160, '301': 20 }, portions: [{ amount: 1, unit: 'box', grams: 252 }] });
  const units: Record<string, string> = { '208': 'kcal', '307': 'mg', '301': 'mg' };
  const detail: FoodDetail = {
    id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    name: 'Granola bar',
    brand: null,
    category: null,
    source: 'custom',
    sourceId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427',
    dataset: 'custom',
    fdcId: null,
    barcode: '05000112637922',
    energyEstimated: false,
    nutrients: Object.entries(stored.nutrients).map(([number, amount]) => ({ number, name: number, unit: units[number] ?? 'g', amount })),
    portions: stored.portions.map((p) => ({ ...p, label: `${p.amount} ${p.unit}` })),
    defaultPortion: null,
    qualityNotes: [],
  };

  it('shows the food per serving, as it was typed', () => {
    const { form, kept } = formFromFood(detail);
    expect(form).toMatchObject({ per: 'serving', servingGrams: '42', servingLabel: 'bar', barcode: '5000112637922', brand: '' });
    expect(form.nutrients).toEqual({ kcal: '190', protein: '4', carbs: '29', fat: '7', fibre: '', sugars: '', saturatedFat: '', sodium: '160' });
    expect(kept.otherPortions).toEqual([{ amount: 1, unit: 'box', grams: 252 }]);
    expect(Object.keys(kept.otherNutrients)).toEqual(['301']);
  });

  it('saves it back unchanged: nutrients it has no field for and its other portions kept', () => {
    const { form, kept } = formFromFood(detail);
    const built = buildCustomFood(form, kept);
    if (!built.ok) throw new Error('expected a food');
    const again = normaliseCustomFood(built.food);
    for (const [number, amount] of Object.entries(stored.nutrients)) expect(again.nutrients[number]).toBeCloseTo(amount, 2);
    expect(again.portions).toEqual(stored.portions);
  });

  it('shows a food without portions per 100 g', () => {
    const { form } = formFromFood({ ...detail, portions: [] });
    expect(form.per).toBe('100g');
    expect(form.nutrients.kcal).toBe('452.38');
  });
});
