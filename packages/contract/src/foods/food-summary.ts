import type { NutrientValues } from '@macromuse/core/nutrients/nutrient-numbers';
import { NUTRIENT } from '@macromuse/core/nutrients/nutrient-numbers';
import type { FoodSummary, Macros } from './foods.schemas.ts';

/** Rounds away float noise: 2 decimals unless told; null for a value that is not there. */
export function tidy(value: number | undefined | null, digits = 2): number | null {
  if (value === undefined || value === null || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Energy and macros of `grams` of a food, from its per-100 g energy and macros. */
export function scaleMacros(per100g: Macros, grams: number): Macros {
  const at = (v: number | null): number | null => (v === null ? null : tidy((v * grams) / 100));
  return { kcal: at(per100g.kcal), protein: at(per100g.protein), carbs: at(per100g.carbs), fat: at(per100g.fat) };
}

/** A food as search results list it: energy and macros per 100 g and for its default portion. */
export interface SummarisedFood {
  readonly id: string;
  readonly name: string;
  readonly brand: string | null;
  readonly source: FoodSummary['source'];
  readonly energyEstimated: boolean;
  /** Every nutrient per 100 g, by USDA number. */
  readonly nutrients: NutrientValues;
  readonly defaultPortion: { readonly amount: number; readonly unit: string; readonly grams: number; readonly label: string } | null;
}

/** The search-result summary of a food (one of the user's, a favourite, a recent one, or one kept on a device). */
export function summariseFood(food: SummarisedFood): FoodSummary {
  const n = food.nutrients;
  const per100g: Macros = {
    kcal: tidy(n[NUTRIENT.energyKcal], 1),
    protein: tidy(n[NUTRIENT.protein]),
    carbs: tidy(n[NUTRIENT.carbohydrate]),
    fat: tidy(n[NUTRIENT.fat]),
  };
  const portion = food.defaultPortion;
  return {
    id: food.id,
    name: food.name,
    brand: food.brand,
    source: food.source,
    energyEstimated: food.energyEstimated,
    per100g,
    defaultPortion: portion ? { ...portion, nutrients: scaleMacros(per100g, portion.grams) } : null,
    duplicates: 0,
  };
}
