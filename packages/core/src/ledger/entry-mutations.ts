import { NUTRIENT } from '../nutrients/nutrient-numbers.ts';
import { entryGrams } from './entry-amount.ts';
import { nutrientsForGrams } from './entry-nutrients.ts';
import type { FoodBasis, LedgerEntry, Outcome, WaterEntry, WeightEntry } from './ledger-entry.ts';

/*
 * The ledger's writes, as pure functions of the state they change, the write and the time
 * (passed in, never read from a clock). The server runs them inside its transaction; the web
 * app runs the very same ones to show a write at once, before (or without) the server.
 */

export interface FoodEntryWrite {
  readonly id: string;
  readonly date: string;
  /** The meal as the person's meals spell it. */
  readonly meal: string;
  readonly foodId: string;
  readonly amount: number;
  readonly unit: string;
}

export interface QuickValues {
  readonly name?: string | undefined;
  readonly kcal?: number | undefined;
  readonly protein?: number | undefined;
  readonly carbs?: number | undefined;
  readonly fat?: number | undefined;
}

export interface QuickAddWrite extends QuickValues {
  readonly id: string;
  readonly date: string;
  readonly meal: string;
  readonly kcal: number;
}

export interface EntryChange {
  readonly date?: string | undefined;
  /** The meal as the person's meals spell it. */
  readonly meal?: string | undefined;
  readonly amount?: number | undefined;
  readonly unit?: string | undefined;
  readonly quickAdd?: QuickValues | undefined;
}

export interface CopyWrite {
  readonly to: string;
  /** Copy only this meal (any spelling of it); all of the day without. */
  readonly meal?: string | undefined;
  /** Put the copies in this meal; each in its own without. */
  readonly toMeal?: string | undefined;
}

export const QUICK_ADD_NAME = 'Quick add';

const refused = (field: string, reason: string): Outcome<never> => ({ ok: false, field, reason });

/** Logs an amount of a food: weighed with its portions, with its nutrients as they are now. */
export function logFoodEntry(write: FoodEntryWrite, food: FoodBasis, now: string): Outcome<LedgerEntry> {
  const grams = entryGrams(food, write.amount, write.unit);
  if (!grams.ok) return refused(grams.field, grams.reason);
  return {
    ok: true,
    value: {
      id: write.id,
      date: write.date,
      meal: write.meal,
      kind: 'food',
      foodId: write.foodId,
      name: food.name,
      brand: food.brand,
      amount: write.amount,
      unit: write.unit,
      grams: grams.grams,
      nutrients: nutrientsForGrams(food.per100g, grams.grams),
      createdAt: now,
      updatedAt: now,
    },
  };
}

/** The nutrients quick-add values set, by USDA number. */
export function quickNutrients(values: QuickValues): Record<string, number> {
  const out: Record<string, number> = {};
  if (values.kcal !== undefined) out[NUTRIENT.energyKcal] = values.kcal;
  if (values.protein !== undefined) out[NUTRIENT.protein] = values.protein;
  if (values.carbs !== undefined) out[NUTRIENT.carbohydrate] = values.carbs;
  if (values.fat !== undefined) out[NUTRIENT.fat] = values.fat;
  return out;
}

/** The quick-add values an entry holds (for logging it again). */
export function quickValuesOf(entry: LedgerEntry): QuickAddWrite {
  const n = entry.nutrients;
  return {
    id: entry.id,
    date: entry.date,
    meal: entry.meal,
    name: entry.name,
    kcal: n[NUTRIENT.energyKcal] ?? 0,
    protein: n[NUTRIENT.protein] ?? 0,
    carbs: n[NUTRIENT.carbohydrate] ?? 0,
    fat: n[NUTRIENT.fat] ?? 0,
  };
}

/** Logs calories (and macros) without a food. */
export function quickAddEntry(write: QuickAddWrite, now: string): LedgerEntry {
  return {
    id: write.id,
    date: write.date,
    meal: write.meal,
    kind: 'quick',
    foodId: null,
    name: write.name ?? QUICK_ADD_NAME,
    brand: null,
    amount: 1,
    unit: 'serving',
    grams: null,
    nutrients: quickNutrients(write),
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * Changes an entry: moves it (date, meal), weighs a new amount or unit with the food it was
 * logged with, or changes a quick add's values. Without the food's basis (a device that has not
 * kept the food), a new amount in the same unit is scaled (the same but for rounding); a new unit is refused.
 */
export function editEntry(entry: LedgerEntry, change: EntryChange, basis: FoodBasis | undefined, now: string): Outcome<LedgerEntry> {
  let { amount, unit, grams, nutrients, name } = entry;
  const reweigh = change.amount !== undefined || change.unit !== undefined;
  if (entry.kind === 'food') {
    if (change.quickAdd) return refused('quickAdd', 'only a quick add has quick-add values; change the amount instead');
    if (reweigh) {
      amount = change.amount ?? entry.amount;
      unit = change.unit ?? entry.unit;
      if (basis) {
        const weighed = entryGrams(basis, amount, unit);
        if (!weighed.ok) return refused(weighed.field, weighed.reason);
        grams = weighed.grams;
        nutrients = nutrientsForGrams(basis.per100g, weighed.grams);
      } else if (unit.trim().toLowerCase() === entry.unit.trim().toLowerCase() && entry.amount > 0) {
        const factor = amount / entry.amount;
        grams = entry.grams === null ? null : Math.round(entry.grams * factor * 1000) / 1000;
        // Nutrients are per 100 g; scaling an amount by a factor is weighing "100 × factor" grams of it.
        nutrients = nutrientsForGrams(entry.nutrients, 100 * factor);
      } else {
        return refused('unit', 'the food this entry was logged with is not known here');
      }
    }
  } else {
    if (reweigh) return refused('amount', 'a quick add has no amount; change its quickAdd values');
    if (change.quickAdd) {
      nutrients = { ...entry.nutrients, ...quickNutrients(change.quickAdd) };
      name = change.quickAdd.name ?? entry.name;
    }
  }
  return { ok: true, value: { ...entry, date: change.date ?? entry.date, meal: change.meal ?? entry.meal, amount, unit, grams, nutrients, name, updatedAt: now } };
}

const sameMeal = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The entries a copy makes of a day (or of one meal of it): each keeps the values it was logged
 * with, moved to the day (and meal) copied to, under the id `copiedId` gives it.
 */
export function copyEntries(source: readonly LedgerEntry[], copy: CopyWrite, copiedId: (sourceId: string) => string, now: string): LedgerEntry[] {
  return source
    .filter((e) => copy.meal === undefined || sameMeal(e.meal, copy.meal))
    .map((e) => ({ ...e, id: copiedId(e.id), date: copy.to, meal: copy.toMeal ?? e.meal, createdAt: now, updatedAt: now }));
}

export interface WeightWrite {
  readonly id: string;
  readonly date: string;
  readonly kg: number;
  readonly measuredAt?: string | undefined;
}

export function logWeight(write: WeightWrite, now: string): WeightEntry {
  return { id: write.id, date: write.date, kg: write.kg, measuredAt: write.measuredAt ?? now };
}

export interface WaterWrite {
  readonly id: string;
  readonly date: string;
  readonly ml: number;
}

export function logWater(write: WaterWrite, now: string): WaterEntry {
  return { id: write.id, date: write.date, ml: write.ml, createdAt: now };
}
