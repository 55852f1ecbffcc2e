import type { FastifyInstance } from 'fastify';
import {
  barcodeParamsSchema,
  foodIdParamsSchema,
  foodSearchQuerySchema,
  type FoodDetail,
  type FoodSearchResponse,
} from '@macromuse/contract/foods/foods.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import type { Queryable } from '../db/client.ts';
import { HttpError, badRequestFromZod, notFound } from '../http/http-errors.ts';
import type { FoodSearch } from './food-search.ts';
import { toFoodDetail, toFoodSummary } from './food-presenter.ts';
import { findFoodByBarcode, findFoodById, readNutrientDefinitions, type NutrientDefinitionRow } from './foods.repository.ts';

export interface FoodsRouteDeps {
  readonly db: Queryable;
  readonly search: FoodSearch;
}

export function registerFoodRoutes(app: FastifyInstance, { db, search }: FoodsRouteDeps): void {
  let definitions: Map<string, NutrientDefinitionRow> | undefined;
  const nutrientDefinitions = async (): Promise<Map<string, NutrientDefinitionRow>> => {
    if (!definitions || definitions.size === 0) {
      definitions = new Map((await readNutrientDefinitions(db)).map((d) => [d.number, d]));
    }
    return definitions;
  };

  app.get('/api/foods/search', async (request): Promise<FoodSearchResponse> => {
    const parsed = foodSearchQuerySchema.safeParse(request.query);
    if (!parsed.success) throw badRequestFromZod(parsed.error);
    const started = performance.now();
    const hits = search.search(parsed.data.q, parsed.data.limit);
    return {
      query: parsed.data.q,
      results: hits.map(toFoodSummary),
      complete: search.ready,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  });

  app.get('/api/foods/barcode/:code', async (request): Promise<FoodDetail> => {
    const parsed = barcodeParamsSchema.safeParse(request.params);
    if (!parsed.success) throw badRequestFromZod(parsed.error);
    const params = parsed.data;
    const barcode = parseBarcode(params.code);
    if (!barcode.ok) throw new HttpError(400, 'invalid_barcode', `"${params.code}" is not a valid barcode: ${barcode.reason}`);
    const row = await findFoodByBarcode(db, barcode.gtin14);
    if (!row) throw notFound(`No product with barcode ${params.code} (${barcode.format}) is in the catalog`);
    return toFoodDetail(row, await nutrientDefinitions());
  });

  app.get('/api/foods/:id', async (request): Promise<FoodDetail> => {
    const parsed = foodIdParamsSchema.safeParse(request.params);
    if (!parsed.success) throw badRequestFromZod(parsed.error);
    const row = await findFoodById(db, parsed.data.id);
    if (!row) throw notFound(`No food with id ${parsed.data.id}`);
    return toFoodDetail(row, await nutrientDefinitions());
  });
}
