import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { importSource } from '../importers/catalog-sources.ts';
import { FOOD_DATA, hasFoodData, tempDir, writeCatalogSlice } from '../test-support/food-data.ts';
import { countFoods, createTestDatabase } from '../test-support/test-databases.ts';
import { FoodSearch } from './food-search.ts';
import { toFoodSummary } from './food-presenter.ts';
import { judgeRelevance, RELEVANCE_CASES, type RelevanceOutcome } from './search-relevance.cases.ts';
import { SEARCH_TIER } from '@macromuse/core/foods/search/search-doc';
import { SYNONYMS } from '@macromuse/core/foods/search/synonyms';

/** Share of the relevance cases whose food must be in the top 3. */
const REQUIRED_HIT_RATE = 0.9;

/**
 * The relevance test set against the real catalog: every generic food and product export,
 * and every fourth product of the large catalog (about 205,000 branded products), so
 * generic queries must win against a realistic flood of branded names.
 */
describe.runIf(hasFoodData)('search relevance on the real catalog', () => {
  let db: Db;
  const search = new FoodSearch();
  let outcomes: RelevanceOutcome[] = [];

  beforeAll(async () => {
    db = await openDb((await createTestDatabase('pglite')).config);
    await migrate(db);
    const slice = join(tempDir('relevance'), 'every-fourth-product.sql');
    await writeCatalogSlice(slice, { every: 4 });
    await importSource(db, 'sr28', join(FOOD_DATA, 'usda', 'sr28'));
    await importSource(db, 'fndds', join(FOOD_DATA, 'usda', 'fndds_2017-2018'));
    await importSource(db, 'off', join(FOOD_DATA, 'off'));
    await importSource(db, 'off-sql', slice);
    await search.load(db);
    outcomes = RELEVANCE_CASES.map((testCase) => judgeRelevance(testCase, search.search(testCase.query, 3).map(toFoodSummary)));
  });

  afterAll(async () => {
    await db?.close();
  });

  it('indexes the whole catalog it was given', async () => {
    expect(search.size).toBe(await countFoods(db));
    expect(search.size).toBeGreaterThan(200_000);
  });

  it(`puts the expected food in the top 3 for at least ${REQUIRED_HIT_RATE * 100}% of ${RELEVANCE_CASES.length} queries`, () => {
    const hits = outcomes.filter((o) => o.hit).length;
    const misses = outcomes.filter((o) => !o.hit).map((o) => `  ${o.testCase.kind} "${o.testCase.query}": ${o.top3.join(' | ')}`);
    console.info(`search relevance: ${hits}/${outcomes.length} hits (${((hits / outcomes.length) * 100).toFixed(1)}%)${misses.length ? `\nmisses:\n${misses.join('\n')}` : ''}`);
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(40);
    expect(hits / outcomes.length).toBeGreaterThanOrEqual(REQUIRED_HIT_RATE);
  });

  it.each(['generic', 'plural-or-order', 'typo', 'prefix', 'brand'] as const)('gets most %s queries right', (kind) => {
    const ofKind = outcomes.filter((o) => o.testCase.kind === kind);
    expect(ofKind.length).toBeGreaterThanOrEqual(5);
    expect(ofKind.filter((o) => o.hit).length / ofKind.length).toBeGreaterThanOrEqual(0.8);
  });

  it('words every synonym as the catalog does: each one\'s meaning finds a generic food first', () => {
    const astray = SYNONYMS.filter((synonym) => {
      const first = search.search(synonym.means, 1)[0];
      return !first || first.doc.tier > SEARCH_TIER.fndds;
    }).map((synonym) => `${synonym.means} -> ${search.search(synonym.means, 1)[0]?.doc.name ?? 'nothing'}`);
    expect(astray).toEqual([]);
    // And a regional word finds that generic food first.
    for (const [said, meant] of [['aubergine', /^eggplant/i], ['courgette', /^squash, summer, zucchini|^zucchini/i], ['porridge', /oat/i], ['crisps', /potato chips|snacks, potato chips/i]] as const) {
      expect(search.search(said, 1)[0]?.doc.name, said).toMatch(meant);
    }
  });

  it('lists a branded product once however many times the catalog repeats it', () => {
    const results = search.search('nutella', 20);
    const names = results.map((r) => `${r.doc.name.toLowerCase()}|${r.doc.brand ?? ''}|${r.doc.tier}`);
    expect(new Set(names).size).toBe(names.length);
    expect(results.some((r) => r.duplicates > 5)).toBe(true);
  });
});
