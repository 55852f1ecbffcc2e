import { describe, expect, it } from 'vitest';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { rememberFoods, searchFoodsOnDevice, summaryOf } from './device-search.ts';

const food = (id: string, name: string, brand: string | null = null): FoodSummary => ({
  id,
  name,
  brand,
  source: 'usda-sr28',
  energyEstimated: false,
  per100g: { kcal: 100, protein: 1, carbs: 20, fat: 0.5 },
  defaultPortion: null,
  duplicates: 0,
});

describe('searching the foods kept on the device', () => {
  const foods = [food('1', 'Yogurt, Greek, plain'), food('2', 'Bananas, raw'), food('3', 'Banana bread'), food('4', 'Chips', 'Bananaland'), food('5', 'Crème fraîche')];

  it('finds foods whose words begin with every word typed, name-first matches first', () => {
    expect(searchFoodsOnDevice(foods, 'ban').map((f) => f.id)).toEqual(['2', '3', '4']);
    expect(searchFoodsOnDevice(foods, 'ban ra').map((f) => f.id)).toEqual(['2']);
    expect(searchFoodsOnDevice(foods, 'greek yog').map((f) => f.id)).toEqual(['1']);
  });

  it('ignores case, punctuation and accents, and finds nothing for nothing typed', () => {
    expect(searchFoodsOnDevice(foods, 'CREME')).toHaveLength(1);
    expect(searchFoodsOnDevice(foods, '  , ')).toEqual([]);
    expect(searchFoodsOnDevice(foods, 'apple')).toEqual([]);
  });

  it('keeps the most recently used first, each food once, up to a limit', () => {
    const list = rememberFoods([food('1', 'A'), food('2', 'B')], [food('2', 'B'), food('3', 'C'), food('3', 'C')], 3);
    expect(list.map((f) => f.id)).toEqual(['2', '3', '1']);
    expect(rememberFoods(list, [food('9', 'Z')], 3).map((f) => f.id)).toEqual(['9', '2', '3']);
  });
});

describe('the summary of a food detail', () => {
  it('gives energy and macros per 100 g and for the default portion, rounded as the server rounds them', () => {
    const detail: FoodDetail = {
      id: '7',
      name: 'Bananas, raw',
      brand: null,
      category: null,
      source: 'usda-sr28',
      sourceId: '09040',
      dataset: 'sr28',
      fdcId: null,
      barcode: null,
      energyEstimated: false,
      nutrients: [
        { number: '208', name: 'Energy', unit: 'kcal', amount: 89 },
        { number: '203', name: 'Protein', unit: 'g', amount: 1.09 },
        { number: '205', name: 'Carbohydrate', unit: 'g', amount: 22.84 },
      ],
      portions: [{ amount: 1, unit: 'medium', grams: 118, label: '1 medium' }],
      defaultPortion: { amount: 1, unit: 'medium', grams: 118, label: '1 medium' },
      qualityNotes: [],
    };
    const summary = summaryOf(detail);
    expect(summary.per100g).toEqual({ kcal: 89, protein: 1.09, carbs: 22.84, fat: null });
    expect(summary.defaultPortion?.nutrients.kcal).toBe(105.02);
    expect(summary.defaultPortion?.nutrients.carbs).toBe(26.95);
  });
});
