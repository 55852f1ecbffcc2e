import type { Queryable } from '../db/client.ts';

/** Every table a user owns, and how to read all of it (Row Level Security limits each to the caller). */
export const OWNED_TABLES = {
  account: `SELECT id, email, created_at FROM users`,
  profile: `SELECT sex, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, height_cm, weight_kg, body_fat_pct, activity, goal,
              rate_kg_per_week, units, time_zone, meals, updated_at FROM profiles`,
  target_settings: `SELECT settings, updated_at FROM target_settings`,
  entries: `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, meal, kind, food_id, name, brand, amount, unit, grams, nutrients,
              per_100g, created_at, updated_at FROM entries WHERE deleted_at IS NULL ORDER BY date, created_at`,
  custom_foods: `SELECT id, name, brand, barcode, nutrients, portions, created_at, updated_at FROM custom_foods WHERE deleted_at IS NULL ORDER BY created_at`,
  copies: `SELECT id, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, meal, to_meal, entry_ids::text[] AS entry_ids,
              created_at FROM copy_operations ORDER BY created_at`,
  favourite_foods: `SELECT food_id, created_at FROM favourite_foods ORDER BY created_at`,
  weights: `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, kg, measured_at FROM weights WHERE deleted_at IS NULL ORDER BY date, measured_at`,
  water: `SELECT id, to_char(date, 'YYYY-MM-DD') AS date, ml, created_at FROM water WHERE deleted_at IS NULL ORDER BY date, created_at`,
  sessions: `SELECT id, created_at, last_used_at, expires_at, revoked_at, revoked_reason FROM auth_sessions ORDER BY created_at`,
} as const;

export type OwnedTable = keyof typeof OWNED_TABLES;
export type ExportRow = Record<string, unknown>;

export async function readEverything(db: Queryable): Promise<Record<OwnedTable, ExportRow[]>> {
  const out = {} as Record<OwnedTable, ExportRow[]>;
  for (const [table, sql] of Object.entries(OWNED_TABLES) as [OwnedTable, string][]) out[table] = await db.query<ExportRow>(sql);
  return out;
}
