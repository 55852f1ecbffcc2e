import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Queryable } from '../db/client.ts';

export interface CustomFoodRow {
  readonly id: string;
  readonly name: string;
  readonly brand: string | null;
  readonly barcode: string | null;
  readonly nutrients: Record<string, number>;
  readonly portions: Portion[];
  readonly created_at: Date;
  readonly updated_at: Date;
}

const COLUMNS = 'id, name, brand, barcode, nutrients, portions, created_at, updated_at';

export interface CustomFoodWrite {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly brand: string | null;
  readonly barcode: string | null;
  readonly nutrients: Record<string, number>;
  readonly portions: readonly Portion[];
}

/** Inserts a custom food; with an id already used, changes nothing and returns undefined. */
export async function insertCustomFood(db: Queryable, food: CustomFoodWrite): Promise<CustomFoodRow | undefined> {
  const [row] = await db.query<CustomFoodRow>(
    `INSERT INTO custom_foods (id, user_id, name, brand, barcode, nutrients, portions)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (id) DO NOTHING RETURNING ${COLUMNS}`,
    [food.id, food.userId, food.name, food.brand, food.barcode, JSON.stringify(food.nutrients), JSON.stringify(food.portions)],
  );
  return row;
}

export async function updateCustomFood(db: Queryable, food: Omit<CustomFoodWrite, 'userId'>): Promise<CustomFoodRow | undefined> {
  const [row] = await db.query<CustomFoodRow>(
    `UPDATE custom_foods SET name = $2, brand = $3, barcode = $4, nutrients = $5, portions = $6, updated_at = now()
      WHERE id = $1 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [food.id, food.name, food.brand, food.barcode, JSON.stringify(food.nutrients), JSON.stringify(food.portions)],
  );
  return row;
}


export async function findCustomFood(db: Queryable, id: string, options: { includeDeleted?: boolean } = {}): Promise<CustomFoodRow | undefined> {
  const [row] = await db.query<CustomFoodRow>(
    `SELECT ${COLUMNS} FROM custom_foods WHERE id = $1 ${options.includeDeleted ? '' : 'AND deleted_at IS NULL'}`,
    [id],
  );
  return row;
}

export async function findCustomFoodByBarcode(db: Queryable, gtin14: string): Promise<CustomFoodRow | undefined> {
  const [row] = await db.query<CustomFoodRow>(`SELECT ${COLUMNS} FROM custom_foods WHERE barcode = $1 AND deleted_at IS NULL`, [gtin14]);
  return row;
}

/** The user's custom foods, most recently changed first (Row Level Security keeps them the user's own). */
export async function listCustomFoods(db: Queryable, limit = 1000): Promise<CustomFoodRow[]> {
  return db.query<CustomFoodRow>(`SELECT ${COLUMNS} FROM custom_foods WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT $1`, [limit]);
}

/**
 * What a search needs of the user's custom foods, lightly: names, portions and the four numbers a
 * result shows (a food may carry a hundred nutrients; a keystroke should not read them all).
 */
export async function listCustomFoodsForSearch(db: Queryable, limit = 2000): Promise<CustomFoodRow[]> {
  return db.query<CustomFoodRow>(
    `SELECT id, name, brand, barcode, portions, created_at, updated_at,
            jsonb_strip_nulls(jsonb_build_object('208', nutrients->'208', '203', nutrients->'203', '204', nutrients->'204', '205', nutrients->'205')) AS nutrients
       FROM custom_foods WHERE deleted_at IS NULL ORDER BY updated_at DESC LIMIT $1`,
    [limit],
  );
}
