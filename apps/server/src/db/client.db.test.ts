import { describe, expect, it } from 'vitest';
import { openDb } from './client.ts';

describe('the embedded database (PGlite)', () => {
  it('refuses at once a query on the Db from inside one of its transactions, which would otherwise wait for ever', async () => {
    const db = await openDb({ kind: 'pglite', dataDir: 'memory://' });
    try {
      await expect(db.transaction(async () => db.query('SELECT 1'))).rejects.toThrow(/query through the transaction/);
      // Queries through the transaction, and on the Db outside it, still work.
      expect(await db.transaction((tx) => tx.query<{ n: number }>('SELECT 1 AS n'))).toEqual([{ n: 1 }]);
      expect(await db.query<{ n: number }>('SELECT 2 AS n')).toEqual([{ n: 2 }]);
    } finally {
      await db.close();
    }
  });
});
