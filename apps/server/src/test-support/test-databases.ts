import pg from 'pg';
import type { DbConfig, Queryable } from '../db/client.ts';
import { tempDir } from './food-data.ts';

/** The PostgreSQL server the database tests also run against, when set. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export interface TestDatabase {
  readonly name: string;
  readonly config: DbConfig;
  drop(): Promise<void>;
}

/** The engines a database test runs on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const TEST_ENGINES: readonly ('pglite' | 'postgres')[] = TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

/** A fresh, empty database: a PGlite folder, or a new database on the PostgreSQL server. */
export async function createTestDatabase(engine: 'pglite' | 'postgres'): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dataDir = tempDir('pglite');
    return { name: 'PGlite', config: { kind: 'pglite', dataDir }, drop: async () => undefined };
  }
  if (!TEST_DATABASE_URL) throw new Error('TEST_DATABASE_URL is not set');
  const name = `macromuse_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    name: 'PostgreSQL',
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Foods in the catalog matching `where`, counted row by row. */
export async function countFoods(db: Queryable, where = 'true'): Promise<number> {
  const rows = await db.query<{ n: string }>(`SELECT count(*)::text AS n FROM foods WHERE ${where}`);
  return Number(rows[0]?.n);
}
