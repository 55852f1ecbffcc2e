import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import { domainEvent } from '@macromuse/contract/events/domain-events';
import { chooseDefaultPortion } from '@macromuse/core/foods/default-portion';
import { parseFoodRef } from '@macromuse/core/foods/food-ref';
import { editEntry, logFoodEntry, quickAddEntry } from '@macromuse/core/ledger/entry-mutations';
import type { FoodBasis, LedgerEntry, Outcome } from '@macromuse/core/ledger/ledger-entry';
import type { Portion } from '@macromuse/core/units/food-quantity';
import { DEFAULT_MEALS, findMeal } from '@macromuse/core/ledger/meals';
import type { Queryable } from '../db/client.ts';
import type { UserWork } from '../events/transactions.ts';
import { HttpError, badField, idTaken, notFound } from '../http/http-errors.ts';
import { findMeals } from '../targets/profile.repository.ts';
import { deleteEntry, findEntry, findMealsAndFood, insertEntries, listEntriesOn, updateEntry, type EntryRow, type EntryWrite } from './entries.repository.ts';
import { toEntry } from './entry-presenter.ts';

/** The time a write is made at, as the mutations take it (the database stamps what it stores). */
const nowIso = (): string => new Date().toISOString();

/** The value of an outcome, or the 400 naming its field. */
function accepted<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw badField(outcome.field, outcome.reason);
  return outcome.value;
}

/** The user's own spelling of a meal among their meals, or a 400 naming the meals they have. */
function mealAmong(meals: readonly string[], meal: string, field: string): string {
  const found = findMeal(meals, meal);
  if (!found) throw badField(field, `"${meal}" is not one of your meals (${meals.join(', ')}); add it to your profile first`);
  return found;
}

/** The user's own spelling of a meal, or a 400 naming the meals they have. */
export async function requireMeal(tx: Queryable, meal: string, field = 'meal'): Promise<string> {
  return mealAmong(await findMeals(tx, DEFAULT_MEALS), meal, field);
}

/** What an entry is weighed and computed with: a food's name, nutrients per 100 g and portions. */
const basisOf = (name: string, brand: string | null, per100g: Readonly<Record<string, number>>, portions: readonly Portion[]): FoodBasis => ({
  name,
  brand,
  per100g,
  portions,
  defaultPortion: chooseDefaultPortion(portions) ?? null,
});

/** What an entry's row keeps of its food to weigh it again later. */
const basisOfRow = (row: EntryRow): FoodBasis => basisOf(row.name, row.brand, row.per_100g ?? {}, row.portions);

/** A write sent again with the same id: answer with what the first one stored. */
async function replayed(tx: Queryable, id: string): Promise<Entry | undefined> {
  const row = await findEntry(tx, id, { includeDeleted: true });
  return row ? toEntry(row) : undefined;
}

/**
 * Stores a new entry. When its id exists already, the write is a replay: it is answered with
 * what the first one stored, or refused when the id belongs to someone else.
 */
async function inserted(work: UserWork, row: EntryWrite): Promise<Entry> {
  const [stored] = await insertEntries(work.tx, [row], 'stamps');
  if (stored) {
    work.events.raise(domainEvent('entry.logged', { userId: work.userId, entryId: row.id, date: row.date, meal: row.meal, foodId: row.food_id }));
    return toEntry(stored);
  }
  const again = await replayed(work.tx, row.id);
  if (again) return again;
  throw idTaken();
}

/** Checks made before a write; a replay of a write that once passed them is answered as before. */
async function checkedUnlessReplay<T>(tx: Queryable, id: string, check: () => Promise<T>): Promise<T | Entry> {
  try {
    return await check();
  } catch (error) {
    const again = await replayed(tx, id);
    if (again) return again;
    throw error;
  }
}

/** Logs an amount of a food (catalog or custom) to a meal. */
export async function logFood(work: UserWork, write: NewEntry): Promise<Entry> {
  const ref = parseFoodRef(write.foodId);
  if (!ref.ok) throw badField('foodId', ref.reason);
  const checked = await checkedUnlessReplay(work.tx, write.id, async () => {
    const found = await findMealsAndFood(work.tx, ref.ref);
    const meal = mealAmong(found.meals ?? DEFAULT_MEALS, write.meal, 'meal');
    const food = found.food;
    if (!food) throw new HttpError(404, 'not_found', `foodId: no food with id ${write.foodId}`, [{ field: 'foodId', problem: 'names no food' }]);
    const basis = basisOf(food.name, food.brand, food.nutrients, food.portions);
    return { basis, entry: accepted(logFoodEntry({ ...write, meal, foodId: food.id }, basis, nowIso())) };
  });
  if ('id' in checked) return checked;
  return inserted(work, rowOf(checked.entry, work.userId, checked.basis));
}

/** Logs calories (and macros) without a food. */
export async function quickAdd(work: UserWork, write: NewQuickAdd): Promise<Entry> {
  const meal = await checkedUnlessReplay(work.tx, write.id, () => requireMeal(work.tx, write.meal));
  if (typeof meal !== 'string') return meal;
  return inserted(work, rowOf(quickAddEntry({ ...write, meal }, nowIso()), work.userId));
}

/** The row that stores an entry; a food's entry keeps the basis it was weighed with, for later edits. */
const rowOf = (entry: LedgerEntry, userId: string, basis?: FoodBasis): EntryWrite => ({
  id: entry.id,
  userId,
  date: entry.date,
  meal: entry.meal,
  kind: entry.kind,
  food_id: entry.foodId,
  name: entry.name,
  brand: entry.brand,
  amount: entry.amount,
  unit: entry.unit,
  grams: entry.grams,
  per_100g: basis ? { ...basis.per100g } : null,
  portions: basis ? [...basis.portions] : [],
  nutrients: { ...entry.nutrients },
});

export async function entriesOn(tx: Queryable, date: string): Promise<Entry[]> {
  return (await listEntriesOn(tx, date)).map(toEntry);
}

export async function entry(tx: Queryable, id: string): Promise<Entry> {
  return toEntry(await existing(tx, id));
}

/** Changes an entry: amount or unit (weighed with the food it was logged with), meal, day, or a quick add's values. */
export async function changeEntry(work: UserWork, id: string, patch: EntryPatch): Promise<Entry> {
  const row = await existing(work.tx, id);
  const meal = patch.meal === undefined ? undefined : await requireMeal(work.tx, patch.meal);
  const changed = accepted(editEntry(toEntry(row), { ...patch, meal }, basisOfRow(row), nowIso()));
  const updated = await updateEntry(work.tx, row.id, { date: changed.date, meal: changed.meal, amount: changed.amount, unit: changed.unit, grams: changed.grams, nutrients: { ...changed.nutrients }, name: changed.name });
  if (!updated) throw notFound(`No entry of yours has id ${id}`);
  work.events.raise(domainEvent('entry.changed', { userId: work.userId, entryId: id, from: row.date, to: updated.date }));
  return toEntry(updated);
}

/** Deletes an entry; deleting it again changes nothing. */
export async function removeEntry(work: UserWork, id: string): Promise<void> {
  const deleted = await deleteEntry(work.tx, id);
  if (!deleted) throw notFound(`No entry of yours has id ${id}`);
  if (deleted.now) work.events.raise(domainEvent('entry.deleted', { userId: work.userId, entryId: id, date: deleted.date }));
}

async function existing(tx: Queryable, id: string): Promise<EntryRow> {
  const row = await findEntry(tx, id);
  if (!row) throw notFound(`No entry of yours has id ${id}`);
  return row;
}
