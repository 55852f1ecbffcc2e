import { endpoints } from '@macromuse/contract/endpoints';
import type { Health } from '@macromuse/contract/health/health.schemas';
import type { Db } from '../db/client.ts';
import type { CatalogCounts } from '../foods/catalog-counts.ts';
import type { FoodSearch } from '../foods/food-search.ts';
import type { ApiRouter } from '../http/api-router.ts';
import type { CatalogBootstrap } from '../importers/catalog-bootstrap.ts';

export interface HealthDeps {
  readonly db: Db;
  readonly search: FoodSearch;
  readonly counts: CatalogCounts;
  readonly bootstrap: CatalogBootstrap | undefined;
  readonly startedAt: number;
}

/**
 * Liveness and catalog state: foods stored and indexed, and the progress of imports running in the
 * background. Everything it says is already in memory: it asks the database nothing, so polling it
 * costs nobody anything.
 */
export function registerHealthRoutes(api: ApiRouter, { db, search, counts, bootstrap, startedAt }: HealthDeps): void {
  api.handle(endpoints.health, async (): Promise<Health> => ({
    status: 'ok',
    database: db.kind,
    uptimeSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
    catalog: {
      foods: counts.foods,
      indexed: search.size,
      indexReady: search.ready,
      imports: (bootstrap?.statuses ?? []).map(({ location: _location, ...status }) => status),
    },
  }));
}
