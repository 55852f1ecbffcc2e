import {
  barcodeParamsSchema,
  foodDetailSchema,
  foodIdParamsSchema,
  foodSearchQuerySchema,
  foodSearchResponseSchema,
  type FoodDetail,
  type FoodSearchResponse,
  type FoodSummary,
} from '@macromuse/contract/foods/foods.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { customFoodMatches } from '@macromuse/core/foods/custom-food';
import type { Queryable } from '../db/client.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { HttpError, notFound } from '../http/http-errors.ts';
import { findCustomFood, findCustomFoodByBarcode, listCustomFoodsForSearch } from './custom-foods.repository.ts';
import type { FoodSearch } from './food-search.ts';
import { toFoodDetail, toFoodSummary, toFoodSummaryFromRow } from './food-presenter.ts';
import { customFoodAsFoodRow, isCatalogFoodId, type AnyFoodRow } from './food-refs.ts';
import { findFoodByBarcode, findFoodById, readNutrientDefinitions, type NutrientDefinitionRow } from './foods.repository.ts';

export interface FoodsRouteDeps {
  readonly db: Queryable;
  readonly search: FoodSearch;
  readonly nutrientDefinitions: NutrientDefinitions;
}

const TAG = 'foods';

/** Reads the nutrient table through a connection, or through an open transaction (PGlite has one connection). */
export type NutrientDefinitions = (via?: Queryable) => Promise<ReadonlyMap<string, NutrientDefinitionRow>>;

/** The nutrient table, read once (it changes only when SR28 is imported). */
export function nutrientDefinitionsOf(db: Queryable): NutrientDefinitions {
  let definitions: Map<string, NutrientDefinitionRow> | undefined;
  return async (via = db) => {
    if (!definitions || definitions.size === 0) definitions = new Map((await readNutrientDefinitions(via)).map((d) => [d.number, d]));
    return definitions;
  };
}

export function registerFoodRoutes(api: ApiRouter, { db, search, nutrientDefinitions }: FoodsRouteDeps): void {
  const detail = async (row: AnyFoodRow): Promise<FoodDetail> => toFoodDetail(row, await nutrientDefinitions());

  api.route({
    method: 'GET',
    path: '/api/foods/search',
    tag: TAG,
    access: 'optional-user',
    summary: 'Search foods by name (and, signed in, your own custom foods first)',
    query: foodSearchQuerySchema,
    response: foodSearchResponseSchema,
    handler: async ({ query, asUser }): Promise<FoodSearchResponse> => {
      const started = performance.now();
      const own: FoodSummary[] =
        (await asUser(async (tx) =>
          (await listCustomFoodsForSearch(tx))
            .filter((f) => customFoodMatches(query.q, f.name, f.brand))
            .slice(0, query.limit)
            .map((f) => toFoodSummaryFromRow(customFoodAsFoodRow(f))),
        )) ?? [];
      const hits = search.search(query.q, Math.max(0, query.limit - own.length));
      return {
        query: query.q,
        results: [...own, ...hits.map(toFoodSummary)],
        complete: search.ready,
        tookMs: Math.round((performance.now() - started) * 100) / 100,
      };
    },
  });

  api.route({
    method: 'GET',
    path: '/api/foods/barcode/:code',
    tag: TAG,
    access: 'optional-user',
    summary: 'Look up a product by barcode (EAN-13, EAN-8, UPC-A, GTIN-14); signed in, your custom foods come first',
    params: barcodeParamsSchema,
    response: foodDetailSchema,
    handler: async ({ params, asUser }): Promise<FoodDetail> => {
      const barcode = parseBarcode(params.code);
      if (!barcode.ok) throw new HttpError(400, 'invalid_barcode', `"${params.code}" is not a valid barcode: ${barcode.reason}`);
      const own = await asUser((tx) => findCustomFoodByBarcode(tx, barcode.gtin14));
      if (own) return detail(customFoodAsFoodRow(own));
      const row = await findFoodByBarcode(db, barcode.gtin14);
      if (!row) throw notFound(`No product with barcode ${params.code} (${barcode.format}) is in the catalog`);
      return detail(row);
    },
  });

  api.route({
    method: 'GET',
    path: '/api/foods/:id',
    tag: TAG,
    access: 'optional-user',
    summary: 'A food with every nutrient and portion: a catalog food by its id, or your custom food by its UUID',
    params: foodIdParamsSchema,
    response: foodDetailSchema,
    handler: async ({ params, asUser }): Promise<FoodDetail> => {
      if (isCatalogFoodId(params.id)) {
        const row = await findFoodById(db, params.id);
        if (!row) throw notFound(`No food with id ${params.id}`);
        return detail(row);
      }
      const own = await asUser((tx) => findCustomFood(tx, params.id.toLowerCase()));
      if (!own) throw notFound(`No food with id ${params.id}`);
      return detail(customFoodAsFoodRow(own));
    },
  });
}
