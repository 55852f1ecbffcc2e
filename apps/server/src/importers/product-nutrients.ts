import { NUTRIENT, type NutrientValues } from '@macromuse/core/nutrients/nutrient-numbers';
import { estimateKcalFromMacros, reconcileKcal } from '@macromuse/core/nutrients/energy';
import { checkPlausibility } from '@macromuse/core/nutrients/plausibility';

/** Grams of salt per gram of sodium (NaCl / Na). */
export const SALT_PER_SODIUM = 2.54;

export interface ProductFacts {
  /** Label values per 100 g, as grams (sodium too), with energy in kcal and kJ where stated. */
  readonly kcal?: number | undefined;
  readonly kj?: number | undefined;
  readonly grams: { readonly [K in 'protein' | 'fat' | 'carbohydrate' | 'sugars' | 'fiber' | 'saturatedFat' | 'transFat' | 'alcohol']?: number | undefined };
  readonly milligramsFromGrams: { readonly [K in 'sodium' | 'cholesterol' | 'calcium' | 'iron' | 'potassium' | 'vitaminC']?: number | undefined };
  readonly saltGrams?: number | undefined;
}

export type ProductNutrition =
  | { readonly ok: true; readonly nutrients: NutrientValues; readonly energyEstimated: boolean; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Turns a product's label values into nutrients by USDA number: impossible values are
 * dropped and noted, a product whose macros exceed its weight is refused, the kcal a kJ
 * column really means is recovered, and missing energy is estimated from macros (and marked so).
 */
export function productNutrition(facts: ProductFacts): ProductNutrition {
  const values: Record<string, number> = {};
  const notes: string[] = [];
  for (const [key, value] of Object.entries(facts.grams)) {
    if (value !== undefined) values[NUTRIENT[key as keyof typeof facts.grams]] = value;
  }
  for (const [key, value] of Object.entries(facts.milligramsFromGrams)) {
    if (value !== undefined) values[NUTRIENT[key as keyof typeof facts.milligramsFromGrams]] = value * 1000;
  }
  const salt = facts.saltGrams;
  if (salt !== undefined) {
    if (salt < 0 || salt > 100) notes.push(`salt ${salt} g per 100 g is impossible`);
    else if (values[NUTRIENT.sodium] === undefined) values[NUTRIENT.sodium] = (salt / SALT_PER_SODIUM) * 1000;
  }
  const checked = checkPlausibility(values, NAMES);
  notes.push(...checked.problems);
  if (checked.implausible) return { ok: false, reason: checked.problems.at(-1) ?? 'implausible nutrition facts' };
  const nutrients: Record<string, number> = { ...checked.values };
  const macrosKcal = estimateKcalFromMacros(nutrients);
  const stated = reconcileKcal({ kcal: valid(facts.kcal), kj: valid(facts.kj), macrosKcal });
  let energyEstimated = false;
  if (stated !== undefined && stated <= 902) {
    nutrients[NUTRIENT.energyKcal] = round(stated, 1);
  } else if (macrosKcal !== undefined) {
    if (stated !== undefined) notes.push(`stated energy ${stated} kcal per 100 g is impossible`);
    nutrients[NUTRIENT.energyKcal] = round(macrosKcal, 1);
    energyEstimated = true;
  }
  return { ok: true, nutrients, energyEstimated, notes };
}

const NAMES: Record<string, string> = {
  [NUTRIENT.protein]: 'protein', [NUTRIENT.fat]: 'fat', [NUTRIENT.carbohydrate]: 'carbohydrate',
  [NUTRIENT.sugars]: 'sugars', [NUTRIENT.fiber]: 'fiber', [NUTRIENT.saturatedFat]: 'saturated fat',
  [NUTRIENT.transFat]: 'trans fat', [NUTRIENT.alcohol]: 'alcohol', [NUTRIENT.sodium]: 'sodium',
  [NUTRIENT.cholesterol]: 'cholesterol', [NUTRIENT.calcium]: 'calcium', [NUTRIENT.iron]: 'iron',
  [NUTRIENT.potassium]: 'potassium', [NUTRIENT.vitaminC]: 'vitamin C',
};

function valid(x: number | undefined): number | undefined {
  return x !== undefined && Number.isFinite(x) && x >= 0 ? x : undefined;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** A number from a data cell; blank or unreadable cells are missing values. */
export function numberCell(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : undefined;
}
