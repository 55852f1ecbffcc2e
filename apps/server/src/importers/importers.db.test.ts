import { keptFoodCount } from '../foods/foods.repository.ts';
import { readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { findFoodByBarcode, type FoodRow } from '../foods/foods.repository.ts';
import { FOOD_DATA, hasFoodData, tempDir, writeCatalogSlice } from '../test-support/food-data.ts';
import { countFoods, createTestDatabase, TEST_ENGINES, type TestDatabase } from '../test-support/test-databases.ts';
import { importSource } from './catalog-sources.ts';
import { InputError } from './input.ts';

const SR28 = join(FOOD_DATA, 'usda', 'sr28');
const FNDDS = join(FOOD_DATA, 'usda', 'fndds_2017-2018');
const OFF_2019_US = join(FOOD_DATA, 'off', 'off_products_sample_2019_us.tsv.gz');
const OFF_2024 = join(FOOD_DATA, 'off', 'off_products_sample_2024_a.tsv.gz');

async function food(db: Db, source: string, sourceId: string): Promise<FoodRow> {
  const rows = await db.query<FoodRow>(
    `SELECT id::text AS id, source, source_id, dataset, name, brand, category, barcode, fdc_id, nutrients, portions,
            default_portion, energy_estimated, quality_notes, source_updated_at
     FROM foods WHERE source = $1 AND source_id = $2`,
    [source, sourceId],
  );
  const row = rows[0];
  if (!row) throw new Error(`no food ${source} ${sourceId}`);
  return row;
}

describe.runIf(hasFoodData).each(TEST_ENGINES)('importers on %s', (engine) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = await openDb(database.config);
    await migrate(db);
  });

  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('imports SR28 with FoodData Central ids, every nutrient with its unit, and household measures', async () => {
    const [result] = await importSource(db, 'sr28', SR28);
    expect(result?.rowsWritten).toBe(8789);
    expect(result?.rowsSkipped).toBe(0);

    const egg = await food(db, 'usda-sr28', '01123');
    expect(egg.name).toBe('Egg, whole, raw, fresh');
    expect(egg.fdc_id).toBe(171287);
    expect(egg.category).toBe('Dairy and Egg Products');
    expect(egg.nutrients['208']).toBe(143);
    expect(egg.nutrients['203']).toBe(12.56);
    expect(egg.nutrients['204']).toBe(9.51);
    expect(Object.keys(egg.nutrients).length).toBeGreaterThan(60);
    expect(egg.portions).toContainEqual({ amount: 1, unit: 'large', grams: 50 });

    const banana = await food(db, 'usda-sr28', '09040');
    expect(banana.fdc_id).toBe(173944);
    expect(banana.portions).toContainEqual({ amount: 1, unit: 'cup, sliced', grams: 150 });

    const units = await db.query<{ unit: string }>(`SELECT unit FROM nutrient_definitions WHERE number = '418'`);
    expect(units[0]?.unit).toBe('µg'); // ISO-8859-1 decoded
    expect(await countFoods(db, `source = 'usda-sr28'`)).toBe(8789);
  });

  it('re-imports SR28 in place: same ids, no duplicates, edited rows restored', async () => {
    const before = await food(db, 'usda-sr28', '01123');
    await db.query(`UPDATE foods SET name = 'edited' WHERE source = 'usda-sr28' AND source_id = '01123'`);
    await importSource(db, 'sr28', SR28);
    const after = await food(db, 'usda-sr28', '01123');
    expect(after.id).toBe(before.id);
    expect(after.name).toBe('Egg, whole, raw, fresh');
    expect(await countFoods(db, `source = 'usda-sr28'`)).toBe(8789);
  });

  it('imports FNDDS despite its title row, BOM and line breaks in header cells; reports weightless portions by line', async () => {
    const [result] = await importSource(db, 'fndds', FNDDS);
    expect(result?.rowsWritten).toBe(7083);
    const milk = await food(db, 'usda-fndds', '11111000');
    expect(milk.name).toBe('Milk, whole');
    expect(milk.nutrients['208']).toBe(60);
    expect(milk.nutrients['203']).toBe(3.28);
    expect(milk.nutrients['269']).toBe(4.81); // "Sugars, total\n(g)" header
    expect(milk.nutrients['303']).toBeDefined(); // "Iron\n(mg)" header
    expect(milk.portions).toContainEqual({ amount: 1, unit: 'cup', grams: 244 });
    expect((await food(db, 'usda-fndds', '63107010')).nutrients['208']).toBe(89);
    const skipped = result?.skipped.find((s) => s.reason.includes('has no weight'));
    expect(skipped?.file).toBe('fndds_portions_and_weights.csv.gz');
    expect(skipped?.line).toBeGreaterThan(2);
    // Generic foods from both USDA sources are kept, each labelled by source.
    expect(await countFoods(db, `name ILIKE 'banana%raw' AND source IN ('usda-sr28', 'usda-fndds')`)).toBe(2);
  });

  it('reads the kJ a 2019 export stores in its kcal column as kJ, and reports rows without a name', async () => {
    const [result] = await importSource(db, 'off', OFF_2019_US);
    const celery = await findFoodByBarcode(db, '00000651511016');
    expect(celery?.name).toBe('Celery');
    expect(celery?.nutrients['208']).toBeCloseTo(59 / 4.184, 0);
    expect(celery?.energy_estimated).toBe(false);
    expect(result?.skipped).toContainEqual({ file: 'off_products_sample_2019_us.tsv.gz', line: 654, reason: 'product has no name' });
  });

  it('closes every file it opened, also when it stops early', async () => {
    const openFiles = (): number => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 5; i++) {
      await expect(importSource(db, 'off-sql', OFF_2024)).rejects.toThrow(InputError);
      await expect(importSource(db, 'off', join(FNDDS, 'fndds_nutrient_values.csv.gz'))).rejects.toThrow(InputError);
      await expect(importSource(db, 'sr28', FNDDS)).rejects.toThrow(InputError);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBeLessThanOrEqual(before);
  });

  it('refuses a file in the wrong format with one clear message and changes nothing', async () => {
    const before = await countFoods(db);
    const fnddsCsv = join(FNDDS, 'fndds_nutrient_values.csv.gz');
    await expect(importSource(db, 'off', fnddsCsv)).rejects.toThrow(/not an Open Food Facts CSV export/);
    await expect(importSource(db, 'sr28', join(FOOD_DATA, 'off'))).rejects.toThrow(InputError);
    await expect(importSource(db, 'off-sql', OFF_2024)).rejects.toThrow(/not a product SQL dump/);
    await expect(importSource(db, 'fndds', SR28)).rejects.toThrow(/FNDDS/);
    await expect(importSource(db, 'off', join(FOOD_DATA, 'no-such-file.tsv'))).rejects.toThrow(/no such file/);
    // A folder with one good export and one wrong file: nothing is imported from either.
    const mixed = tempDir('mixed');
    symlinkSync(OFF_2019_US, join(mixed, 'a.tsv.gz'));
    symlinkSync(join(FNDDS, 'fndds_nutrient_values.csv.gz'), join(mixed, 'b.csv.gz'));
    await expect(importSource(db, 'off', mixed)).rejects.toThrow(/b\.csv\.gz: not an Open Food Facts CSV export/);
    expect(await countFoods(db)).toBe(before);
    // The count the database keeps for status pages agrees with counting, after imports, re-imports and refusals.
    expect(await keptFoodCount(db)).toBe(before);
  });

  it('imports the large catalog: estimated energy marked, impossible rows rejected by line, one food per barcode', async () => {
    const dir = tempDir('slice');
    const head = join(dir, 'head.sql');
    const picked = join(dir, 'picked.sql');
    expect(await writeCatalogSlice(head, { limit: 3000 })).toBe(3000);
    expect(await writeCatalogSlice(picked, { barcodePrefixes: ['3017620422003', '0016000275287', '5449000000996'] })).toBeGreaterThanOrEqual(3);

    const [result] = await importSource(db, 'off-sql', head);
    const impossible = result?.skipped.find((s) => /add up to/.test(s.reason));
    expect(impossible?.file).toBe('head.sql');
    expect(impossible?.line).toBeGreaterThan(0);
    // Two adjacent rows carry barcode 0000000000208: one product.
    expect(await countFoods(db, `barcode = '00000000000208'`)).toBe(1);

    await importSource(db, 'off-sql', picked);
    const nutella = await findFoodByBarcode(db, '03017620422003');
    expect(nutella?.energy_estimated).toBe(true);
    expect(nutella?.nutrients['208']).toBeCloseTo(9 * 31.6 + 4 * 57.6 + 4 * 6, 0);
    expect(nutella?.nutrients['307']).toBeCloseTo((0.114 / 2.54) * 1000, 1);
    const cheerios = await findFoodByBarcode(db, '00016000275287');
    expect(cheerios?.name).toMatch(/cheerios/i);
    expect(await countFoods(db, `source = 'off' AND barcode IS NULL`)).toBe(0);
  });

  it('keeps one food per barcode across exports, preferring stated nutrition facts', async () => {
    const fromLargeCatalog = (
      await db.query<{ barcode: string }>(`SELECT barcode FROM foods WHERE dataset = 'lifyzer-2019-06'`)
    ).map((r) => r.barcode);
    await importSource(db, 'off', OFF_2024);
    const shared = await db.query<{ dataset: string; energy_estimated: boolean; brand: string | null }>(
      `SELECT dataset, energy_estimated, brand FROM foods WHERE barcode = ANY($1::text[])`,
      [fromLargeCatalog],
    );
    expect(shared.length).toBe(fromLargeCatalog.length); // still one row per barcode
    const taken = shared.filter((r) => r.dataset === 'off_products_sample_2024_a');
    expect(taken.length).toBeGreaterThan(100);
    expect(taken.some((r) => r.brand !== null && !r.energy_estimated)).toBe(true);
    const duplicates = await db.query<{ n: string }>(
      `SELECT count(*)::text AS n FROM (SELECT barcode FROM foods WHERE barcode IS NOT NULL GROUP BY barcode HAVING count(*) > 1) d`,
    );
    expect(Number(duplicates[0]?.n)).toBe(0);
    // Re-importing the large catalog slice does not take those products back.
    const newer = await countFoods(db, `dataset = 'off_products_sample_2024_a'`);
    await importSource(db, 'off-sql', await sliceAgain());
    expect(await countFoods(db, `dataset = 'off_products_sample_2024_a'`)).toBe(newer);
  });

  it('imports from a URL, gzip or not, as from a file', async () => {
    const server = createServer((request, response) => {
      const path = request.url === '/export.tsv' ? OFF_2024 : undefined;
      if (!path) return void response.writeHead(404).end();
      const bytes = gunzipSync(readFileSync(path));
      response.writeHead(200, { 'content-length': bytes.length }).end(bytes);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const [result] = await importSource(db, 'off', `http://127.0.0.1:${port}/export.tsv`);
      expect(result?.rowsRead).toBe(1000);
      expect(result?.rowsWritten).toBeGreaterThan(900);
      await expect(importSource(db, 'off', `http://127.0.0.1:${port}/missing.tsv`)).rejects.toThrow(/HTTP 404/);
    } finally {
      server.close();
    }
  });
});

async function sliceAgain(): Promise<string> {
  const dir = tempDir('slice-again');
  await writeCatalogSlice(join(dir, 'head.sql'), { limit: 3000 });
  return join(dir, 'head.sql');
}
