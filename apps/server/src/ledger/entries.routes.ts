import { idParamsSchema } from '@macromuse/contract/common.schemas';
import {
  entryListQuerySchema,
  entryPatchSchema,
  entrySchema,
  newEntrySchema,
  newQuickAddSchema,
  type Entry,
} from '@macromuse/contract/ledger/entries.schemas';
import { z } from 'zod';
import { chooseDefaultPortion } from '@macromuse/core/foods/default-portion';
import { entryGrams } from '@macromuse/core/ledger/entry-amount';
import { nutrientsForGrams } from '@macromuse/core/ledger/entry-nutrients';
import { DEFAULT_MEALS, findMeal } from '@macromuse/core/ledger/meals';
import { NUTRIENT } from '@macromuse/core/nutrients/nutrient-numbers';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Queryable } from '../db/client.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { HttpError, badField, idTaken, notFound } from '../http/http-errors.ts';
import { findMeals } from '../targets/profile.repository.ts';
import { deleteEntry, findEntry, findMealsAndFood, insertEntries, listEntriesOn, updateEntry, type EntryRow } from './entries.repository.ts';
import { toEntry } from './entry-presenter.ts';

const TAG = 'entries';


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

/** Grams of an amount, or a 400 naming the field at fault. */
function gramsOf(portions: readonly Portion[], amount: number, unit: string): number {
  const result = entryGrams({ portions, defaultPortion: chooseDefaultPortion(portions) ?? null }, amount, unit);
  if (!result.ok) throw badField(result.field, result.reason);
  return result.grams;
}

function quickNutrients(values: { kcal?: number | undefined; protein?: number | undefined; carbs?: number | undefined; fat?: number | undefined }): Record<string, number> {
  const out: Record<string, number> = {};
  if (values.kcal !== undefined) out[NUTRIENT.energyKcal] = values.kcal;
  if (values.protein !== undefined) out[NUTRIENT.protein] = values.protein;
  if (values.carbs !== undefined) out[NUTRIENT.carbohydrate] = values.carbs;
  if (values.fat !== undefined) out[NUTRIENT.fat] = values.fat;
  return out;
}

/** A write sent again with the same id: answer with what the first one stored. */
async function replayed(tx: Queryable, id: string): Promise<Entry | undefined> {
  const row = await findEntry(tx, id, { includeDeleted: true });
  return row ? toEntry(row) : undefined;
}

/**
 * Stores a new entry. When its id exists already, the write is a replay: it is answered with
 * what the first one stored, or refused when the id belongs to someone else.
 */
