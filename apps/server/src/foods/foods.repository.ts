import type { FoodRecord } from '@macromuse/core/foods/food';
import { completeness } from '@macromuse/core/foods/food';
import type { FoodSource } from '@macromuse/core/foods/food-source';
import { NUTRIENT } from '@macromuse/core/nutrients/nutrient-numbers';
import { chooseDefaultPortion } from '@macromuse/core/foods/default-portion';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { Db, Queryable } from '../db/client.ts';

/** The columns every reader of a food row gets. */
export interface FoodRow {
  readonly id: string;
  readonly source: FoodSource;
  readonly source_id: string;
  readonly dataset: string;
  readonly name: string;
  readonly brand: string | null;
  readonly category: string | null;
  readonly barcode: string | null;
  readonly fdc_id: number | null;
  readonly nutrients: Record<string, number>;
  readonly portions: Portion[];
  readonly default_portion: Portion | null;
  readonly energy_estimated: boolean;
  readonly quality_notes: string[];
  readonly source_updated_at: string | Date | null;
}

/** What the search index keeps of a food. */
export type SearchRow = Pick<FoodRow, 'id' | 'source' | 'name' | 'brand' | 'default_portion' | 'energy_estimated'> & {
  /** When the row was written (ISO time, UTC), where the query asked for it. */
  readonly written_at?: string;
  readonly kcal: number | null;
  readonly protein: number | null;
  readonly carbs: number | null;
  readonly fat: number | null;
  readonly completeness: number;
};

const SEARCH_COLUMNS = `id::text AS id, source, name, brand, default_portion, energy_estimated, completeness,
  kcal, protein, carbs, fat`;

const WRITTEN_AT = `to_char(imported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS written_at`;

const FOOD_COLUMNS = `id::text AS id, source, source_id, dataset, name, brand, category, barcode, fdc_id, nutrients,
  portions, default_portion, energy_estimated, quality_notes, source_updated_at`;

/**
 * A re-import replaces a food from the same dataset. Between two exports of one product
 * (one barcode), the more complete record wins, and the newer one on a tie; a brand, a
 * category or portions the winner lacks are kept from the other.
 */
const INCOMING_WINS = `(foods.dataset = excluded.dataset
  OR excluded.completeness > foods.completeness
  OR (excluded.completeness = foods.completeness
      AND coalesce(excluded.source_updated_at, '-infinity') >= coalesce(foods.source_updated_at, '-infinity')))`;

/** Columns taken whole from the winning record. */
const WINNER_COLUMNS = [
  'dataset', 'name', 'nutrients', 'kcal', 'protein', 'carbs', 'fat', 'energy_estimated', 'quality_notes',
  'completeness', 'source_updated_at',
] as const;

const RECORD_COLUMNS = `source text, source_id text, dataset text, name text, brand text, category text, barcode text,
  fdc_id integer, nutrients jsonb, kcal real, protein real, carbs real, fat real, portions jsonb, default_portion jsonb,
  energy_estimated boolean, quality_notes jsonb, completeness smallint, source_updated_at timestamptz`;
const INSERT_COLUMNS = RECORD_COLUMNS.replace(/ [a-z0-9]+(?=,|$)/g, '').replace(/\s+/g, ' ');

