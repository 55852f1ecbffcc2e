import { domainEvent } from '@macromuse/contract/events/domain-events';
import type { CustomFoodUpdate, NewCustomFood } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { normaliseCustomFood } from '@macromuse/core/foods/custom-food';
import { isUniqueViolation, type Queryable } from '../db/client.ts';
import { markDeleted } from '../db/soft-delete.ts';
import type { UserWork } from '../events/transactions.ts';
import { HttpError, badField, idTaken, notFound } from '../http/http-errors.ts';
import { findCustomFood, findCustomFoodByBarcode, insertCustomFood, listCustomFoods, updateCustomFood, type CustomFoodRow } from './custom-foods.repository.ts';
import { toFoodSummaryFromRow } from './food-presenter.ts';
import { customFoodAsFoodRow } from './food-refs.ts';
import type { FoodsService } from './foods.service.ts';

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

/** Foods a person makes: found by their own search and barcode lookup only. */
export class CustomFoodsService {
  constructor(private readonly foods: FoodsService) {}

  private detail(tx: Queryable, row: CustomFoodRow): Promise<FoodDetail> {
    return this.foods.detail(customFoodAsFoodRow(row), tx);
  }

  /** Creates a custom food; the same id sent again answers the food created the first time. */
  async create(work: UserWork, input: NewCustomFood): Promise<FoodDetail> {
    const { tx } = work;
    const replay = await findCustomFood(tx, input.id, { includeDeleted: true });
    if (replay) return this.detail(tx, replay);
    const values = customFoodValues(input);
    await refuseTakenBarcode(tx, values.barcode);
    const row = await unlessBarcodeRaced(() => insertCustomFood(tx, { id: input.id, userId: work.userId, ...values }));
    if (row) {
      work.events.raise(domainEvent('food.created', { userId: work.userId, foodId: row.id }));
      return this.detail(tx, row);
    }
    // The id was taken meanwhile: by the same write sent twice at once (answer as the first), or by another account.
    const raced = await findCustomFood(tx, input.id, { includeDeleted: true });
    if (!raced) throw idTaken();
    return this.detail(tx, raced);
  }

  async list(tx: Queryable): Promise<{ foods: FoodSummary[] }> {
    return { foods: (await listCustomFoods(tx)).map((f) => toFoodSummaryFromRow(customFoodAsFoodRow(f))) };
  }

  async replace(work: UserWork, id: string, input: CustomFoodUpdate): Promise<FoodDetail> {
    const values = customFoodValues(input);
    await refuseTakenBarcode(work.tx, values.barcode, id);
    const row = await unlessBarcodeRaced(() => updateCustomFood(work.tx, { id, ...values }));
    if (!row) throw notFound(`No custom food of yours has id ${id}`);
    work.events.raise(domainEvent('food.changed', { userId: work.userId, foodId: id }));
    return this.detail(work.tx, row);
  }

  async remove(work: UserWork, id: string): Promise<void> {
    if (!(await markDeleted(work.tx, 'custom_foods', id))) throw notFound(`No custom food of yours has id ${id}`);
    work.events.raise(domainEvent('food.deleted', { userId: work.userId, foodId: id }));
  }
}
