import type { FoodRecord } from '@macromuse/core/foods/food';
import { loadConfig, type Config } from '../config/config.ts';
import { openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { upsertFoods } from '../foods/foods.repository.ts';
import { startServer, type RunningServer } from '../server.ts';
import { createTestDatabase, type TestDatabase } from './test-databases.ts';

export interface TestServer {
  readonly server: RunningServer;
  readonly database: TestDatabase;
  readonly config: Config;
  /** Catalog ids of the foods given, in order (each factory food has its own name). */
  readonly foodIds: readonly string[];
  stop(): Promise<void>;
}

/** A real server on a free port over a fresh database holding the given catalog foods. */
export async function startTestServer(
  engine: 'pglite' | 'postgres',
  foods: readonly FoodRecord[],
  tune: (config: Config) => Config = (c) => c,
): Promise<TestServer> {
  const database = await createTestDatabase(engine);
  const db = await openDb(database.config);
  await migrate(db);
  const rows = await upsertFoods(db, foods);
  await db.close();
  const config = tune({ ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MACROMUSE_AUTO_IMPORT: 'none', MACROMUSE_CHECK_RESPONSES: 'true' }), db: database.config });
  const server = await startServer(config);
  await server.catalogReady;
  return {
    server,
    database,
    config,
    foodIds: foods.map((f) => rows.find((r) => r.name === f.name)?.id ?? ''),
    stop: async () => {
      await server.close();
      await database.drop();
    },
  };
}
