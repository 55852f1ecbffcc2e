import type { NutrientValues } from '../nutrients/nutrient-numbers.ts';

/** Rounds away float noise while keeping what a label could show (4 decimals: micrograms of a gram). */
const tidy = (value: number): number => Math.round(value * 10000) / 10000;

/** Nutrients in `grams` of a food whose nutrients per 100 g are given. */
export function nutrientsForGrams(per100g: NutrientValues, grams: number): Record<string, number> {
  const factor = grams / 100;
  const out: Record<string, number> = {};
  for (const [number, amount] of Object.entries(per100g)) out[number] = tidy(amount * factor);
  return out;
}

/** The sum of several nutrient maps; a nutrient missing from one entry counts as 0 there. */
export function sumNutrients(maps: Iterable<NutrientValues>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const map of maps) {
    for (const [number, amount] of Object.entries(map)) out[number] = (out[number] ?? 0) + amount;
  }
  for (const number of Object.keys(out)) out[number] = tidy(out[number] ?? 0);
  return out;
}
