import { endpoints } from '@macromuse/contract/endpoints';
import type { Health } from '@macromuse/contract/health/health.schemas';
import type { Db } from '../db/client.ts';
import type { FoodSearch } from '../foods/food-search.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { countFoods } from '../foods/foods.repository.ts';
import type { CatalogBootstrap } from '../importers/catalog-bootstrap.ts';

export interface HealthDeps {
  readonly db: Db;
  readonly search: FoodSearch;
  readonly bootstrap: CatalogBootstrap | undefined;
  readonly startedAt: number;
}

const COUNT_TTL_MS = 2000;

/** Liveness and catalog state: foods indexed, and the progress of imports running in the background. */
export function registerHealthRoutes(api: ApiRouter, { db, search, bootstrap, startedAt }: HealthDeps): void {
  // Counting 800,000 rows is not free: the count is reused for a few seconds.
  let counted: { at: number; foods: number } | undefined;
  const cachedFoodCount = async (): Promise<number> => {
    if (!counted || Date.now() - counted.at > COUNT_TTL_MS) {
      counted = { at: Date.now(), foods: await countFoods(db) };
    }
    return counted.foods;
  };
  api.handle(endpoints.health, async (): Promise<Health> => ({
    status: 'ok',
    database: db.kind,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
    catalog: {
      foods: await cachedFoodCount(),
      indexed: search.size,
      indexReady: search.ready,
      imports: (bootstrap?.statuses ?? []).map(({ location: _location, ...status }) => status),
    },
  }));
}
