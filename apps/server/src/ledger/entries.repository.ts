import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Queryable } from '../db/client.ts';
import type { FoodRef } from '@macromuse/core/foods/food-ref';

export interface EntryRow {
  readonly id: string;
  readonly date: string;
  readonly meal: string;
  readonly kind: 'food' | 'quick';
  readonly food_id: string | null;
  readonly name: string;
  readonly brand: string | null;
  readonly amount: number;
  readonly unit: string;
  readonly grams: number | null;
  readonly per_100g: Record<string, number> | null;
  readonly portions: Portion[];
  readonly nutrients: Record<string, number>;
  readonly created_at: Date;
  readonly updated_at: Date;
  readonly deleted_at: Date | null;
}

export type EntryWrite = Omit<EntryRow, 'created_at' | 'updated_at' | 'deleted_at'> & { readonly userId: string };

const COLUMNS = `id, to_char(date, 'YYYY-MM-DD') AS date, meal, kind, food_id, name, brand, amount, unit, grams, per_100g,
  portions, nutrients, created_at, updated_at, deleted_at`;

/** Entries per INSERT statement: 14 parameters each, well under PostgreSQL's 65,535. */
const INSERT_BATCH = 1000;

const json = (value: unknown): string | null => (value === null ? null : JSON.stringify(value));

/**
 * Inserts entries; those whose id exists already are left as they are. Returns the rows inserted,
 * in full or, with `returning: 'stamps'`, only their ids and times (the rest is what was sent).
 */
export async function insertEntries(db: Queryable, entries: readonly EntryWrite[], returning: 'rows' | 'stamps' = 'rows'): Promise<EntryRow[]> {
  if (entries.length > INSERT_BATCH) {
    const out: EntryRow[] = [];
    for (let i = 0; i < entries.length; i += INSERT_BATCH) out.push(...(await insertEntries(db, entries.slice(i, i + INSERT_BATCH), returning)));
    return out;
  }
  if (entries.length === 0) return [];
  const values: (string | number | null)[] = [];
  const tuples = entries.map((e) => {
    const start = values.length;
    values.push(e.id, e.userId, e.date, e.meal, e.kind, e.food_id, e.name, e.brand, e.amount, e.unit, e.grams, json(e.per_100g), json(e.portions), json(e.nutrients));
    return `(${Array.from({ length: 14 }, (_, i) => `$${start + i + 1}`).join(', ')})`;
  });
  const rows = await db.query<EntryRow>(
    `INSERT INTO entries (id, user_id, date, meal, kind, food_id, name, brand, amount, unit, grams, per_100g, portions, nutrients)
     VALUES ${tuples.join(', ')}
     ON CONFLICT (id) DO NOTHING RETURNING ${returning === 'rows' ? COLUMNS : 'id, created_at, updated_at, deleted_at'}`,
    values,
  );
  if (returning === 'rows') return rows;
  // Timestamps from the database, everything else as written (JSON columns need not travel back).
  const written = new Map(entries.map((e) => [e.id, e]));
  return rows.flatMap((stamp) => {
    const entry = written.get(stamp.id);
    if (!entry) return [];
    const row: EntryRow = {
      id: entry.id, date: entry.date, meal: entry.meal, kind: entry.kind, food_id: entry.food_id, name: entry.name, brand: entry.brand,
      amount: entry.amount, unit: entry.unit, grams: entry.grams, per_100g: entry.per_100g, portions: entry.portions, nutrients: entry.nutrients,
      created_at: stamp.created_at, updated_at: stamp.updated_at, deleted_at: stamp.deleted_at,
    };
    return [row];
  });
}

export async function findEntry(db: Queryable, id: string, options: { includeDeleted?: boolean } = {}): Promise<EntryRow | undefined> {
  const [row] = await db.query<EntryRow>(`SELECT ${COLUMNS} FROM entries WHERE id = $1 ${options.includeDeleted ? '' : 'AND deleted_at IS NULL'}`, [id]);
  return row;
}

export async function findEntries(db: Queryable, ids: readonly string[]): Promise<EntryRow[]> {
  if (ids.length === 0) return [];
  return db.query<EntryRow>(`SELECT ${COLUMNS} FROM entries WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL ORDER BY created_at, id`, [ids]);
}

/** The day's entries in the order they were logged. */
export async function listEntriesOn(db: Queryable, date: string): Promise<EntryRow[]> {
  return db.query<EntryRow>(`SELECT ${COLUMNS} FROM entries WHERE date = $1 AND deleted_at IS NULL ORDER BY created_at, id`, [date]);
}

export type EntryChange = Pick<EntryRow, 'date' | 'meal' | 'amount' | 'unit' | 'grams' | 'nutrients' | 'name'>;

export async function updateEntry(db: Queryable, id: string, change: EntryChange): Promise<EntryRow | undefined> {
  const [row] = await db.query<EntryRow>(
    `UPDATE entries SET date = $2, meal = $3, amount = $4, unit = $5, grams = $6, nutrients = $7, name = $8, updated_at = clock_timestamp()
      WHERE id = $1 AND deleted_at IS NULL RETURNING ${COLUMNS}`,
    [id, change.date, change.meal, change.amount, change.unit, change.grams, JSON.stringify(change.nutrients), change.name],
  );
  return row;
}

