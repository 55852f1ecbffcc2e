import { spawn } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDb } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { hasFoodData, tempDir, writeCatalogSlice } from '../test-support/food-data.ts';
import { importSource } from './catalog-sources.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

/**
 * Runs `macromuse import off-sql` in a child process and kills it (SIGKILL: no chance to
 * clean up) once it has committed `killAfterRows` rows.
 */
async function importAndKill(dataDir: string, file: string, killAfterRows: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'import', 'off-sql', file], {
    env: { ...process.env, MACROMUSE_DATA_DIR: dataDir },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    let committed = 0;
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const written = [...output.matchAll(/progress \S+ \d+ rows read, (\d+) written/g)].map((m) => Number(m[1]));
      committed = written.at(-1) ?? 0;
      if (committed >= killAfterRows && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(committed);
      else reject(new Error(`import ended before it could be killed (exit ${code}):\n${output}`));
    });
  });
}

/** Serves one file over HTTP on a free port of this machine. */
async function serveFile(path: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/sql' });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/products.sql`, close: () => server.close() };
}

describe.runIf(hasFoodData)('a large import cut short', () => {
  it.each(['file', 'url'] as const)('resumes from its last checkpoint after the process is killed, without duplicates (%s)', async (kind) => {
    const path = join(tempDir('resume'), 'products.sql');
    const products = await writeCatalogSlice(path, { limit: 40_000 });
    const served = kind === 'url' ? await serveFile(path) : undefined;
    const file = served?.url ?? path;
    const dataDir = tempDir('resume-data');

    const committed = await importAndKill(dataDir, file, 10_000);
    expect(committed).toBeGreaterThanOrEqual(10_000);

    const db = await openDb({ kind: 'pglite', dataDir: join(dataDir, 'pglite') });
    try {
      await migrate(db);
      const left = await db.query<{ status: string; checkpoint: { line: number } | null }>(
        `SELECT status, checkpoint FROM import_runs WHERE source = 'off-sql'`,
      );
      expect(left).toHaveLength(1);
      expect(left[0]?.status).toBe('running');
      expect(left[0]?.checkpoint?.line).toBeGreaterThan(0);

      const [result] = await importSource(db, 'off-sql', file);
      expect(result && 'resumedFrom' in result ? result.resumedFrom : undefined).toEqual(left[0]?.checkpoint);

      const runs = await db.query<{ status: string }>(`SELECT status FROM import_runs WHERE source = 'off-sql'`);
      expect(runs.map((r) => r.status)).toEqual(['done']);
      const rows = await db.query<{ n: string; distinct_codes: string }>(
        `SELECT count(*)::text AS n, count(DISTINCT barcode)::text AS distinct_codes FROM foods`,
      );
      expect(rows[0]?.n).toBe(rows[0]?.distinct_codes);
      // Every product of the slice is there once, less those refused as impossible or repeated.
      expect(Number(rows[0]?.n)).toBeGreaterThan(products * 0.97);
      expect(Number(rows[0]?.n)).toBeLessThanOrEqual(products);
      expect(result?.rowsRead).toBe(products);
    } finally {
      await db.close();
      served?.close();
    }
  });
});
