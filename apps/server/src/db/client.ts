import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock.ts';

/** Values a query may bind. */
export type SqlParam = string | number | boolean | null | Date | readonly string[] | readonly number[];

/** What repositories need of a database, whichever engine serves it. */
export interface Queryable {
  query<Row>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs several statements (no parameters), e.g. a migration file. */
  exec(sql: string): Promise<void>;
  /**
   * Runs `work` in one transaction: all of it commits, or none of it does. Inside `work`, query
   * through `tx` only: on PGlite, which has one connection, a query on the Db itself waits for
   * the transaction to end, and so for ever.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * The result of a SELECT in PostgreSQL's COPY text format, where the engine has a faster
   * path for that than row by row (PGlite); undefined where it does not (a server, where rows are cheap).
   */
  copyOut(select: string): Promise<string | undefined>;
  /**
   * Calls `handler` with the payload of each NOTIFY on `channel` (a channel name of letters and
   * underscores), from this process or another; resolves to a function that stops listening.
   */
  listen(channel: string, handler: (payload: string) => void): Promise<() => Promise<void>>;
  /** Runs `work` while holding a session-level advisory lock (a no-op on embedded PGlite, which has one session). */
  withAdvisoryLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DbConfig = { readonly kind: 'pglite'; readonly dataDir: string } | { readonly kind: 'postgres'; readonly url: string };

export async function openDb(config: DbConfig): Promise<Db> {
  return config.kind === 'pglite' ? openPglite(config.dataDir) : openPostgres(config.url);
}

async function openPglite(dataDir: string): Promise<Db> {
  const inMemory = dataDir === 'memory://';
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  let db: PGlite;
  try {
    if (!inMemory) mkdirSync(dataDir, { recursive: true });
    db = await PGlite.create(inMemory ? undefined : dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const run = async <Row>(q: Pick<PGlite, 'query'>, sql: string, params?: readonly SqlParam[]): Promise<Row[]> => {
    const result = await q.query<Row>(sql, params ? [...params] : undefined);
    return result.rows;
  };
  // PGlite has one connection: a query on the Db from inside a transaction would wait for that
  // transaction to end, for ever. Such a query fails at once instead, saying what to do.
  const inTransaction = new AsyncLocalStorage<true>();
  const outside = <Row>(sql: string, params?: readonly SqlParam[]): Promise<Row[]> => {
    if (inTransaction.getStore()) return Promise.reject(new Error('a query on the Db inside a transaction would never run: query through the transaction'));
    return run<Row>(db, sql, params);
  };
  return {
    kind: 'pglite',
    query: outside,
    exec: async (sql) => {
      await db.exec(sql);
    },
    transaction: (work) => db.transaction((tx) => inTransaction.run(true, () => work({ query: (sql, params) => run(tx, sql, params) }))),
    copyOut: async (select) => {
      const result = await db.query(`COPY (${select}) TO '/dev/blob' WITH (FORMAT text)`);
      return result.blob ? await result.blob.text() : '';
    },
    listen: async (channel, handler) => {
      const stop = await db.listen(channel, handler);
      return async () => stop();
    },
    withAdvisoryLock: (_key, work) => work(),
    close: async () => {
      await db.close();
      unlock();
    },
  };
}

async function openPostgres(url: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server closes (a restart, a failover) is dropped by the pool and the
  // next query opens another; unhandled, its error event would end the process.
  pool.on('error', () => undefined);
  // Unnamed statements only: a named prepared statement may get a generic plan that ignores indexes.
  const run = async <Row>(client: pg.Pool | pg.PoolClient, sql: string, params?: readonly SqlParam[]): Promise<Row[]> => {
    const result = await client.query(sql, params ? [...params] : undefined);
    return result.rows as Row[];
  };
  await run(pool, 'SELECT 1');
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    exec: async (sql) => {
      await pool.query(sql);
    },
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    copyOut: async () => undefined,
    listen: (channel, handler) => listenOnOwnConnection(url, channel, handler),
    withAdvisoryLock: async (key, work) => {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await work();
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

const CHANNEL_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries), opened
 * again a second after the server drops it.
 */
async function listenOnOwnConnection(url: string, channel: string, handler: (payload: string) => void): Promise<() => Promise<void>> {
  if (!CHANNEL_NAME.test(channel)) throw new Error(`${channel} is not a channel name`);
  let client: pg.Client | undefined;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', (message) => {
      if (message.channel === channel) handler(message.payload ?? '');
    });
    next.on('error', () => {
      void next.end().catch(() => undefined);
      if (client === next) client = undefined;
      if (!stopped) retry = setTimeout(() => void connect().catch(() => undefined), 1000);
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  };
  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    await client?.end().catch(() => undefined);
  };
}

/** True for PostgreSQL's unique_violation (23505), from either engine. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}
