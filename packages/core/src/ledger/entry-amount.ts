import { quantityToGrams, type FoodMeasures, type Portion } from '../units/food-quantity.ts';

/** The most one entry can weigh: more is a typing slip (10 kg of salt), not a meal. */
export const MAX_ENTRY_GRAMS = 5000;

export type EntryAmountResult =
  | { readonly ok: true; readonly grams: number }
  | { readonly ok: false; readonly field: 'amount' | 'unit'; readonly reason: string };

/**
 * Grams of a food in an amount of any unit the food allows: a mass, a volume the food's
 * portions can weigh, one of its portions by name, or `serving` (its default portion).
 */
export function entryGrams(food: FoodMeasures & { readonly defaultPortion: Portion | null }, amount: number, unit: string): EntryAmountResult {
  const serving = unit.trim().toLowerCase() === 'serving' ? food.defaultPortion : undefined;
  if (unit.trim().toLowerCase() === 'serving' && !serving) return { ok: false, field: 'unit', reason: 'this food has no serving size; log it in grams or one of its portions' };
  const result = serving ? { ok: true as const, grams: (amount * serving.grams) / serving.amount } : quantityToGrams(amount, unit, food);
  if (!result.ok) return { ok: false, field: 'unit', reason: result.reason };
  const grams = Math.round(result.grams * 1000) / 1000;
  if (grams > MAX_ENTRY_GRAMS) {
    return { ok: false, field: 'amount', reason: `${amount} ${unit} weighs ${Math.round(grams)} g, more than one entry can hold (${MAX_ENTRY_GRAMS} g)` };
  }
  return { ok: true, grams };
}
