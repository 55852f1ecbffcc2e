import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { copiedEntryId } from '@macromuse/contract/ledger/copied-entry-id';
import { copyEntries, editEntry, logFoodEntry, quickAddEntry } from '@macromuse/core/ledger/entry-mutations';
import type { FoodBasis } from '@macromuse/core/ledger/ledger-entry';

/*
 * How an entry will look once the server has it, worked out on the device by the very
 * mutations the server runs (packages/core), so a write shows at once (and offline). The
 * server's answer replaces it.
 */

/** What a food detail gives the mutations to weigh and compute an entry with. */
export const basisOf = (food: FoodDetail): FoodBasis => ({
  name: food.name,
  brand: food.brand,
  per100g: Object.fromEntries(food.nutrients.map((n) => [n.number, n.amount])),
  portions: food.portions,
  defaultPortion: food.defaultPortion,
});

export function foodEntryPreview(entry: NewEntry, food: FoodDetail, now = new Date().toISOString()): Entry {
  const logged = logFoodEntry(entry, basisOf(food), now);
  if (logged.ok) return logged.value;
  // The server will refuse it and say why; until then it shows, weighing nothing.
  return { id: entry.id, date: entry.date, meal: entry.meal, kind: 'food', foodId: entry.foodId, name: food.name, brand: food.brand, amount: entry.amount, unit: entry.unit, grams: null, nutrients: {}, createdAt: now, updatedAt: now };
}

export function quickAddPreview(entry: NewQuickAdd, now = new Date().toISOString()): Entry {
  return quickAddEntry(entry, now);
}

/** An entry after a change; one the device cannot weigh (a new unit of a food it has not kept) shows moved, with its old values. */
export function editPreview(entry: Entry, patch: EntryPatch, food: FoodDetail | undefined, now = new Date().toISOString()): Entry {
  const edited = editEntry(entry, patch, food ? basisOf(food) : undefined, now);
  if (edited.ok) return edited.value;
  return { ...entry, date: patch.date ?? entry.date, meal: patch.meal ?? entry.meal, updatedAt: now };
}

/** The entries a copy will make, under the ids the server will give them, so a copy can be changed or deleted before it is synced. */
export function copyPreviews(from: Day, copy: CopyDay, now = new Date().toISOString()): Entry[] {
  return copyEntries(
    from.meals.flatMap((m) => m.entries),
    copy,
    copiedEntryId(copy.id),
    now,
  );
}
