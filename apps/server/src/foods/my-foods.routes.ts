import { favouriteParamsSchema, favouritesSchema, myFoodsQuerySchema, usualFoodsSchema } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { Queryable } from '../db/client.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { notFound } from '../http/http-errors.ts';
import { usualFoods, type UsualFoodRow } from '../ledger/entries.repository.ts';
import { addFavourite, listFavourites, removeFavourite } from './favourites.repository.ts';
import { toFoodSummaryFromRow } from './food-presenter.ts';
import { canonicalFoodRef, findFoodByRef } from './food-refs.ts';

const TAG = 'my foods';

async function summaries(tx: Queryable, ids: readonly string[]): Promise<Map<string, FoodSummary>> {
  const out = new Map<string, FoodSummary>();
  for (const id of ids) {
    const food = await findFoodByRef(tx, id);
    if (food) out.set(id, toFoodSummaryFromRow(food));
  }
  return out;
}

async function usual(tx: Queryable, rows: readonly UsualFoodRow[]) {
  const foods = await summaries(tx, rows.map((r) => r.food_id));
  return {
    foods: rows.flatMap((r) => {
      const food = foods.get(r.food_id);
      return food
        ? [{ food, lastAmount: r.amount, lastUnit: r.unit, lastMeal: r.meal, lastLoggedAt: new Date(r.last_logged_at).toISOString(), timesLogged: r.times_logged }]
        : [];
    }),
  };
}

export function registerMyFoodsRoutes(api: ApiRouter): void {
  api.route({
    method: 'GET',
    path: '/api/foods/recent',
    tag: TAG,
    access: 'user',
    summary: 'Foods you logged lately (optionally to one meal), each with how you last logged it',
    query: myFoodsQuerySchema,
    response: usualFoodsSchema,
    handler: async ({ query, tx }) => usual(tx, await usualFoods(tx, 'recent', query)),
  });

  api.route({
    method: 'GET',
    path: '/api/foods/frequent',
    tag: TAG,
    access: 'user',
    summary: 'Foods you log most often (last 90 days, optionally to one meal)',
    query: myFoodsQuerySchema,
    response: usualFoodsSchema,
    handler: async ({ query, tx }) => usual(tx, await usualFoods(tx, 'frequent', query)),
  });

  api.route({
    method: 'GET',
    path: '/api/favourites',
    tag: TAG,
    access: 'user',
    summary: 'Your favourite foods, newest first',
    response: favouritesSchema,
    handler: async ({ tx }) => {
      const ids = await listFavourites(tx);
      const foods = await summaries(tx, ids);
      return { foods: ids.flatMap((id) => foods.get(id) ?? []) };
    },
  });

  api.route({
    method: 'PUT',
    path: '/api/favourites/:foodId',
    tag: TAG,
    access: 'user',
    summary: 'Mark a food as a favourite (again: no change)',
    params: favouriteParamsSchema,
    status: 204,
    handler: async ({ params, user, tx }) => {
      const food = await findFoodByRef(tx, params.foodId);
      if (!food) throw notFound(`No food with id ${params.foodId}`);
      await addFavourite(tx, user.id, food.id);
    },
  });

  api.route({
    method: 'DELETE',
    path: '/api/favourites/:foodId',
    tag: TAG,
    access: 'user',
    summary: 'Remove a food from your favourites (again: no change)',
    params: favouriteParamsSchema,
    status: 204,
    handler: async ({ params, tx }) => {
      await removeFavourite(tx, canonicalFoodRef(params.foodId));
    },
  });
}
