import type { FastifyInstance } from 'fastify';
import type { Health } from '@macromuse/contract/health.schemas';
import type { Db } from '../db/client.ts';
import type { FoodSearch } from '../foods/food-search.ts';
import type { CatalogBootstrap } from '../importers/catalog-bootstrap.ts';

export interface HealthDeps {
  readonly db: Db;
  readonly search: FoodSearch;
  readonly bootstrap: CatalogBootstrap | undefined;
  readonly startedAt: number;
}

/** Liveness and catalog state: foods indexed, and the progress of imports running in the background. */
export function registerHealthRoutes(app: FastifyInstance, { db, search, bootstrap, startedAt }: HealthDeps): void {
  app.get('/healthz', async (): Promise<Health> => {
    const rows = await db.query<{ n: string }>('SELECT count(*)::text AS n FROM foods');
    return {
      status: 'ok',
      database: db.kind,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 100) / 10,
      catalog: {
        foods: Number(rows[0]?.n ?? 0),
        indexed: search.size,
        indexReady: search.ready,
        imports: (bootstrap?.statuses ?? []).map(({ location: _location, ...status }) => status),
      },
    };
  });
}
