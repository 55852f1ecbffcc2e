import type { FoodDetail, FoodSearchQuery, FoodSearchResponse, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { customFoodMatches } from '@macromuse/core/foods/custom-food';
import { parseFoodRef } from '@macromuse/core/foods/food-ref';
import type { Queryable } from '../db/client.ts';
import type { UnitOfWork } from '../events/transactions.ts';
import { HttpError, badField, notFound } from '../http/http-errors.ts';
import type { ThreadShare } from '../http/thread-share.ts';
import { findCustomFoodByBarcode, listCustomFoodsForSearch } from './custom-foods.repository.ts';
import type { FoodSearch } from './food-search.ts';
import { toFoodDetail, toFoodSummary, toFoodSummaryFromRow } from './food-presenter.ts';
import { customFoodAsFoodRow, findFoodByRef, type AnyFoodRow } from './food-refs.ts';
import { findFoodByBarcode } from './foods.repository.ts';
import type { NutrientDefinitions } from './nutrient-definitions.ts';

/** Runs work as the signed-in person, when there is one. */
export type AsUser = <T>(work: (unit: UnitOfWork) => Promise<T>) => Promise<T | undefined>;

/** The catalog's use cases: search, barcode lookup and a food's detail; signed in, the person's own foods come first. */
export class FoodsService {
  constructor(
    private readonly db: Queryable,
    private readonly search: FoodSearch,
    private readonly nutrientDefinitions: NutrientDefinitions,
    private readonly searches: ThreadShare,
  ) {}

  /** A search for `client` (an account or an address), refused while that client has used up its share of search time. */
  async searchFoods(query: FoodSearchQuery, asUser: AsUser, client: string): Promise<FoodSearchResponse> {
    this.searches.admit(client);
    const started = performance.now();
    const own: FoodSummary[] =
      (await asUser(async ({ tx }) =>
        (await listCustomFoodsForSearch(tx))
          .filter((f) => customFoodMatches(query.q, f.name, f.brand))
          .slice(0, query.limit)
          .map((f) => toFoodSummaryFromRow(customFoodAsFoodRow(f))),
      )) ?? [];
    const searching = performance.now();
    const hits = this.search.search(query.q, Math.max(0, query.limit - own.length));
    this.searches.spend(client, performance.now() - searching);
    return {
      query: query.q,
      results: [...own, ...hits.map(toFoodSummary)],
      complete: this.search.ready,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }

  async byBarcode(code: string, asUser: AsUser): Promise<FoodDetail> {
    const barcode = parseBarcode(code);
    if (!barcode.ok) throw new HttpError(400, 'invalid_barcode', `"${code}" is not a valid barcode: ${barcode.reason}`);
    const own = await asUser(({ tx }) => findCustomFoodByBarcode(tx, barcode.gtin14));
    if (own) return this.detail(customFoodAsFoodRow(own));
    const row = await findFoodByBarcode(this.db, barcode.gtin14);
    if (!row) throw notFound(`No product with barcode ${code} (${barcode.format}) is in the catalog`);
    return this.detail(row);
  }

  async food(id: string, asUser: AsUser): Promise<FoodDetail> {
    const ref = parseFoodRef(id);
    if (!ref.ok) throw badField('id', ref.reason);
    const row = ref.ref.kind === 'catalog' ? await findFoodByRef(this.db, ref.ref) : await asUser(({ tx }) => findFoodByRef(tx, ref.ref));
    if (!row) throw notFound(`No food with id ${id}`);
    return this.detail(row);
  }

  /** A food's full detail, with its nutrients named (read through `via` inside a transaction). */
  async detail(row: AnyFoodRow, via?: Queryable): Promise<FoodDetail> {
    return toFoodDetail(row, await this.nutrientDefinitions(via));
  }
}
