import {
  grams,
  isMassUnit,
  isVolumeUnit,
  massToGrams,
  parseMeasureUnit,
  volumeToMillilitres,
  VOLUME_UNITS,
  type Grams,
  type VolumeUnit,
} from './units.ts';
import { parsePortionDescription } from './portion-description.ts';

/** A household portion of one food: `amount` × `unit` weighs `grams`. */
export interface Portion {
  readonly amount: number;
  readonly unit: string;
  readonly grams: number;
}

/** What a conversion needs to know about a food. */
export interface FoodMeasures {
  readonly portions: readonly Portion[];
  /** Grams per millilitre, where it is known from the data (never guessed). */
  readonly densityGPerMl?: number | undefined;
}

export type QuantityResult =
  | { readonly ok: true; readonly grams: Grams; readonly via: 'mass' | 'portion' | 'density' }
  | { readonly ok: false; readonly reason: string };

/**
 * Grams per millilitre implied by the food's own volume portions, preferring a plain measure
 * ("1 cup") over a prepared one ("1 cup, sliced") and the unit asked for over others.
 */
export function densityFromPortions(portions: readonly Portion[], preferred?: VolumeUnit): number | undefined {
  let best: { density: number; rank: number } | undefined;
  for (const portion of portions) {
    if (portion.grams <= 0 || portion.amount <= 0) continue;
    const parsed = parsePortionDescription(portion.unit, portion.amount);
    if (!parsed.measure || !isVolumeUnit(parsed.measure)) continue;
    const ml = parsed.amount * VOLUME_UNITS[parsed.measure];
    const rank = (parsed.modifier === '' ? 0 : 2) + (parsed.measure === preferred ? 0 : 1);
    if (!best || rank < best.rank) best = { density: portion.grams / ml, rank };
  }
  return best?.density;
}

/** Finds the food's portion whose unit reads like `unit` ("large", "cup, sliced"). */
export function findPortion(portions: readonly Portion[], unit: string): Portion | undefined {
  const wanted = unit.trim().toLowerCase();
  const usable = portions.filter((p) => p.amount > 0 && p.grams > 0);
  // "medium" names USDA's 'medium (7" to 7-7/8" long)': the words before a parenthesis suffice.
  const plain = (text: string): string => text.replace(/\s*\(.*\)\s*$/, '').trim().toLowerCase();
  return usable.find((p) => p.unit.trim().toLowerCase() === wanted) ?? usable.find((p) => plain(p.unit) === wanted);
}

/**
 * Converts an amount in any unit a person might think in to grams of this food: mass units
 * directly; the food's own portions by their weight; volume units only through a volume
 * portion of the food or a known density. Anything else is refused, never guessed.
 */
export function quantityToGrams(amount: number, unit: string, food: FoodMeasures): QuantityResult {
  if (!Number.isFinite(amount) || amount < 0) return { ok: false, reason: 'amount must be a number of at least 0' };
  const portion = findPortion(food.portions, unit);
  if (portion) return { ok: true, grams: grams((amount * portion.grams) / portion.amount), via: 'portion' };
  const canonical = parseMeasureUnit(unit) ?? unit.trim().toLowerCase();
  if (isMassUnit(canonical)) return { ok: true, grams: massToGrams(amount, canonical), via: 'mass' };
  if (isVolumeUnit(canonical)) {
    const ml = volumeToMillilitres(amount, canonical);
    const fromPortions = densityFromPortions(food.portions, canonical);
    if (fromPortions !== undefined) return { ok: true, grams: grams(ml * fromPortions), via: 'portion' };
    if (food.densityGPerMl !== undefined && food.densityGPerMl > 0) {
      return { ok: true, grams: grams(ml * food.densityGPerMl), via: 'density' };
    }
    return { ok: false, reason: `"${unit}" is a volume and this food has no volume portion or known density to weigh it` };
  }
  return { ok: false, reason: `"${unit}" is not a unit or a portion of this food` };
}
