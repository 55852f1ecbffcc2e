import { z } from 'zod';
import { dateParamsSchema, dateRangeQuerySchema, idParamsSchema } from '../common.schemas.ts';
import { endpoint } from '../endpoint.ts';
import { newWaterSchema, newWeightSchema, waterSchema, weightSchema } from './body-log.schemas.ts';
import { copyDayResultSchema, copyDaySchema, daySchema } from './days.schemas.ts';
import { entryListQuerySchema, entryPatchSchema, entrySchema, newEntrySchema, newQuickAddSchema } from './entries.schemas.ts';

/** The food log: entries, days and copies. */
export const entryEndpoints = {
  logEntry: endpoint({
    method: 'POST',
    path: '/api/entries',
    tag: 'entries',
    access: 'user',
    summary: 'Log an amount of a food to a meal of a day',
    description:
      'unit: a mass (g, kg, oz, lb), a volume (ml, tsp, tbsp, cup, fl oz) the food\'s portions can weigh, one of the food\'s portions by its unit ("large", "cup, sliced"), or "serving". ' +
      'The entry keeps the food\'s nutrients as they are now. Sending the same id again stores nothing more and returns the entry stored the first time.',
    body: newEntrySchema,
    status: 201,
    response: entrySchema,
  }),
  quickAdd: endpoint({
    method: 'POST',
    path: '/api/entries/quick-add',
    tag: 'entries',
    access: 'user',
    summary: 'Log calories (and optionally macros) without a food',
    body: newQuickAddSchema,
    status: 201,
    response: entrySchema,
  }),
  entries: endpoint({
    method: 'GET',
    path: '/api/entries',
    tag: 'entries',
    access: 'user',
    summary: 'The entries of one day, in the order they were logged',
    query: entryListQuerySchema,
    status: 200,
    response: z.object({ entries: z.array(entrySchema) }),
  }),
  entry: endpoint({
    method: 'GET',
    path: '/api/entries/:id',
    tag: 'entries',
    access: 'user',
    summary: 'One entry',
    params: idParamsSchema,
    status: 200,
    response: entrySchema,
  }),
  editEntry: endpoint({
    method: 'PATCH',
    path: '/api/entries/:id',
    tag: 'entries',
    access: 'user',
    summary: 'Change an entry: amount, unit, meal or date (moving it), or a quick add\'s values',
    description: 'A new amount is weighed with the portions and nutrients the entry was logged with.',
    params: idParamsSchema,
    body: entryPatchSchema,
    status: 200,
    response: entrySchema,
  }),
  deleteEntry: endpoint({
    method: 'DELETE',
    path: '/api/entries/:id',
    tag: 'entries',
    access: 'user',
    summary: 'Delete an entry (deleting it again changes nothing)',
    params: idParamsSchema,
    status: 204,
  }),
  day: endpoint({
    method: 'GET',
    path: '/api/days/:date',
    tag: 'days',
    access: 'user',
    summary: 'A day: each meal with its entries and subtotal, the totals of every nutrient against your targets, water and weight',
    params: dateParamsSchema,
    status: 200,
    response: daySchema,
  }),
  copyDay: endpoint({
    method: 'POST',
    path: '/api/days/:date/copy',
    tag: 'days',
    access: 'user',
    summary: 'Copy a day, or one meal of it, to another day (e.g. yesterday\'s breakfast to today)',
    description: 'The copies keep the values the entries were logged with. The id names this copy: sending it again copies nothing more and returns the same entries.',
    params: dateParamsSchema,
    body: copyDaySchema,
    status: 200,
    response: copyDayResultSchema,
  }),
};

const bodyTag = 'weight and water';

/** Weight and water. */
export const bodyLogEndpoints = {
  logWeight: endpoint({
    method: 'POST',
    path: '/api/weights',
    tag: bodyTag,
    access: 'user',
    summary: 'Log a weight (several a day are kept apart by measuredAt); a replayed id stores nothing more',
    body: newWeightSchema,
    status: 201,
    response: weightSchema,
  }),
  weights: endpoint({
    method: 'GET',
    path: '/api/weights',
    tag: bodyTag,
    access: 'user',
    summary: 'Weights logged between two days (both included)',
    query: dateRangeQuerySchema,
    status: 200,
    response: z.object({ weights: z.array(weightSchema) }),
  }),
  deleteWeight: endpoint({
    method: 'DELETE',
    path: '/api/weights/:id',
    tag: bodyTag,
    access: 'user',
    summary: 'Delete a weight',
    params: idParamsSchema,
    status: 204,
  }),
  logWater: endpoint({
    method: 'POST',
    path: '/api/water',
    tag: bodyTag,
    access: 'user',
    summary: 'Log water drunk; a replayed id stores nothing more',
    body: newWaterSchema,
    status: 201,
    response: waterSchema,
  }),
  water: endpoint({
    method: 'GET',
    path: '/api/water',
    tag: bodyTag,
    access: 'user',
    summary: 'Water logged between two days (both included)',
    query: dateRangeQuerySchema,
    status: 200,
    response: z.object({ water: z.array(waterSchema) }),
  }),
  deleteWater: endpoint({
    method: 'DELETE',
    path: '/api/water/:id',
    tag: bodyTag,
    access: 'user',
    summary: 'Delete a water entry',
    params: idParamsSchema,
    status: 204,
  }),
};
