import type { Queryable } from '../db/client.ts';

export interface WeightRow {
  readonly id: string;
  readonly date: string;
  readonly kg: number;
  readonly measured_at: Date;
}

export interface WaterRow {
  readonly id: string;
  readonly date: string;
  readonly ml: number;
  readonly created_at: Date;
}

export const WEIGHT_COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date, kg, measured_at`;
export const WATER_COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date, ml, created_at`;

/** What an insert of a client-made id found: stored now, stored before (a replay), or the id is someone else's. */
export type Inserted<Row> = { readonly row: Row; readonly inserted: boolean } | undefined;

/** Inserts a weight; a replayed id returns the weight stored the first time, another account's id returns undefined. */
export async function insertWeight(db: Queryable, w: { id: string; userId: string; date: string; kg: number; measuredAt: string }): Promise<Inserted<WeightRow>> {
  const [row] = await db.query<WeightRow>(
    `INSERT INTO weights (id, user_id, date, kg, measured_at) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO NOTHING RETURNING ${WEIGHT_COLUMNS}`,
    [w.id, w.userId, w.date, w.kg, w.measuredAt],
  );
  if (row) return { row, inserted: true };
  const [before] = await db.query<WeightRow>(`SELECT ${WEIGHT_COLUMNS} FROM weights WHERE id = $1`, [w.id]);
  return before ? { row: before, inserted: false } : undefined;
}

export async function listWeights(db: Queryable, from: string, to: string): Promise<WeightRow[]> {
  return db.query<WeightRow>(`SELECT ${WEIGHT_COLUMNS} FROM weights WHERE date BETWEEN $1 AND $2 AND deleted_at IS NULL ORDER BY date, measured_at`, [from, to]);
}

export async function insertWater(db: Queryable, w: { id: string; userId: string; date: string; ml: number }): Promise<Inserted<WaterRow>> {
  const [row] = await db.query<WaterRow>(
    `INSERT INTO water (id, user_id, date, ml) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING ${WATER_COLUMNS}`,
    [w.id, w.userId, w.date, w.ml],
  );
  if (row) return { row, inserted: true };
  const [before] = await db.query<WaterRow>(`SELECT ${WATER_COLUMNS} FROM water WHERE id = $1`, [w.id]);
  return before ? { row: before, inserted: false } : undefined;
}

export async function listWater(db: Queryable, from: string, to: string): Promise<WaterRow[]> {
  return db.query<WaterRow>(`SELECT ${WATER_COLUMNS} FROM water WHERE date BETWEEN $1 AND $2 AND deleted_at IS NULL ORDER BY date, created_at`, [from, to]);
}