/**
 * Marks an entry deleted, kept as a tombstone so a device that was offline learns of it.
 * Deleting it again changes nothing; undefined when no entry of this user has the id, and `now`
 * false when it was deleted before.
 */
export async function deleteEntry(db: Queryable, id: string): Promise<{ readonly date: string; readonly now: boolean } | undefined> {
  const [row] = await db.query<{ date: string; now: boolean }>(
    `WITH prior AS (SELECT id, deleted_at IS NULL AS live FROM entries WHERE id = $1)
     UPDATE entries e
        SET updated_at = CASE WHEN e.deleted_at IS NULL THEN clock_timestamp() ELSE e.updated_at END,
            deleted_at = coalesce(e.deleted_at, clock_timestamp())
       FROM prior WHERE e.id = prior.id
     RETURNING to_char(e.date, 'YYYY-MM-DD') AS date, prior.live AS now`,
    [id],
  );
  return row;
}

export interface UsualFoodRow {
  readonly food_id: string;
  readonly amount: number;
  readonly unit: string;
  readonly meal: string;
  readonly last_logged_at: Date;
  readonly times_logged: number;
}

/** How a list of usual foods is chosen: the latest logged in 180 days, or the most logged in 90. */
const USUAL_ORDER = {
  recent: { days: 180, orderBy: 'last_logged_at DESC' },
  frequent: { days: 90, orderBy: 'times_logged DESC, last_logged_at DESC' },
} as const;

/** Foods logged lately or most often (optionally to one meal), each with how it was last logged. */
export async function usualFoods(db: Queryable, kind: keyof typeof USUAL_ORDER, options: { meal?: string | undefined; limit: number }): Promise<UsualFoodRow[]> {
  const { days, orderBy } = USUAL_ORDER[kind];
  return db.query<UsualFoodRow>(
    `SELECT * FROM (
       SELECT DISTINCT ON (food_id) food_id, amount, unit, meal, created_at AS last_logged_at,
              count(*) OVER (PARTITION BY food_id)::int AS times_logged
         FROM entries
        WHERE deleted_at IS NULL AND food_id IS NOT NULL AND ($1::text IS NULL OR lower(meal) = lower($1))
          AND created_at > now() - make_interval(days => $3)
        ORDER BY food_id, created_at DESC
     ) latest ORDER BY ${orderBy} LIMIT $2`,
    [options.meal ?? null, options.limit, days],
  );
}

export interface CopyOperationRow {
  readonly id: string;
  readonly from_date: string;
  readonly to_date: string;
  readonly meal: string | null;
  readonly to_meal: string | null;
  readonly entry_ids: string[];
}

export async function findCopyOperation(db: Queryable, id: string): Promise<CopyOperationRow | undefined> {
  const [row] = await db.query<CopyOperationRow>(
    `SELECT id, to_char(from_date, 'YYYY-MM-DD') AS from_date, to_char(to_date, 'YYYY-MM-DD') AS to_date, meal, to_meal, entry_ids::text[] AS entry_ids
       FROM copy_operations WHERE id = $1`,
    [id],
  );
  return row;
}

/** Records a copy; false when its id is taken already (by a copy sent at the same time, or another account's). */
export async function insertCopyOperation(db: Queryable, op: CopyOperationRow & { readonly userId: string }): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO copy_operations (id, user_id, from_date, to_date, meal, to_meal, entry_ids) VALUES ($1, $2, $3, $4, $5, $6, $7::uuid[])
     ON CONFLICT (id) DO NOTHING RETURNING id`,
    [op.id, op.userId, op.from_date, op.to_date, op.meal, op.to_meal, op.entry_ids],
  );
  return rows.length > 0;
}

export interface FoodToLog {
  readonly id: string;
  readonly name: string;
  readonly brand: string | null;
  readonly nutrients: Record<string, number>;
  readonly portions: Portion[];
}

/**
 * What logging a food needs, in one round trip: the user's meal names (null before a profile is
 * set) and the food, from the catalog (digits) or the user's custom foods (a UUID).
 */
export async function findMealsAndFood(db: Queryable, ref: FoodRef): Promise<{ meals: string[] | null; food: FoodToLog | undefined }> {
  if (ref.kind === 'recipe') return { meals: null, food: undefined };
  const catalog = ref.kind === 'catalog';
  const [row] = await db.query<{ meals: string[] | null; id: string | null; name: string; brand: string | null; nutrients: Record<string, number>; portions: Portion[] }>(
    catalog
      ? `SELECT (SELECT meals FROM profiles) AS meals, f.id::text AS id, f.name, f.brand, f.nutrients, f.portions
           FROM (SELECT 1) AS one LEFT JOIN foods f ON f.id = $1::bigint`
      : `SELECT (SELECT meals FROM profiles) AS meals, c.id::text AS id, c.name, c.brand, c.nutrients, c.portions
           FROM (SELECT 1) AS one LEFT JOIN custom_foods c ON c.id = $1::uuid AND c.deleted_at IS NULL`,
    [ref.id],
  );
  if (!row) return { meals: null, food: undefined };
  const food = row.id === null ? undefined : { id: row.id, name: row.name, brand: row.brand, nutrients: row.nutrients, portions: row.portions };
  return { meals: row.meals, food };
}
