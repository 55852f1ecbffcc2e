import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FoodDetail, FoodSearchResponse } from '@macromuse/contract/foods/foods.schemas';
import { foodDetailSchema, foodSearchResponseSchema } from '@macromuse/contract/foods/foods.schemas';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { Health } from '@macromuse/contract/health/health.schemas';
import { domainEvent } from '@macromuse/contract/events/domain-events';
import { loadConfig, type Config } from '../config/config.ts';
import { startServer, type RunningServer } from '../server.ts';
import { hasFoodData, makeDataRoot, tempDir } from '../test-support/food-data.ts';
import { openDb } from '../db/client.ts';
import { importSource } from '../importers/catalog-sources.ts';
import { countFoods, createTestDatabase, TEST_ENGINES, type TestDatabase } from '../test-support/test-databases.ts';

async function getJson<T>(base: string, path: string): Promise<{ status: number; body: T }> {
  const response = await fetch(`${base}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

describe.runIf(hasFoodData).each(TEST_ENGINES)('food API over HTTP on %s', (engine) => {
  let database: TestDatabase;
  let config: Config;
  let server: RunningServer;
  let base: string;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    const foodData = await makeDataRoot([{ limit: 4000 }, { barcodePrefixes: ['3017620422003', '0016000275287'] }]);
    config = { ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MACROMUSE_FOOD_DATA: foodData }), db: database.config };
    server = await startServer(config);
    base = server.url;
    await server.catalogReady;
  });

  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('imports the food data by itself on first start and reports it on /healthz', async () => {
    const { status, body } = await getJson<Health>(base, '/healthz');
    expect(status).toBe(200);
    expect(body.database).toBe(engine);
    expect(body.catalog.indexReady).toBe(true);
    expect(body.catalog.foods).toBeGreaterThan(8789 + 7083 + 3000);
    expect(body.catalog.indexed).toBe(body.catalog.foods);
    expect(body.catalog.imports.map((i) => [i.source, i.state])).toEqual([
      ['sr28', 'done'],
      ['fndds', 'done'],
      ['off', 'done'],
      ['off-sql', 'done'],
      ['off-sql', 'done'],
    ]);
    // Both catalog folders were imported: a product only the second one holds is there.
    const nutella = await getJson<FoodDetail>(base, '/api/foods/barcode/3017620422003');
    expect(nutella.status).toBe(200);
    expect(nutella.body.name).toMatch(/nutella/i);
  });

  it('finds the plain food first, with macros per 100 g and per default portion', async () => {
    const { status, body } = await getJson<FoodSearchResponse>(base, '/api/foods/search?q=banana&limit=5');
    expect(status).toBe(200);
    expect(foodSearchResponseSchema.parse(body)).toEqual(body);
    expect(body.results).toHaveLength(5);
    const first = body.results[0];
    expect(first?.name).toMatch(/^Bananas?, raw$/);
    expect(first?.source).toMatch(/^usda-/);
    expect(first?.per100g).toEqual({ kcal: 89, protein: 1.09, carbs: 22.84, fat: 0.33 });
    const portion = first?.defaultPortion;
    expect(portion?.grams).toBeGreaterThan(0);
    expect(portion?.nutrients.kcal).toBeCloseTo((89 * (portion?.grams ?? 0)) / 100, 1);
    expect(body.complete).toBe(true);
  });

  it('keeps what was typed, so a trailing space marks the last word as finished', async () => {
    const { body } = await getJson<FoodSearchResponse>(base, '/api/foods/search?q=chocolate%20');
    expect(body.query).toBe('chocolate ');
    expect(body.results.length).toBeGreaterThan(0);
  });

  it('returns the full food: every nutrient with units, all household portions, category and source ids', async () => {
    const search = await getJson<FoodSearchResponse>(base, '/api/foods/search?q=egg%20whole%20raw%20fresh&limit=1');
    const id = search.body.results[0]?.id;
    const { status, body } = await getJson<FoodDetail>(base, `/api/foods/${id}`);
    expect(status).toBe(200);
    expect(foodDetailSchema.parse(body)).toEqual(body);
    expect(body).toMatchObject({ name: 'Egg, whole, raw, fresh', source: 'usda-sr28', sourceId: '01123', fdcId: 171287, category: 'Dairy and Egg Products' });
    expect(body.nutrients.find((n) => n.number === '208')).toEqual({ number: '208', name: 'Energy', unit: 'kcal', amount: 143 });
    expect(body.nutrients.find((n) => n.number === '418')?.unit).toBe('µg');
    expect(body.nutrients.length).toBeGreaterThan(60);
    expect(body.portions).toContainEqual({ amount: 1, unit: 'large', grams: 50, label: '1 large' });
  });

  it('finds a product by any zero-padded form of its barcode', async () => {
    const ean13 = await getJson<FoodDetail>(base, '/api/foods/barcode/0000000000017');
    expect(ean13.status).toBe(200);
    expect(ean13.body.source).toBe('off');
    const gtin14 = await getJson<FoodDetail>(base, '/api/foods/barcode/00000000000017');
    const ean8 = await getJson<FoodDetail>(base, '/api/foods/barcode/00000017');
    expect(gtin14.body.id).toBe(ean13.body.id);
    expect(ean8.body.id).toBe(ean13.body.id);
  });

  it('marks energy estimated from macros as estimated', async () => {
    const [estimated] = await server.db.query<{ id: string }>(
      `SELECT id::text AS id FROM foods WHERE energy_estimated AND dataset = 'lifyzer-2019-06' ORDER BY id LIMIT 1`,
    );
    const { body } = await getJson<FoodDetail>(base, `/api/foods/${estimated?.id}`);
    expect(body.energyEstimated).toBe(true);
    expect(body.nutrients.find((n) => n.number === '208')?.amount).toBeGreaterThan(0);
    const search = await getJson<FoodSearchResponse>(base, `/api/foods/search?q=${encodeURIComponent(body.name)}&limit=20`);
    expect(search.body.results.find((r) => r.id === body.id)?.energyEstimated).toBe(true);
  });

  it('answers a wrong check digit with a 400 that says so, and an unknown valid code with a 404', async () => {
    const wrong = await getJson<ApiError>(base, '/api/foods/barcode/3017620422004');
    expect(wrong.status).toBe(400);
    expect(wrong.body.message).toMatch(/check digit is 4 but must be 3/);
    const letters = await getJson<ApiError>(base, '/api/foods/barcode/30176abc');
    expect(letters.status).toBe(400);
    const unknown = await getJson<ApiError>(base, '/api/foods/barcode/4006381333931');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/No product with barcode 4006381333931/);
  });

  it('rejects bad input with a 4xx naming the field, and never a 500', async () => {
    const noQuery = await getJson<ApiError>(base, '/api/foods/search');
    expect(noQuery.status).toBe(400);
    expect(noQuery.body.fields?.[0]?.field).toBe('q');
    const badLimit = await getJson<ApiError>(base, '/api/foods/search?q=egg&limit=5000');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body.message).toMatch(/limit.*at most 100/);
    const notNumber = await getJson<ApiError>(base, '/api/foods/search?q=egg&limit=ten');
    expect(notNumber.status).toBe(400);
    const badId = await getJson<ApiError>(base, '/api/foods/abc');
    expect(badId.status).toBe(400);
    expect(badId.body.message).toMatch(/id/);
    const missing = await getJson<ApiError>(base, '/api/foods/999999999');
    expect(missing.status).toBe(404);
    const long = await getJson<ApiError>(base, `/api/foods/search?q=${'a'.repeat(300)}`);
    expect(long.status).toBe(400);
    const odd = await getJson<FoodSearchResponse>(base, `/api/foods/search?q=${encodeURIComponent('%%% _ ()')}`);
    expect(odd.status).toBe(200);
    // NUL characters are refused everywhere (PostgreSQL cannot store one), naming the field.
    const nul = await getJson<ApiError>(base, `/api/foods/search?q=${encodeURIComponent('a\u0000b')}`);
    expect([nul.status, nul.body.fields?.[0]?.field]).toEqual([400, 'q']);
    const spaces = await getJson<ApiError>(base, '/api/foods/search?q=%20%20');
    expect(spaces.status).toBe(400);
    const badEscape = await getJson<ApiError>(base, '/api/foods/%zz');
    expect(badEscape.status).toBe(400);
    expect(badEscape.body.error).toBe('bad_request');
    const longPath = await getJson<ApiError>(base, `/api/foods/${'9'.repeat(300)}`);
    expect(longPath.status).toBeGreaterThanOrEqual(400);
    expect(longPath.status).toBeLessThan(500);
    expect(longPath.body.message).toMatch(/too long/);
    const largestId = await getJson<ApiError>(base, '/api/foods/9223372036854775807');
    expect(largestId.status).toBe(404);
    const beyond = await getJson<ApiError>(base, '/api/foods/9223372036854775808');
    expect(beyond.status).toBe(400);
  });

  it.runIf(engine === 'postgres')('follows foods another process writes to the shared database', async () => {
    const header = ['code', 'product_name', 'brands', 'energy-kcal_100g', 'proteins_100g', 'fat_100g', 'carbohydrates_100g'];
    const file = join(tempDir('other-process'), 'export.tsv');
    writeFileSync(file, `${header.join('\t')}\n4006381333931\tQuarkcreme Vanille Testprodukt\tMolkerei Beispiel\t120\t8\t3\t14\n`);
    const other = await openDb(config.db);
    try {
      await importSource(other, 'off', file);
    } finally {
      await other.close();
    }
    expect(await server.follower?.poll()).toBeGreaterThanOrEqual(1);
    await server.search.settled();
    const { body } = await getJson<FoodSearchResponse>(base, '/api/foods/search?q=quarkcreme%20testprodukt');
    expect(body.results[0]?.brand).toBe('Molkerei Beispiel');
    // The count /healthz gives follows the other process's write too, once told of it (its NOTIFY
    // comes back to this process's bus; here both are one process, which does not hear itself).
    await server.bus.deliver([domainEvent('catalog.changed', { foods: 1 })]);
    const foods = await countFoods(server.db);
    await vi.waitFor(async () => expect((await getJson<Health>(base, '/healthz')).body.catalog.foods).toBe(foods));
  });

  it('starts again fast without importing anything', async () => {
    const foods = await countFoods(server.db);
    await server.close();
    server = await startServer(config);
    base = server.url;
    await server.catalogReady;
    const after = await getJson<Health>(base, '/healthz');
    expect(after.body.catalog.foods).toBe(foods);
    expect(after.body.catalog.indexed).toBe(foods);
    expect(after.body.catalog.imports.every((i) => i.state === 'done' && i.rowsRead === 0)).toBe(true);
    const { body } = await getJson<FoodSearchResponse>(base, '/api/foods/search?q=bananas');
    expect(body.results[0]?.name).toMatch(/^Bananas?, raw$/);
  });
});
