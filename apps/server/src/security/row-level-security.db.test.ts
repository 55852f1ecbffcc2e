import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { createTestDatabase, TEST_ENGINES, type TestDatabase } from '../test-support/test-databases.ts';

/**
 * Every table that holds a person's rows has Row Level Security enabled and forced, with a
 * policy: found in the catalog of the migrated database, so a table added later is checked too.
 */
describe.each(TEST_ENGINES)('row level security on every user table, on %s', (engine) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = await openDb(database.config);
    await migrate(db);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('is enabled and forced, with a policy, on each table with a user_id column and on users', async () => {
    const tables = await db.query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
              (SELECT count(*)::int FROM pg_policies p WHERE p.schemaname = 'public' AND p.tablename = c.relname) AS policies
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (c.relname = 'users' OR EXISTS (
                SELECT 1 FROM information_schema.columns col
                 WHERE col.table_schema = 'public' AND col.table_name = c.relname AND col.column_name = 'user_id'))
        ORDER BY c.relname`,
    );
    // The tables of accounts and the ledger, at least; any added later is held to the same rule.
    expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['users', 'auth_sessions', 'refresh_tokens', 'profiles', 'target_settings', 'custom_foods', 'entries', 'copy_operations', 'favourite_foods', 'weights', 'water']));
    for (const t of tables) expect({ table: t.table, enabled: t.enabled, forced: t.forced, policy: t.policies > 0 }).toEqual({ table: t.table, enabled: true, forced: true, policy: true });
  });
});
