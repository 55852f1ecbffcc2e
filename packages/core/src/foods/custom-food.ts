import { searchTerms } from './search/search-text.ts';
import type { Portion } from '../units/food-quantity.ts';
import type { NutrientValues } from '../nutrients/nutrient-numbers.ts';

/** What a person types in for a food of their own: the label's table, per 100 g or per serving. */
export interface CustomFoodLabel {
  readonly per: '100g' | 'serving';
  readonly servingGrams?: number | undefined;
  readonly servingLabel?: string | undefined;
  readonly nutrients: NutrientValues;
  readonly portions: readonly Portion[];
}

/** A custom food as stored: nutrients per 100 g, like every catalog food, and its portions. */
export interface CustomFoodValues {
  readonly nutrients: NutrientValues;
  readonly portions: readonly Portion[];
}

const round = (value: number): number => Math.round(value * 10000) / 10000;

/**
 * Brings a label to per 100 g. Per serving, every amount is scaled by 100 / serving grams and
 * the serving becomes the food's first portion ("1 serving" unless the label names it).
 */
export function normaliseCustomFood(label: CustomFoodLabel): CustomFoodValues {
  if (label.per === '100g') return { nutrients: { ...label.nutrients }, portions: [...label.portions] };
  const serving = label.servingGrams;
  if (serving === undefined || !(serving > 0)) throw new RangeError('a serving size in grams is needed for nutrients per serving');
  const factor = 100 / serving;
  const nutrients: Record<string, number> = {};
  for (const [number, amount] of Object.entries(label.nutrients)) nutrients[number] = round(amount * factor);
  const servingPortion: Portion = { amount: 1, unit: label.servingLabel ?? 'serving', grams: serving };
  return { nutrients, portions: [servingPortion, ...label.portions.filter((p) => p.unit !== servingPortion.unit)] };
}

/** True when every word of the query starts a word of the food's name or brand ("choc chip" finds "Chocolate chip cookies"). */
export function customFoodMatches(query: string, name: string, brand: string | null): boolean {
  const wanted = searchTerms(query);
  if (wanted.length === 0) return false;
  const have = searchTerms(`${name} ${brand ?? ''}`);
  return wanted.every((w) => have.some((h) => h.startsWith(w)));
}
