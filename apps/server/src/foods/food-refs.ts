import { chooseDefaultPortion } from '@macromuse/core/foods/default-portion';
import type { FoodRef } from '@macromuse/core/foods/food-ref';
import type { Queryable } from '../db/client.ts';
import { findCustomFood, type CustomFoodRow } from './custom-foods.repository.ts';
import { findFoodById, type FoodRow } from './foods.repository.ts';

/** A catalog food or a custom food, in the one shape presenters and the ledger read. */
export type AnyFoodRow = Omit<FoodRow, 'source'> & { readonly source: FoodRow['source'] | 'custom' };

export function customFoodAsFoodRow(row: CustomFoodRow): AnyFoodRow {
  return {
    id: row.id,
    source: 'custom',
    source_id: row.id,
    dataset: 'custom',
    name: row.name,
    brand: row.brand,
    category: null,
    barcode: row.barcode,
    fdc_id: null,
    nutrients: row.nutrients,
    portions: row.portions,
    default_portion: chooseDefaultPortion(row.portions) ?? null,
    energy_estimated: false,
    quality_notes: [],
    source_updated_at: row.updated_at,
  };
}

/**
 * The food a reference names: a catalog food by id, or one of the user's custom foods (deleted
 * ones too with `includeDeleted`, for past entries). A recipe is no food of these (yet).
 */
export async function findFoodByRef(tx: Queryable, ref: FoodRef, options: { includeDeleted?: boolean } = {}): Promise<AnyFoodRow | undefined> {
  switch (ref.kind) {
    case 'catalog':
      return findFoodById(tx, ref.id);
    case 'custom': {
      const custom = await findCustomFood(tx, ref.id, options);
      return custom ? customFoodAsFoodRow(custom) : undefined;
    }
    case 'recipe':
      return undefined;
  }
}
