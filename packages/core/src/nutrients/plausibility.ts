import { NUTRIENT_UNITS, NUTRIENT, type NutrientValues } from './nutrient-numbers.ts';

/** Most any 100 g of food can hold of energy (pure fat is 900 kcal, alcohol 700). */
const MAX_KCAL_PER_100G = 902;
/** Protein + fat + carbohydrate above this per 100 g cannot be right (allowing for rounding). */
const MAX_MACRO_SUM_PER_100G = 105;

export interface PlausibilityReport {
  /** The values that can be shown as fact. */
  readonly values: NutrientValues;
  /** Why values were removed, e.g. "salt 101 g per 100 g is impossible". Empty when all is well. */
  readonly problems: readonly string[];
  /** True when the food as a whole cannot be right (its macros add up to more than the food). */
  readonly implausible: boolean;
}

/**
 * Checks nutrient values per 100 g against physical limits. Impossible single values
 * (negative, or more grams than the 100 g they are part of) are removed and named; a food
 * whose macros add up to more than itself is marked implausible so it can be rejected.
 */
export function checkPlausibility(values: NutrientValues, names: Readonly<Record<string, string>> = {}): PlausibilityReport {
  const kept: Record<string, number> = {};
  const problems: string[] = [];
  for (const [number, value] of Object.entries(values)) {
    const name = names[number] ?? `nutrient ${number}`;
    const unit = NUTRIENT_UNITS[number] ?? 'g';
    const limit = unit === 'g' ? 100 : unit === 'mg' ? 100_000 : unit === 'kcal' ? MAX_KCAL_PER_100G : Infinity;
    if (!Number.isFinite(value) || value < 0) {
      problems.push(`${name} ${value} ${unit} per 100 g is negative`);
    } else if (value > limit) {
      problems.push(`${name} ${value} ${unit} per 100 g is more than the food can hold`);
    } else {
      kept[number] = value;
    }
  }
  const macroSum = (kept[NUTRIENT.protein] ?? 0) + (kept[NUTRIENT.fat] ?? 0) + (kept[NUTRIENT.carbohydrate] ?? 0);
  const implausible = macroSum > MAX_MACRO_SUM_PER_100G;
  if (implausible) problems.push(`protein + fat + carbohydrate add up to ${round1(macroSum)} g per 100 g`);
  return { values: kept, problems, implausible };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
