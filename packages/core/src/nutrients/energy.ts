import { NUTRIENT, type NutrientValues } from './nutrient-numbers.ts';

/** Kilojoules in one kilocalorie (thermochemical calorie, as food labels use). */
export const KJ_PER_KCAL = 4.184;

/** General Atwater factors, kcal per gram. */
export const ATWATER = { protein: 4, carbohydrate: 4, fat: 9, alcohol: 7 } as const;

/** Density of ethanol, g/ml: turns % vol into g per 100 ml. */
export const ETHANOL_DENSITY = 0.789;

export function kjToKcal(kj: number): number {
  return kj / KJ_PER_KCAL;
}

/**
 * Energy estimated from macronutrients with the general Atwater factors, or undefined when
 * protein, fat and carbohydrate are not all known. Rough by nature: label it as an estimate.
 */
export function estimateKcalFromMacros(values: NutrientValues): number | undefined {
  const protein = values[NUTRIENT.protein];
  const fat = values[NUTRIENT.fat];
  const carbohydrate = values[NUTRIENT.carbohydrate];
  if (protein === undefined || fat === undefined || carbohydrate === undefined) return undefined;
  const alcohol = values[NUTRIENT.alcohol] ?? 0;
  return (
    ATWATER.protein * protein + ATWATER.fat * fat + ATWATER.carbohydrate * carbohydrate + ATWATER.alcohol * alcohol
  );
}

/**
 * Picks the kcal value a product export really means. Some exports store kJ in their kcal
 * column; when the stated kcal equals the kJ figure (or sits far from what the macros allow
 * while kJ / 4.184 fits them), the kJ figure is the one to trust.
 */
export function reconcileKcal(stated: {
  kcal: number | undefined;
  kj: number | undefined;
  macrosKcal: number | undefined;
}): number | undefined {
  const { kcal, kj, macrosKcal } = stated;
  const fromKj = kj === undefined ? undefined : kjToKcal(kj);
  if (kcal === undefined) return fromKj;
  if (fromKj === undefined) {
    // A kcal column holding kJ is about 4.2 times what the macros allow.
    if (macrosKcal !== undefined && macrosKcal > 20 && Math.abs(kcal / KJ_PER_KCAL - macrosKcal) < Math.abs(kcal - macrosKcal) / 3) {
      return kjToKcal(kcal);
    }
    return kcal;
  }
  if (kj !== undefined && kj > 0 && Math.abs(kcal - kj) <= 1) return fromKj;
  if (macrosKcal !== undefined && macrosKcal > 20) {
    return Math.abs(fromKj - macrosKcal) < Math.abs(kcal - macrosKcal) ? fromKj : kcal;
  }
  return kcal;
}
