import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db } from './client.ts';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
/** Advisory lock key held while migrating, so two instances starting at once take turns. */
const MIGRATION_LOCK_KEY = 7_316_201;

export interface MigrationResult {
  readonly applied: readonly string[];
}

/** Applies the SQL files in migrations/ that have not been applied yet, in name order, each in its own transaction. */
export async function migrate(db: Db, dir: string = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  return db.withAdvisoryLock(MIGRATION_LOCK_KEY, async () => {
    await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await db.query<{ version: string }>('SELECT version FROM schema_migrations')).map((r) => r.version));
    const applied: string[] = [];
    for (const file of files) {
      const version = file.replace(/\.sql$/, '');
      if (done.has(version)) continue;
      const sql = readFileSync(join(dir, file), 'utf8');
      await db.transaction(async (tx) => {
        for (const statement of splitStatements(sql)) await tx.query(statement);
        await tx.query('INSERT INTO schema_migrations (version) VALUES ($1)', [version]);
      });
      applied.push(version);
    }
    return { applied };
  });
}

/**
 * Splits a migration file into statements on semicolons at line ends, except inside
 * dollar-quoted bodies (`$$ ... $$` of functions and DO blocks).
 */
export function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let inDollarQuote = false;
  for (const line of sql.split('\n')) {
    if (!inDollarQuote && /^\s*--/.test(line)) continue;
    current += `${line}\n`;
    inDollarQuote = (line.match(/\$\$/g)?.length ?? 0) % 2 === 1 ? !inDollarQuote : inDollarQuote;
    if (!inDollarQuote && /;\s*$/.test(line)) {
      statements.push(current.trim().replace(/;$/, ''));
      current = '';
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return statements.filter((s) => s.length > 0);
}
