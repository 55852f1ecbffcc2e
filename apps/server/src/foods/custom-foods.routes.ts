import { idParamsSchema } from '@macromuse/contract/common.schemas';
import { customFoodListSchema, customFoodUpdateSchema, newCustomFoodSchema, type CustomFoodUpdate } from '@macromuse/contract/foods/custom-foods.schemas';
import { foodDetailSchema, type FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { normaliseCustomFood } from '@macromuse/core/foods/custom-food';
import { isUniqueViolation, type Queryable } from '../db/client.ts';
import { markDeleted } from '../db/soft-delete.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { HttpError, badField, idTaken, notFound } from '../http/http-errors.ts';
import {
  findCustomFood,
  findCustomFoodByBarcode,
  insertCustomFood,
  listCustomFoods,
  updateCustomFood,
  type CustomFoodRow,
} from './custom-foods.repository.ts';
import { toFoodDetail, toFoodSummaryFromRow } from './food-presenter.ts';
import { customFoodAsFoodRow } from './food-refs.ts';
import type { NutrientDefinitions } from './foods.routes.ts';

const TAG = 'custom foods';

/** The stored form of what the user typed: per 100 g, with a checked barcode. */
function customFoodValues(input: CustomFoodUpdate) {
  let barcode: string | null = null;
  if (input.barcode) {
    const parsed = parseBarcode(input.barcode);
    if (!parsed.ok) throw badField('barcode', parsed.reason);
    barcode = parsed.gtin14;
  }
  const { nutrients, portions } = normaliseCustomFood(input);
  return { name: input.name, brand: input.brand ?? null, barcode, nutrients, portions };
}

const barcodeTaken = (name: string): HttpError =>
  new HttpError(409, 'barcode_taken', `Your custom food "${name}" already has this barcode`, [{ field: 'barcode', problem: 'is already used by another of your foods' }]);

async function refuseTakenBarcode(tx: Queryable, barcode: string | null, exceptId?: string): Promise<void> {
  if (!barcode) return;
  const existing = await findCustomFoodByBarcode(tx, barcode);
  if (existing && existing.id !== exceptId) throw barcodeTaken(existing.name);
}

/** A write that another request beat to the same barcode (checked first, but both passed the check). */
async function unlessBarcodeRaced<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) throw barcodeTaken('another food');
    throw error;
  }
}

export function registerCustomFoodRoutes(api: ApiRouter, nutrientDefinitions: NutrientDefinitions): void {
  const detail = async (tx: Queryable, row: CustomFoodRow): Promise<FoodDetail> => toFoodDetail(customFoodAsFoodRow(row), await nutrientDefinitions(tx));

  api.route({
    method: 'POST',
    path: '/api/foods',
    tag: TAG,
    access: 'user',
    summary: 'Create a custom food (found by your search and barcode lookup only)',
    description: 'Nutrients by USDA number, per 100 g or per serving (then servingGrams is required). Sending the same id again returns the food created the first time.',
    body: newCustomFoodSchema,
    status: 201,
    response: foodDetailSchema,
    handler: async ({ body, user, tx }) => {
      const replay = await findCustomFood(tx, body.id, { includeDeleted: true });
      if (replay) return detail(tx, replay);
      const values = customFoodValues(body);
      await refuseTakenBarcode(tx, values.barcode);
      const row = await unlessBarcodeRaced(() => insertCustomFood(tx, { id: body.id, userId: user.id, ...values }));
      if (row) return detail(tx, row);
      // The id was taken meanwhile: by the same write sent twice at once (answer as the first), or by another account.
      const raced = await findCustomFood(tx, body.id, { includeDeleted: true });
      if (!raced) throw idTaken();
      return detail(tx, raced);
    },
  });

  api.route({
    method: 'GET',
    path: '/api/foods/custom',
    tag: TAG,
    access: 'user',
    summary: 'Your custom foods, most recently changed first',
    response: customFoodListSchema,
    handler: async ({ tx }) => ({ foods: (await listCustomFoods(tx)).map((f) => toFoodSummaryFromRow(customFoodAsFoodRow(f))) }),
  });

  api.route({
    method: 'PUT',
    path: '/api/foods/:id',
    tag: TAG,
    access: 'user',
    summary: 'Replace a custom food (entries already logged keep the values they were logged with)',
    params: idParamsSchema,
    body: customFoodUpdateSchema,
    response: foodDetailSchema,
    handler: async ({ params, body, tx }) => {
      const values = customFoodValues(body);
      await refuseTakenBarcode(tx, values.barcode, params.id);
      const row = await unlessBarcodeRaced(() => updateCustomFood(tx, { id: params.id, ...values }));
      if (!row) throw notFound(`No custom food of yours has id ${params.id}`);
      return detail(tx, row);
    },
  });

  api.route({
    method: 'DELETE',
    path: '/api/foods/:id',
    tag: TAG,
    access: 'user',
    summary: 'Delete a custom food (entries already logged keep it)',
    params: idParamsSchema,
    status: 204,
    handler: async ({ params, tx }) => {
      if (!(await markDeleted(tx, 'custom_foods', params.id))) throw notFound(`No custom food of yours has id ${params.id}`);
    },
  });
}