async function inserted(tx: Queryable, row: Parameters<typeof insertEntries>[1][number]): Promise<Entry> {
  const [stored] = await insertEntries(tx, [row], 'stamps');
  if (stored) return toEntry(stored);
  const again = await replayed(tx, row.id);
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

export function registerEntryRoutes(api: ApiRouter): void {
  api.route({
    method: 'POST',
    path: '/api/entries',
    tag: TAG,
    access: 'user',
    summary: 'Log an amount of a food to a meal of a day',
    description:
      'unit: a mass (g, kg, oz, lb), a volume (ml, tsp, tbsp, cup, fl oz) the food\'s portions can weigh, one of the food\'s portions by its unit ("large", "cup, sliced"), or "serving". ' +
      'The entry keeps the food\'s nutrients as they are now. Sending the same id again stores nothing more and returns the entry stored the first time.',
    body: newEntrySchema,
    status: 201,
    response: entrySchema,
    handler: async ({ body, user, tx }) => {
      const checked = await checkedUnlessReplay(tx, body.id, async () => {
        const found = await findMealsAndFood(tx, body.foodId);
        const meal = mealAmong(found.meals ?? DEFAULT_MEALS, body.meal, 'meal');
        const food = found.food;
        if (!food) throw new HttpError(404, 'not_found', `foodId: no food with id ${body.foodId}`, [{ field: 'foodId', problem: 'names no food' }]);
        return { meal, food, grams: gramsOf(food.portions, body.amount, body.unit) };
      });
      if ('id' in checked) return checked;
      const { meal, food, grams } = checked;
      return inserted(tx, {
        id: body.id,
        userId: user.id,
        date: body.date,
        meal,
        kind: 'food',
        food_id: food.id,
        name: food.name,
        brand: food.brand,
        amount: body.amount,
        unit: body.unit,
        grams,
        per_100g: food.nutrients,
        portions: food.portions,
        nutrients: nutrientsForGrams(food.nutrients, grams),
      });
    },
  });

  api.route({
    method: 'POST',
    path: '/api/entries/quick-add',
    tag: TAG,
    access: 'user',
    summary: 'Log calories (and optionally macros) without a food',
    body: newQuickAddSchema,
    status: 201,
    response: entrySchema,
    handler: async ({ body, user, tx }) => {
      const meal = await checkedUnlessReplay(tx, body.id, () => requireMeal(tx, body.meal));
      if (typeof meal !== 'string') return meal;
      return inserted(tx, {
        id: body.id,
        userId: user.id,
        date: body.date,
        meal,
        kind: 'quick',
        food_id: null,
        name: body.name ?? 'Quick add',
        brand: null,
        amount: 1,
        unit: 'serving',
        grams: null,
        per_100g: null,
        portions: [],
        nutrients: quickNutrients(body),
      });
    },
  });

  api.route({
    method: 'GET',
    path: '/api/entries',
    tag: TAG,
    access: 'user',
    summary: 'The entries of one day, in the order they were logged',
    query: entryListQuerySchema,
    response: z.object({ entries: z.array(entrySchema) }),
    handler: async ({ query, tx }) => ({ entries: (await listEntriesOn(tx, query.date)).map(toEntry) }),
  });

  api.route({
    method: 'GET',
    path: '/api/entries/:id',
    tag: TAG,
    access: 'user',
    summary: 'One entry',
    params: idParamsSchema,
    response: entrySchema,
    handler: async ({ params, tx }) => toEntry(await existing(tx, params.id)),
  });

  api.route({
    method: 'PATCH',
    path: '/api/entries/:id',
    tag: TAG,
    access: 'user',
    summary: 'Change an entry: amount, unit, meal or date (moving it), or a quick add\'s values',
    description: 'A new amount is weighed with the portions and nutrients the entry was logged with.',
    params: idParamsSchema,
    body: entryPatchSchema,
    response: entrySchema,
    handler: async ({ params, body, tx }) => {
      const row = await existing(tx, params.id);
      const meal = body.meal === undefined ? row.meal : await requireMeal(tx, body.meal);
      let { amount, unit, grams, nutrients, name } = row;
      if (row.kind === 'food') {
        if (body.quickAdd) throw badField('quickAdd', 'only a quick add has quick-add values; change the amount instead');
        if (body.amount !== undefined || body.unit !== undefined) {
          amount = body.amount ?? row.amount;
          unit = body.unit ?? row.unit;
          grams = gramsOf(row.portions, amount, unit);
          nutrients = nutrientsForGrams(row.per_100g ?? {}, grams);
        }
      } else {
        if (body.amount !== undefined || body.unit !== undefined) throw badField('amount', 'a quick add has no amount; change its quickAdd values');
        if (body.quickAdd) {
          nutrients = { ...row.nutrients, ...quickNutrients(body.quickAdd) };
          name = body.quickAdd.name ?? row.name;
        }
      }
      const updated = await updateEntry(tx, row.id, { date: body.date ?? row.date, meal, amount, unit, grams, nutrients, name });
      if (!updated) throw notFound(`No entry of yours has id ${params.id}`);
      return toEntry(updated);
    },
  });

  api.route({
    method: 'DELETE',
    path: '/api/entries/:id',
    tag: TAG,
    access: 'user',
    summary: 'Delete an entry (deleting it again changes nothing)',
    params: idParamsSchema,
    status: 204,
    handler: async ({ params, tx }) => {
      if (!(await deleteEntry(tx, params.id))) throw notFound(`No entry of yours has id ${params.id}`);
    },
  });
}

async function existing(tx: Queryable, id: string): Promise<EntryRow> {
  const row = await findEntry(tx, id);
  if (!row) throw notFound(`No entry of yours has id ${id}`);
  return row;
}
