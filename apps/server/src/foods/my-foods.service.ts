import { domainEvent } from '@macromuse/contract/events/domain-events';
import type { UsualFoods } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { foodRefOf, formatFoodRef, parseFoodRef } from '@macromuse/core/foods/food-ref';
import type { Queryable } from '../db/client.ts';
import type { UserWork } from '../events/transactions.ts';
import { badField, notFound } from '../http/http-errors.ts';
import { usualFoods } from '../ledger/entries.repository.ts';
import { addFavourite, listFavourites, removeFavourite } from './favourites.repository.ts';
import { toFoodSummaryFromRow } from './food-presenter.ts';
import { findFoodByRef } from './food-refs.ts';

/** Summaries of the foods stored ids name (foods since removed are left out). */
async function summaries(tx: Queryable, ids: readonly string[]): Promise<Map<string, FoodSummary>> {
  const out = new Map<string, FoodSummary>();
  for (const id of ids) {
    const ref = foodRefOf(id);
    const food = ref ? await findFoodByRef(tx, ref) : undefined;
    if (food) out.set(id, toFoodSummaryFromRow(food));
  }
  return out;
}

/** Foods logged lately or most often (optionally to one meal), each with how it was last logged. */
export async function usual(tx: Queryable, kind: 'recent' | 'frequent', options: { meal?: string | undefined; limit: number }): Promise<UsualFoods> {
  const rows = await usualFoods(tx, kind, options);
  const foods = await summaries(tx, rows.map((r) => r.food_id));
  return {
    foods: rows.flatMap((r) => {
      const food = foods.get(r.food_id);
      return food ? [{ food, lastAmount: r.amount, lastUnit: r.unit, lastMeal: r.meal, lastLoggedAt: new Date(r.last_logged_at).toISOString(), timesLogged: r.times_logged }] : [];
    }),
  };
}

export async function favourites(tx: Queryable): Promise<{ foods: FoodSummary[] }> {
  const ids = await listFavourites(tx);
  const foods = await summaries(tx, ids);
  return { foods: ids.flatMap((id) => foods.get(id) ?? []) };
}

export async function favourite(work: UserWork, foodId: string): Promise<void> {
  const ref = parseFoodRef(foodId);
  if (!ref.ok) throw badField('foodId', ref.reason);
  const food = await findFoodByRef(work.tx, ref.ref);
  if (!food) throw notFound(`No food with id ${foodId}`);
  await addFavourite(work.tx, work.userId, food.id);
  work.events.raise(domainEvent('favourite.added', { userId: work.userId, foodId: food.id }));
}

export async function unfavourite(work: UserWork, foodId: string): Promise<void> {
  const ref = parseFoodRef(foodId);
  if (!ref.ok) throw badField('foodId', ref.reason);
  const id = formatFoodRef(ref.ref);
  if (await removeFavourite(work.tx, id)) work.events.raise(domainEvent('favourite.removed', { userId: work.userId, foodId: id }));
}
