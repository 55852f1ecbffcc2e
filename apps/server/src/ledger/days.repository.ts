import type { Queryable } from '../db/client.ts';
import { PROFILE_COLUMNS, type ProfileRow } from '../targets/profile.repository.ts';
import { WATER_COLUMNS, WEIGHT_COLUMNS, type WaterRow, type WeightRow } from './body-log.repository.ts';
import type { EntryRow } from './entries.repository.ts';

/** An entry as a day shows it: without the food's nutrients per 100 g and portions it keeps for edits. */
export type DayEntryRow = Omit<EntryRow, 'per_100g' | 'portions' | 'deleted_at'>;

/** What a day is made of, read in one round trip. */
export interface DayRows {
  readonly entries: DayEntryRow[];
  readonly profile: ProfileRow | undefined;
  /** The target settings as saved (checked by the caller). */
  readonly settings: unknown;
  readonly water: WaterRow[];
  readonly weights: WeightRow[];
}

const DAY_ENTRY_COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date, meal, kind, food_id, name, brand, amount, unit, grams, nutrients, created_at, updated_at`;

/**
 * A day's entries (in the order logged), water and weights, with the profile and target settings
 * it is measured against: one statement instead of five, each part a JSON value.
 */
export async function readDay(db: Queryable, date: string): Promise<DayRows> {
  const [row] = await db.query<{ entries: DayEntryRow[]; profile: ProfileRow | null; settings: unknown; water: WaterRow[]; weights: WeightRow[] }>(
    `SELECT
       (SELECT coalesce(json_agg(e ORDER BY e.created_at, e.id), '[]'::json)
          FROM (SELECT ${DAY_ENTRY_COLUMNS} FROM entries WHERE date = $1 AND deleted_at IS NULL) e) AS entries,
       (SELECT row_to_json(p) FROM (SELECT ${PROFILE_COLUMNS} FROM profiles) p) AS profile,
       (SELECT settings FROM target_settings) AS settings,
       (SELECT coalesce(json_agg(w ORDER BY w.created_at), '[]'::json)
          FROM (SELECT ${WATER_COLUMNS} FROM water WHERE date = $1 AND deleted_at IS NULL) w) AS water,
       (SELECT coalesce(json_agg(w ORDER BY w.measured_at), '[]'::json)
          FROM (SELECT ${WEIGHT_COLUMNS} FROM weights WHERE date = $1 AND deleted_at IS NULL) w) AS weights`,
    [date],
  );
  if (!row) return { entries: [], profile: undefined, settings: undefined, water: [], weights: [] };
  return { entries: row.entries, profile: row.profile ?? undefined, settings: row.settings, water: row.water, weights: row.weights };
}
