import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { entryGrams } from '@macromuse/core/ledger/entry-amount';
import { nutrientsForGrams } from '@macromuse/core/ledger/entry-nutrients';
import { v5 as uuidv5 } from 'uuid';

/*
 * How an entry will look once the server has it, worked out on the device with the same
 * nutrition math, so a write shows at once (and offline). The server's answer replaces it.
 */

const per100gOf = (food: FoodDetail): Record<string, number> => Object.fromEntries(food.nutrients.map((n) => [n.number, n.amount]));

export function foodEntryPreview(entry: NewEntry, food: FoodDetail): Entry {
  const grams = entryGrams({ portions: food.portions, defaultPortion: food.defaultPortion }, entry.amount, entry.unit);
  const now = new Date().toISOString();
  return {
    id: entry.id,
    date: entry.date,
    meal: entry.meal,
    kind: 'food',
    foodId: entry.foodId,
    name: food.name,
    brand: food.brand,
    amount: entry.amount,
    unit: entry.unit,
    grams: grams.ok ? grams.grams : null,
    nutrients: grams.ok ? nutrientsForGrams(per100gOf(food), grams.grams) : {},
    createdAt: now,
    updatedAt: now,
  };
}

export function quickAddPreview(entry: NewQuickAdd): Entry {
  const now = new Date().toISOString();
  const nutrients: Record<string, number> = { '208': entry.kcal };
  if (entry.protein !== undefined) nutrients['203'] = entry.protein;
  if (entry.carbs !== undefined) nutrients['205'] = entry.carbs;
  if (entry.fat !== undefined) nutrients['204'] = entry.fat;
  return { id: entry.id, date: entry.date, meal: entry.meal, kind: 'quick', foodId: null, name: entry.name ?? 'Quick add', brand: null, amount: 1, unit: 'serving', grams: null, nutrients, createdAt: now, updatedAt: now };
}

/** An entry after a change: moved, re-weighed with the food's portions when known, else scaled by the amount. */
export function editPreview(entry: Entry, patch: EntryPatch, food: FoodDetail | undefined): Entry {
  const amount = patch.amount ?? entry.amount;
  const unit = patch.unit ?? entry.unit;
  let { nutrients, grams } = entry;
  if (entry.kind === 'quick' && patch.quickAdd) {
    const q = patch.quickAdd;
    nutrients = { ...nutrients, ...(q.kcal === undefined ? {} : { '208': q.kcal }), ...(q.protein === undefined ? {} : { '203': q.protein }), ...(q.carbs === undefined ? {} : { '205': q.carbs }), ...(q.fat === undefined ? {} : { '204': q.fat }) };
  } else if (food && (patch.amount !== undefined || patch.unit !== undefined)) {
    const weighed = entryGrams({ portions: food.portions, defaultPortion: food.defaultPortion }, amount, unit);
    if (weighed.ok) {
      grams = weighed.grams;
      nutrients = nutrientsForGrams(per100gOf(food), weighed.grams);
    }
  } else if (unit === entry.unit && amount !== entry.amount && entry.amount > 0) {
    const factor = amount / entry.amount;
    grams = grams === null ? null : grams * factor;
    nutrients = Object.fromEntries(Object.entries(entry.nutrients).map(([n, v]) => [n, v * factor]));
  }
  const name = entry.kind === 'quick' && patch.quickAdd?.name !== undefined ? patch.quickAdd.name : entry.name;
  return { ...entry, date: patch.date ?? entry.date, meal: patch.meal ?? entry.meal, amount, unit, grams, nutrients, name, updatedAt: new Date().toISOString() };
}

/**
 * The entries a copy will make, with the ids the server will give them (a UUID v5 of the
 * entry's id in the copy's), so a copy can be changed or deleted before it is synced.
 */
export function copyPreviews(from: Day, copy: CopyDay): Entry[] {
  const meals = copy.meal === undefined ? from.meals : from.meals.filter((m) => m.name.toLowerCase() === copy.meal?.toLowerCase());
  return meals.flatMap((m) => m.entries.map((e) => ({ ...e, id: uuidv5(e.id, copy.id), date: copy.to, meal: copy.toMeal ?? e.meal })));
}
