import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyServerOptions, type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import { endpoints } from '@macromuse/contract/endpoints';
import type { AccessTokens } from './accounts/access-tokens.ts';
import { registerAccountRoutes } from './accounts/accounts.routes.ts';
import { AccountsService } from './accounts/accounts.service.ts';
import { registerExportRoutes } from './accounts/account-export.routes.ts';
import { Sessions } from './accounts/sessions.ts';
import type { Db } from './db/client.ts';
import type { EventBus } from './events/event-bus.ts';
import { Transactions } from './events/transactions.ts';
import type { EventRelay } from './events/event-relay.ts';
import { registerCustomFoodRoutes } from './foods/custom-foods.routes.ts';
import { CustomFoodsService } from './foods/custom-foods.service.ts';
import type { CatalogCounts } from './foods/catalog-counts.ts';
import type { FoodSearch } from './foods/food-search.ts';
import { registerFoodRoutes } from './foods/foods.routes.ts';
import { FoodsService } from './foods/foods.service.ts';
import { registerMyFoodsRoutes } from './foods/my-foods.routes.ts';
import { nutrientDefinitionsOf } from './foods/nutrient-definitions.ts';
import { registerHealthRoutes } from './health/health.routes.ts';
import { ApiRouter, openApiDocument } from './http/api-router.ts';
import { installErrorHandling } from './http/http-errors.ts';
import { installStrictJson, parseQueryString } from './http/request-text.ts';
import { isAppNavigation, registerWebApp, sendAppShell, webAppBuilt } from './http/web-app.ts';
import type { RateLimits } from './http/rate-limits.ts';
import type { CatalogBootstrap } from './importers/catalog-bootstrap.ts';
import { registerBodyLogRoutes } from './ledger/body-log.routes.ts';
import { registerDayRoutes } from './ledger/days.routes.ts';
import { registerEntryRoutes } from './ledger/entries.routes.ts';
import type { Logger } from './logger.ts';
import { registerTargetRoutes } from './targets/targets.routes.ts';

/** The largest JSON body any route accepts; a custom food with every nutrient is under 8 KB. */
export const BODY_LIMIT_BYTES = 64 * 1024;

function frameworkMessage(error: FastifyError): string {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return 'A part of the path is too long';
  if (error.code === 'FST_ERR_BAD_URL') return 'The path is not a valid URL (check its %-escapes)';
  return error.message;
}

export interface AppDeps {
  readonly db: Db;
  readonly search: FoodSearch;
  /** How many foods the catalog holds, kept current from imports. */
  readonly counts: CatalogCounts;
  readonly logger: Logger;
  readonly accessTokens: AccessTokens;
  readonly limits: RateLimits;
  /** Where committed domain events go in this process. */
  readonly bus: EventBus;
  /** Tells other processes on the same PostgreSQL server of committed events (none on PGlite). */
  readonly relay?: EventRelay | undefined;
  /** Check every answer against its endpoint's response schema (tests and development). */
  readonly checkResponses?: boolean;
  readonly bootstrap?: CatalogBootstrap;
  /** Which proxies to believe for the client's address (rate limits count by it). */
  readonly trustProxy?: boolean | string;
  /** Where the built web app lies; served at `/` when it has been built. */
  readonly webDir?: string;
}

/** The HTTP API: the endpoint table's handlers, thin routes over each slice's services. */
export function buildApp({ db, search, counts, logger, accessTokens, limits, bus, relay, checkResponses = false, bootstrap, trustProxy = false, webDir }: AppDeps): FastifyInstance {
  // One log line per request would cost more than a search: requests are not logged, errors are.
  const trust: FastifyServerOptions['trustProxy'] = trustProxy;
  const app: FastifyInstance = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    routerOptions: { maxParamLength: 200, querystringParser: parseQueryString },
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: trust,
    // Requests the router cannot even read (a bad %-escape, an over-long path) get our error shape too.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) => {
      const status = error.statusCode ?? 400;
      void reply.status(status).send({ error: 'bad_request', message: frameworkMessage(error) } satisfies ApiError);
    },
  });
  installStrictJson(app);
  void app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // WebAssembly (the barcode reader) compiles only with this; scripts still come from 'self' alone.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  // Answers over about 1 KB (a day, a search, a food's detail) go compressed to clients that take it;
  // brotli at a quality that costs well under a millisecond for them. The web app's files come precompressed.
  // Up to 64 KB (every answer but an export) in one synchronous call: a compression stream per answer
  // (the default above 8 KB on two cores) cost a day view about 1.4 ms more, measured on loopback.
  void app.register(compress, {
    global: true,
    threshold: 1024,
    syncThreshold: 64 * 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });
  const web = webDir !== undefined && webAppBuilt(webDir) ? webDir : undefined;
  if (web) registerWebApp(app, web);
  installErrorHandling(app, web ? (request, reply) => (isAppNavigation(request) ? sendAppShell(reply, web) : undefined) : undefined);

  // The API in a context of its own, registered after the plugins above, so their hooks (compression) reach every route.
  void app.register(async (scope) => {
    const transactions = new Transactions(db, bus, relay);
    const api = new ApiRouter(scope, transactions, accessTokens, limits, checkResponses);
    const nutrientDefinitions = nutrientDefinitionsOf(db);
    const foods = new FoodsService(db, search, nutrientDefinitions, limits.searches);
    registerHealthRoutes(api, { db, search, counts, bootstrap, startedAt: Date.now() });
    registerFoodRoutes(api, foods);
    registerCustomFoodRoutes(api, new CustomFoodsService(foods));
    registerMyFoodsRoutes(api);
    registerAccountRoutes(api, new AccountsService(db, transactions, new Sessions(db, accessTokens), limits));
    registerExportRoutes(api);
    registerTargetRoutes(api);
    registerEntryRoutes(api);
    registerDayRoutes(api, nutrientDefinitions);
    registerBodyLogRoutes(api);

    const openApi = openApiDocument(endpoints, {
      title: 'MacroMuse API',
      version: '1.0.0',
      description: 'Food search, accounts, targets and the daily food log. Errors share one shape: { error, message, fields? }.',
    });
    api.handle(endpoints.openApi, async () => openApi);
    api.assertHandles(endpoints);
  });
  return app;
}