const UPSERT_SQL = `
INSERT INTO foods AS foods (${INSERT_COLUMNS})
SELECT ${INSERT_COLUMNS} FROM jsonb_to_recordset($1::jsonb) AS x(${RECORD_COLUMNS})
ON CONFLICT (source, source_id) DO UPDATE SET
  ${WINNER_COLUMNS.map((c) => `${c} = CASE WHEN ${INCOMING_WINS} THEN excluded.${c} ELSE foods.${c} END`).join(',\n  ')},
  brand = CASE WHEN ${INCOMING_WINS} THEN coalesce(excluded.brand, foods.brand) ELSE coalesce(foods.brand, excluded.brand) END,
  category = CASE WHEN ${INCOMING_WINS} THEN coalesce(excluded.category, foods.category) ELSE coalesce(foods.category, excluded.category) END,
  barcode = coalesce(excluded.barcode, foods.barcode),
  fdc_id = coalesce(excluded.fdc_id, foods.fdc_id),
  portions = CASE WHEN ${INCOMING_WINS} AND jsonb_array_length(excluded.portions) > 0 THEN excluded.portions
                  WHEN jsonb_array_length(foods.portions) = 0 THEN excluded.portions ELSE foods.portions END,
  default_portion = CASE WHEN ${INCOMING_WINS} AND excluded.default_portion IS NOT NULL THEN excluded.default_portion
                  ELSE coalesce(foods.default_portion, excluded.default_portion) END,
  imported_at = clock_timestamp()
RETURNING ${SEARCH_COLUMNS}, ${WRITTEN_AT}`;

/** Writes foods (insert or update in place by source and source id); returns what search needs of each. */
export async function upsertFoods(db: Queryable, foods: readonly FoodRecord[]): Promise<SearchRow[]> {
  if (foods.length === 0) return [];
  const payload = foods.map((food) => ({
    source: food.source,
    source_id: food.sourceId,
    dataset: food.dataset,
    name: food.name,
    brand: food.brand ?? null,
    category: food.category ?? null,
    barcode: food.barcode ?? null,
    fdc_id: food.fdcId ?? null,
    nutrients: food.nutrients,
    kcal: food.nutrients[NUTRIENT.energyKcal] ?? null,
    protein: food.nutrients[NUTRIENT.protein] ?? null,
    carbs: food.nutrients[NUTRIENT.carbohydrate] ?? null,
    fat: food.nutrients[NUTRIENT.fat] ?? null,
    portions: food.portions,
    default_portion: chooseDefaultPortion(food.portions) ?? null,
    energy_estimated: food.energyEstimated,
    quality_notes: food.qualityNotes,
    completeness: completeness(food),
    source_updated_at: food.sourceUpdatedAt ?? null,
  }));
  return db.query<SearchRow>(UPSERT_SQL, [JSON.stringify(payload)]);
}

export async function findFoodById(db: Queryable, id: string): Promise<FoodRow | undefined> {
  const rows = await db.query<FoodRow>(`SELECT ${FOOD_COLUMNS} FROM foods WHERE id = $1`, [id]);
  return rows[0];
}

export async function findFoodByBarcode(db: Queryable, gtin14: string): Promise<FoodRow | undefined> {
  const rows = await db.query<FoodRow>(`SELECT ${FOOD_COLUMNS} FROM foods WHERE barcode = $1`, [gtin14]);
  return rows[0];
}

/** A page of foods for the search index, in id order after `afterId`. */
export async function readSearchRows(db: Queryable, options: { afterId: string; limit: number }): Promise<SearchRow[]> {
  return db.query<SearchRow>(
    `SELECT ${SEARCH_COLUMNS} FROM foods WHERE foods.id > $1::bigint ORDER BY foods.id LIMIT $2`,
    [options.afterId, options.limit],
  );
}

/**
 * A page of foods for the search index, in id order after `afterId`, through the engine's
 * bulk export where it has one (PGlite: several times faster than row by row).
 */
export async function readSearchRowsBulk(db: Db, afterId: string, limit: number): Promise<SearchRow[]> {
  if (!/^\d+$/.test(afterId) || !Number.isInteger(limit) || limit <= 0) throw new Error('afterId and limit must be whole numbers');
  const text = await db.copyOut(
    `SELECT id, source, name, brand, default_portion, energy_estimated, completeness, kcal, protein, carbs, fat
     FROM foods WHERE id > ${afterId} ORDER BY id LIMIT ${limit}`,
  );
  return text === undefined ? readSearchRows(db, { afterId, limit }) : parseSearchRowsCopy(text);
}

