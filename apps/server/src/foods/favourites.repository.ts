import type { Queryable } from '../db/client.ts';

export async function addFavourite(db: Queryable, userId: string, foodId: string): Promise<void> {
  await db.query('INSERT INTO favourite_foods (user_id, food_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [userId, foodId]);
}

export async function removeFavourite(db: Queryable, foodId: string): Promise<boolean> {
  const rows = await db.query('DELETE FROM favourite_foods WHERE food_id = $1 RETURNING food_id', [foodId]);
  return rows.length > 0;
}

/** The user's favourite food ids, newest first. */
export async function listFavourites(db: Queryable): Promise<string[]> {
  const rows = await db.query<{ food_id: string }>('SELECT food_id FROM favourite_foods ORDER BY created_at DESC, food_id');
  return rows.map((r) => r.food_id);
}
