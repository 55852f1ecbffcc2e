import { chooseDefaultPortion } from '@macromuse/core/foods/default-portion';
import type { Queryable } from '../db/client.ts';
import { findCustomFood, type CustomFoodRow } from './custom-foods.repository.ts';
import { findFoodById, type FoodRow } from './foods.repository.ts';

/** A catalog food or a custom food, in the one shape presenters and the ledger read. */
export type AnyFoodRow = Omit<FoodRow, 'source'> & { readonly source: FoodRow['source'] | 'custom' };

/** True for a catalog food id (digits); custom food ids are UUIDs. */
export const isCatalogFoodId = (ref: string): boolean => /^\d+$/.test(ref);

/** One spelling per food: catalog ids without leading zeros, custom ids in lower case. */
export const canonicalFoodRef = (ref: string): string => (isCatalogFoodId(ref) ? BigInt(ref).toString() : ref.toLowerCase());

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

/** The food a ref names: a catalog food by id, or one of the user's custom foods (deleted ones too, for past entries). */
export async function findFoodByRef(tx: Queryable, ref: string, options: { includeDeleted?: boolean } = {}): Promise<AnyFoodRow | undefined> {
  if (isCatalogFoodId(ref)) return findFoodById(tx, ref);
  const custom = await findCustomFood(tx, ref.toLowerCase(), options);
  return custom ? customFoodAsFoodRow(custom) : undefined;
}