/** Decodes one field of COPY text format: `\N` is null; backslash escapes. */
function copyField(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(?:([0-7]{1,3})|(.))/g, (_, octal: string | undefined, ch: string | undefined) => {
    if (octal) return String.fromCharCode(parseInt(octal, 8));
    return ch === 'n' ? '\n' : ch === 't' ? '\t' : ch === 'r' ? '\r' : ch === 'b' ? '\b' : ch === 'f' ? '\f' : ch === 'v' ? '\v' : (ch ?? '');
  });
}

function parseSearchRowsCopy(text: string): SearchRow[] {
  const rows: SearchRow[] = [];
  const num = (field: string | null): number | null => (field === null ? null : Number(field));
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const f = line.split('\t').map(copyField);
    const portion = f[4] ?? null;
    rows.push({
      id: f[0] ?? '',
      source: (f[1] ?? 'off') as SearchRow['source'],
      name: f[2] ?? '',
      brand: f[3] ?? null,
      default_portion: portion === null ? null : (JSON.parse(portion) as FoodRow['default_portion']),
      energy_estimated: f[5] === 't',
      completeness: Number(f[6]),
      kcal: num(f[7] ?? null),
      protein: num(f[8] ?? null),
      carbs: num(f[9] ?? null),
      fat: num(f[10] ?? null),
    });
  }
  return rows;
}

/** Foods written at or after `since` (ISO time), oldest first, and the time of the latest one. */
export async function readSearchRowsWrittenSince(
  db: Queryable,
  since: string,
  limit: number,
): Promise<{ rows: SearchRow[]; latest: string | undefined }> {
  const rows = await db.query<SearchRow & { written_at: string }>(
    `SELECT ${SEARCH_COLUMNS}, ${WRITTEN_AT}
     FROM foods WHERE imported_at >= $1::timestamptz ORDER BY imported_at LIMIT $2`,
    [since, limit],
  );
  return { rows, latest: rows.at(-1)?.written_at };
}

/** When the latest food was written (ISO time), or undefined for an empty catalog. */
export async function latestWriteTime(db: Queryable): Promise<string | undefined> {
  const rows = await db.query<{ at: string | null }>(
    `SELECT to_char(max(imported_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM foods`,
  );
  return rows[0]?.at ?? undefined;
}

export interface NutrientDefinition {
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  readonly tagname: string | null;
  readonly sortOrder: number;
}

export async function upsertNutrientDefinitions(db: Queryable, definitions: readonly NutrientDefinition[]): Promise<void> {
  if (definitions.length === 0) return;
  await db.query(
    `INSERT INTO nutrient_definitions (number, name, unit, tagname, sort_order)
     SELECT number, name, unit, tagname, sort_order
     FROM jsonb_to_recordset($1::jsonb) AS d(number text, name text, unit text, tagname text, sort_order integer)
     ON CONFLICT (number) DO UPDATE SET name = excluded.name, unit = excluded.unit, tagname = excluded.tagname, sort_order = excluded.sort_order`,
    [JSON.stringify(definitions.map((d) => ({ number: d.number, name: d.name, unit: d.unit, tagname: d.tagname, sort_order: d.sortOrder })))],
  );
}

export interface NutrientDefinitionRow {
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  readonly sort_order: number;
}

export async function readNutrientDefinitions(db: Queryable): Promise<NutrientDefinitionRow[]> {
  return db.query<NutrientDefinitionRow>('SELECT number, name, unit, sort_order FROM nutrient_definitions ORDER BY sort_order');
}

/** The number of foods, as kept current by the database on every write (migration 0005). */
export async function keptFoodCount(db: Queryable): Promise<number> {
  const rows = await db.query<{ n: string }>('SELECT foods::text AS n FROM catalog_counts');
  return Number(rows[0]?.n ?? 0);
}
