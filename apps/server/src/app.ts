import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Db } from './db/client.ts';
import type { FoodSearch } from './foods/food-search.ts';
import { registerFoodRoutes } from './foods/foods.routes.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { installErrorHandling } from './http/http-errors.ts';
import type { CatalogBootstrap } from './importers/catalog-bootstrap.ts';
import type { Logger } from './logger.ts';

export interface AppDeps {
  readonly db: Db;
  readonly search: FoodSearch;
  readonly logger: Logger;
  readonly bootstrap?: CatalogBootstrap;
}

/** The HTTP API: thin routes handing off to repositories and the search index. */
export function buildApp({ db, search, logger, bootstrap }: AppDeps): FastifyInstance {
  // One log line per request would cost more than a search: requests are not logged, errors are.
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 200 },
  });
  installErrorHandling(app);
  registerHealthRoutes(app, { db, search, bootstrap, startedAt: Date.now() });
  registerFoodRoutes(app, { db, search });
  return app;
}
