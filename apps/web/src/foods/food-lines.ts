import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { numberForInput } from './number-text.ts';

/** Where a food comes from, as a person would say it: its brand, or whose data it is. */
export function sourceLabel(food: Pick<FoodSummary, 'brand' | 'source'>): string {
  if (food.brand) return food.brand;
  if (food.source === 'custom') return 'Your food';
  if (food.source === 'off') return 'Packaged food';
  return 'USDA';
}

const MASS_GRAMS: Readonly<Record<string, number>> = { g: 1, oz: 28.349523125 };

const kcalText = (kcal: number | null | undefined): string => (kcal === null || kcal === undefined ? '–' : String(Math.round(kcal)));

/**
 * What a row says of a food's energy: kcal in its usual portion (or 100 g) and that portion;
 * or, for a food logged before, kcal in the amount last logged and that amount, when the
 * summary can tell (grams, ounces or its usual portion).
 */
export function energyLine(food: Pick<FoodSummary, 'defaultPortion' | 'per100g'>, last?: { readonly amount: number; readonly unit: string }): { readonly kcal: string; readonly per: string } {
  const portion = food.defaultPortion;
  if (last) {
    const grams = MASS_GRAMS[last.unit];
    const kcal =
      grams !== undefined && food.per100g.kcal !== null
        ? (food.per100g.kcal * last.amount * grams) / 100
        : portion && portion.unit === last.unit && portion.nutrients.kcal !== null
          ? (portion.nutrients.kcal * last.amount) / portion.amount
          : undefined;
    if (kcal !== undefined) return { kcal: kcalText(kcal), per: `Last time ${numberForInput(last.amount)} ${last.unit}` };
  }
  const kcal = portion ? portion.nutrients.kcal : food.per100g.kcal;
  return { kcal: kcalText(kcal), per: portion ? `${portion.label} · ${numberForInput(portion.grams, 0)} g` : '100 g' };
}
