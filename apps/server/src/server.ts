import type { FastifyInstance } from 'fastify';
import { AccessTokens } from './accounts/access-tokens.ts';
import { buildApp } from './app.ts';
import type { Config } from './config/config.ts';
import { openDb, type Db } from './db/client.ts';
import { migrate } from './db/migrate.ts';
import { EventBus } from './events/event-bus.ts';
import { EventRelay } from './events/event-relay.ts';
import { CatalogCounts } from './foods/catalog-counts.ts';
import { CatalogFollower } from './foods/catalog-follower.ts';
import { FoodSearch } from './foods/food-search.ts';
import { RateLimits } from './http/rate-limits.ts';
import { CatalogBootstrap } from './importers/catalog-bootstrap.ts';
import { createLogger } from './logger.ts';

export interface RunningServer {
  readonly app: FastifyInstance;
  readonly db: Db;
  readonly search: FoodSearch;
  readonly bootstrap: CatalogBootstrap;
  /** Follows foods other processes write to a shared PostgreSQL server (undefined on PGlite). */
  readonly follower: CatalogFollower | undefined;
  /** This process's domain events, for subscribers. */
  readonly bus: EventBus;
  readonly url: string;
  /** Resolves when the food data imports started at boot have finished. */
  readonly catalogReady: Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts MacroMuse: database and migrations, then the HTTP server (it answers at once), then
 * the search index (generic foods first) and, on an empty catalog, the food data import.
 */
export async function startServer(config: Config, options: { handleSignals?: boolean } = {}): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const db = await openDb(config.db);
  const { applied } = await migrate(db);
  if (applied.length > 0) logger.info({ applied }, 'database migrated');
  const search = new FoodSearch(logger);
  const counts = new CatalogCounts(db, logger);
  await counts.refresh();
  const bootstrap = new CatalogBootstrap(db, search, logger, process.stderr.isTTY === true, () => void counts.refresh());
  const accessTokens = await AccessTokens.load(db, config.jwtSecret);
  const limits = new RateLimits(config.rateLimits);
  const bus = new EventBus(logger);
  // Other processes on a shared PostgreSQL server hear of this one's events (PGlite has no other process).
  const relay = db.kind === 'postgres' ? new EventRelay(db, bus, logger) : undefined;
  // Foods another process wrote: the count follows (this process's own writes tell it directly).
  bus.subscribe('catalog.changed', () => counts.refresh());
  await relay?.listen();
  const app = buildApp({ db, search, counts, logger, bootstrap, accessTokens, limits, bus, relay, checkResponses: config.checkResponses, trustProxy: config.trustProxy, webDir: config.webDir });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  logger.info({ url, database: db.kind }, `MacroMuse is listening on ${url}`);

  // On a shared PostgreSQL server other processes write foods too; follow them.
  let settled = false;
  const follower = db.kind === 'postgres' ? new CatalogFollower(db, search, logger, () => !settled || bootstrap.importing) : undefined;
  // Another process that imports foods says so as it commits them; the follower reads them then.
  if (follower) bus.subscribe('catalog.changed', async () => void (await follower.poll()));
  const catalogReady = (async () => {
    // Search over what could be indexed beats no catalog at all: a failed load is logged, not fatal.
    await search.load(db).catch((error: unknown) => logger.error({ err: error }, 'food search index could not be loaded'));
    await follower?.start();
    await bootstrap.start(config.foodData, config.foodDataAsked, config.autoImport);
    await bootstrap.whenIdle();
    await counts.refresh();
    await search.settled();
    await follower?.caughtUp();
    settled = true;
  })().catch((error: unknown) => logger.error({ err: error }, 'catalog setup failed'));

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      follower?.stop();
      await relay?.stop();
      await app.close();
      await limits.close();
      await db.close();
    })());
  if (options.handleSignals) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        logger.info({ signal }, 'shutting down');
        void close().then(() => process.exit(0));
      });
    }
  }
  return { app, db, search, bootstrap, follower, bus, url, catalogReady, close };
}
