import Fastify, { LogController, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { Db } from './db/client.ts';
import type { FoodSearch } from './foods/food-search.ts';
import { registerFoodRoutes } from './foods/foods.routes.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { installErrorHandling } from './http/http-errors.ts';
import type { CatalogBootstrap } from './importers/catalog-bootstrap.ts';
import type { Logger } from './logger.ts';

function frameworkMessage(error: FastifyError): string {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return 'A part of the path is too long';
  if (error.code === 'FST_ERR_BAD_URL') return 'The path is not a valid URL (check its %-escapes)';
  return error.message;
}

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
    // Requests the router cannot even read (a bad %-escape, an over-long path) get our error shape too.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode ?? 400;
      void reply.status(status).send({ error: 'bad_request', message: frameworkMessage(error) } satisfies ApiError);
    },
  });
  installErrorHandling(app);
  registerHealthRoutes(app, { db, search, bootstrap, startedAt: Date.now() });
  registerFoodRoutes(app, { db, search });
  return app;
}
