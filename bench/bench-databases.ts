import { rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import type { DbConfig } from '@macromuse/server/db/client';
import { tempDir } from '@macromuse/server/test-support/food-data';

/** The PostgreSQL server the bench also runs on. */
export const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  readonly config: DbConfig;
  /** The environment a server process needs to open it. */
  readonly env: Record<string, string>;
  drop(): Promise<void>;
}

/** A fresh, empty database named after `label`: a PGlite folder, or a new database on the PostgreSQL server. */
export async function freshDatabase(engine: 'pglite' | 'postgres', label: string): Promise<BenchDatabase> {
  if (engine === 'pglite') {
    const dataDir = tempDir(label);
    return {
      config: { kind: 'pglite', dataDir: join(dataDir, 'pglite') },
      env: { MACROMUSE_DATA_DIR: dataDir },
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `macromuse_${label.replace(/\W/g, '_')}_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
