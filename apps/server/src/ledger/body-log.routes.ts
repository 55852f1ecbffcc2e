import { dateRangeQuerySchema, idParamsSchema } from '@macromuse/contract/common.schemas';
import { newWaterSchema, newWeightSchema, waterSchema, weightSchema, type Water, type Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { z } from 'zod';
import type { ApiRouter } from '../http/api-router.ts';
import { idTaken, notFound } from '../http/http-errors.ts';
import { markDeleted } from '../db/soft-delete.ts';
import { insertWater, insertWeight, listWater, listWeights, type WaterRow, type WeightRow } from './body-log.repository.ts';

const TAG = 'weight and water';

export const toWeight = (row: WeightRow): Weight => ({ id: row.id, date: row.date, kg: row.kg, measuredAt: new Date(row.measured_at).toISOString() });
export const toWater = (row: WaterRow): Water => ({ id: row.id, date: row.date, ml: row.ml, createdAt: new Date(row.created_at).toISOString() });

export function registerBodyLogRoutes(api: ApiRouter): void {
  api.route({
    method: 'POST',
    path: '/api/weights',
    tag: TAG,
    access: 'user',
    summary: 'Log a weight (several a day are kept apart by measuredAt); a replayed id stores nothing more',
    body: newWeightSchema,
    status: 201,
    response: weightSchema,
    handler: async ({ body, user, tx }) => {
      const row = await insertWeight(tx, { id: body.id, userId: user.id, date: body.date, kg: body.kg, measuredAt: body.measuredAt ?? null });
      if (!row) throw idTaken();
      return toWeight(row);
    },
  });

  api.route({
    method: 'GET',
    path: '/api/weights',
    tag: TAG,
    access: 'user',
    summary: 'Weights logged between two days (both included)',
    query: dateRangeQuerySchema,
    response: z.object({ weights: z.array(weightSchema) }),
    handler: async ({ query, tx }) => ({ weights: (await listWeights(tx, query.from, query.to)).map(toWeight) }),
  });

  api.route({
    method: 'DELETE',
    path: '/api/weights/:id',
    tag: TAG,
    access: 'user',
    summary: 'Delete a weight',
    params: idParamsSchema,
    status: 204,
    handler: async ({ params, tx }) => {
      if (!(await markDeleted(tx, 'weights', params.id))) throw notFound(`No weight of yours has id ${params.id}`);
    },
  });

  api.route({
    method: 'POST',
    path: '/api/water',
    tag: TAG,
    access: 'user',
    summary: 'Log water drunk; a replayed id stores nothing more',
    body: newWaterSchema,
    status: 201,
    response: waterSchema,
    handler: async ({ body, user, tx }) => {
      const row = await insertWater(tx, { id: body.id, userId: user.id, date: body.date, ml: body.ml });
      if (!row) throw idTaken();
      return toWater(row);
    },
  });

  api.route({
    method: 'GET',
    path: '/api/water',
    tag: TAG,
    access: 'user',
    summary: 'Water logged between two days (both included)',
    query: dateRangeQuerySchema,
    response: z.object({ water: z.array(waterSchema) }),
    handler: async ({ query, tx }) => ({ water: (await listWater(tx, query.from, query.to)).map(toWater) }),
  });

  api.route({
    method: 'DELETE',
    path: '/api/water/:id',
    tag: TAG,
    access: 'user',
    summary: 'Delete a water entry',
    params: idParamsSchema,
    status: 204,
    handler: async ({ params, tx }) => {
      if (!(await markDeleted(tx, 'water', params.id))) throw notFound(`No water entry of yours has id ${params.id}`);
    },
  });
}
