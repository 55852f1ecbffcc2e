import { dateParamsSchema } from '@macromuse/contract/common.schemas';
import { copyDayResultSchema, copyDaySchema, daySchema, type Day } from '@macromuse/contract/ledger/days.schemas';
import { sumNutrients } from '@macromuse/core/ledger/entry-nutrients';
import { dayProgress, targetsByNutrient } from '@macromuse/core/ledger/day-progress';
import { DEFAULT_MEALS, findMeal, orderMeals } from '@macromuse/core/ledger/meals';
import { NUTRIENT, NUTRIENT_NAMES, NUTRIENT_UNITS } from '@macromuse/core/nutrients/nutrient-numbers';
import { v5 as uuidv5 } from 'uuid';
import type { NutrientDefinitions } from '../foods/foods.routes.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { idTaken, notFound } from '../http/http-errors.ts';
import { findProfile } from '../targets/profile.repository.ts';
import { loadTargets } from '../targets/targets.routes.ts';
import { listWater, listWeights } from './body-log.repository.ts';
import { toWater, toWeight } from './body-log.routes.ts';
import { findCopyOperation, findEntries, insertCopyOperation, insertEntries, listEntriesOn, type CopyOperationRow } from './entries.repository.ts';
import { requireMeal } from './entries.routes.ts';
import { toEntry } from './entry-presenter.ts';

const TAG = 'days';

export function registerDayRoutes(api: ApiRouter, nutrientDefinitions: NutrientDefinitions): void {
  api.route({
    method: 'GET',
    path: '/api/days/:date',
    tag: TAG,
    access: 'user',
    summary: 'A day: each meal with its entries and subtotal, the totals of every nutrient against your targets, water and weight',
    params: dateParamsSchema,
    response: daySchema,
    handler: async ({ params, tx }): Promise<Day> => {
      // One transaction, one connection: the reads run one after another.
      const entries = await listEntriesOn(tx, params.date);
      const profile = await findProfile(tx);
      const meals = profile?.meals ?? DEFAULT_MEALS;
      const targets = await loadTargets(tx, profile, params.date);
      const water = await listWater(tx, params.date, params.date);
      const weights = await listWeights(tx, params.date, params.date);
      const definitions = await nutrientDefinitions(tx);
      const totals = sumNutrients(entries.map((e) => e.nutrients));
      const progress = dayProgress(totals, targets ? targetsByNutrient(targets) : undefined);
      const kcal = progress.find((p) => p.number === NUTRIENT.energyKcal);
      const order = (number: string): number => definitions.get(number)?.sort_order ?? Number(number);
      return {
        date: params.date,
        meals: orderMeals(meals, entries.map((e) => e.meal)).map((name) => {
          const inMeal = entries.filter((e) => e.meal === name);
          return { name, entries: inMeal.map(toEntry), totals: sumNutrients(inMeal.map((e) => e.nutrients)) };
        }),
        totals,
        nutrients: progress
          .sort((a, b) => order(a.number) - order(b.number))
          .map((p) => ({
            ...p,
            name: definitions.get(p.number)?.name ?? NUTRIENT_NAMES[p.number] ?? `Nutrient ${p.number}`,
            unit: definitions.get(p.number)?.unit ?? NUTRIENT_UNITS[p.number] ?? 'g',
          })),
        energy: { kcal: kcal?.amount ?? 0, target: kcal?.target ?? null, remaining: kcal?.remaining ?? null },
        water: { totalMl: water.reduce((sum, w) => sum + w.ml, 0), entries: water.map(toWater) },
        weights: weights.map(toWeight),
      };
    },
  });

  api.route({
    method: 'POST',
    path: '/api/days/:date/copy',
    tag: TAG,
    access: 'user',
    summary: 'Copy a day, or one meal of it, to another day (e.g. yesterday\'s breakfast to today)',
    description: 'The copies keep the values the entries were logged with. The id names this copy: sending it again copies nothing more and returns the same entries.',
    params: dateParamsSchema,
    body: copyDaySchema,
    response: copyDayResultSchema,
    handler: async ({ params, body, user, tx }) => {
      const answer = async (op: CopyOperationRow) => {
        const same = op.from_date === params.date && op.to_date === body.to && op.meal === (body.meal ?? null) && (body.toMeal === undefined || findMeal([op.to_meal ?? ''], body.toMeal) !== undefined);
        if (!same) throw idTaken('This copy id was used for another copy; generate a new UUID', 'names another copy');
        return { date: op.to_date, copied: (await findEntries(tx, op.entry_ids)).map(toEntry) };
      };
      const previous = await findCopyOperation(tx, body.id);
      if (previous) return answer(previous);
      const toMeal = body.toMeal === undefined ? undefined : await requireMeal(tx, body.toMeal, 'toMeal');
      const source = (await listEntriesOn(tx, params.date)).filter((e) => body.meal === undefined || findMeal([e.meal], body.meal) !== undefined);
      if (source.length === 0) throw notFound(`Nothing to copy: you logged nothing${body.meal ? ` to ${body.meal}` : ''} on ${params.date}`);
      // Each copy's id comes from the copy's id and the original's: a copy sent twice at once makes the same ids.
      const copies = source.map((e) => ({ ...e, id: uuidv5(e.id, body.id), userId: user.id, date: body.to, meal: toMeal ?? e.meal }));
      await insertEntries(tx, copies);
      const op = { id: body.id, from_date: params.date, to_date: body.to, meal: body.meal ?? null, to_meal: toMeal ?? null, entry_ids: copies.map((c) => c.id) };
      if (!(await insertCopyOperation(tx, { ...op, userId: user.id }))) {
        const raced = await findCopyOperation(tx, body.id);
        if (!raced) throw idTaken('This copy id is already used; generate a new UUID');
        return answer(raced);
      }
      return { date: body.to, copied: (await findEntries(tx, op.entry_ids)).map(toEntry) };
    },
  });
}
