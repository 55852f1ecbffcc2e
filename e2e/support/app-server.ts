import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Health } from '@macromuse/contract/health/health.schemas';
import { loadConfig, REPO_ROOT, type Config } from '@macromuse/server/config/config';
import { startServer, type RunningServer } from '@macromuse/server/server';
import { tempDir } from '@macromuse/server/test-support/food-data';

/** Builds the web app when there is no build, or when a source changed since the last one. */
export function ensureWebAppBuilt(): void {
  const result = spawnSync('node', ['--import', 'tsx', join(REPO_ROOT, 'apps', 'web', 'build', 'build-if-stale.ts')], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the web app did not build:\n${result.stdout}\n${result.stderr}`);
}

export interface AppServer {
  /** Where the app is served, e.g. http://127.0.0.1:41234 (an address, so the browser never tries ::1). */
  readonly url: string;
  readonly server: RunningServer;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** Adjusts the configuration before the server starts (rate limits, say). */
  readonly tune?: (config: Config) => Config;
  /** How long the catalog may take to import; a few seconds is usual. */
  readonly readyWithinMs?: number;
}

/** Polls /healthz until the food catalog is indexed and every import started at boot is done. */
export async function waitForCatalog(url: string, withinMs = 180_000): Promise<Health> {
  const deadline = Date.now() + withinMs;
  let last = 'no answer yet';
  while (Date.now() < deadline) {
    try {
      const health = (await (await fetch(`${url}/healthz`)).json()) as Health;
      const failed = health.catalog.imports.find((i) => i.state === 'failed');
      if (failed) throw new Error(`the ${failed.source} import failed: ${failed.error ?? 'no reason given'}`);
      const importing = health.catalog.imports.some((i) => i.state !== 'done');
      if (health.catalog.indexReady && !importing && health.catalog.indexed > 0) return health;
      last = JSON.stringify(health.catalog);
    } catch (error) {
      if (error instanceof Error && error.message.includes('import failed')) throw error;
      last = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the food catalog was not ready after ${withinMs} ms: ${last}`);
}

/**
 * The real server on a free port over a fresh embedded database in a temporary folder, with the
 * real USDA generic foods and the small Open Food Facts exports (products with barcodes) imported.
 * Serves the built web app at `/` (see ensureWebAppBuilt).
 */
export async function startAppServer({ tune = (c) => c, readyWithinMs }: AppServerOptions = {}): Promise<AppServer> {
  const dataDir = tempDir('app');
  const config = tune(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MACROMUSE_DATA_DIR: dataDir,
      MACROMUSE_AUTO_IMPORT: 'generic',
      MACROMUSE_FOOD_DATA: process.env.MACROMUSE_FOOD_DATA,
    }),
  );
  if (config.foodData === undefined) throw new Error(`no food data at ${config.foodDataAsked}: set MACROMUSE_FOOD_DATA`);
  const server = await startServer(config);
  const url = server.url.replace('//localhost:', '//127.0.0.1:');
  const close = async (): Promise<void> => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await server.catalogReady;
    await waitForCatalog(url, readyWithinMs);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, server, close };
}

/** Room for the many accounts a browser test run creates from one address. */
export const manyAccountsFromOneAddress = (config: Config): Config => ({
  ...config,
  rateLimits: { ...config.rateLimits, signUpPerIpPerHour: 1000, signInPerIpPer15Min: 1000 },
});
