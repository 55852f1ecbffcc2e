import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbConfig } from '../db/client.ts';
import { DEFAULT_RATE_LIMITS, type RateLimitConfig } from '../http/rate-limits.ts';

/** The repository root, whatever folder the process was started from. */
export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../..');

export type AutoImport = 'all' | 'generic' | 'none';

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly db: DbConfig;
  /** Where the food data lies, or undefined when no folder was found. */
  readonly foodData: string | undefined;
  readonly foodDataAsked: string;
  /** What the server imports by itself into an empty catalog. */
  readonly autoImport: AutoImport;
  readonly logLevel: string;
  /** Signs access tokens; when unset, a random key is made once and kept in the database. */
  readonly jwtSecret: string | undefined;
  readonly rateLimits: RateLimitConfig;
  /** Which proxies' X-Forwarded-For to believe for the client's address (Fastify's trustProxy). */
  readonly trustProxy: boolean | string;
  /** The built web app (`npm run build`), served at `/`. */
  readonly webDir: string;
  /** Check every answer against its endpoint's response schema (on in tests and development). */
  readonly checkResponses: boolean;
}

function resolveFrom(path: string): string {
  return isAbsolute(path) ? path : resolve(process.cwd(), path);
}

/** Reads the configuration from environment variables (see README: Configuration). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a port number, not "${env.PORT}"`);
  const dataDir = resolveFrom(env.MACROMUSE_DATA_DIR ?? 'data');
  const db: DbConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(dataDir, 'pglite') };
  const asked = env.MACROMUSE_FOOD_DATA;
  const candidates = asked ? [resolveFrom(asked)] : [resolveFrom('../shared/data'), resolve(REPO_ROOT, '../shared/data')];
  const foodData = candidates.find((dir) => existsSync(dir));
  const autoImport = (env.MACROMUSE_AUTO_IMPORT ?? 'all') as AutoImport;
  if (!['all', 'generic', 'none'].includes(autoImport)) {
    throw new ConfigError(`MACROMUSE_AUTO_IMPORT must be all, generic or none, not "${env.MACROMUSE_AUTO_IMPORT}"`);
  }
  const jwtSecret = env.MACROMUSE_JWT_SECRET;
  if (jwtSecret !== undefined && jwtSecret.length < 32) throw new ConfigError('MACROMUSE_JWT_SECRET must be at least 32 characters');
  const perHour = Number(env.MACROMUSE_RATE_LIMIT_PER_HOUR ?? DEFAULT_RATE_LIMITS.userRequestsPerHour);
  if (!Number.isInteger(perHour) || perHour < 1) {
    throw new ConfigError(`MACROMUSE_RATE_LIMIT_PER_HOUR must be a whole number of requests, not "${env.MACROMUSE_RATE_LIMIT_PER_HOUR}"`);
  }
  const searchMs = Number(env.MACROMUSE_SEARCH_MS_PER_SECOND ?? DEFAULT_RATE_LIMITS.searchMsPerSecond);
  if (!Number.isFinite(searchMs) || searchMs <= 0) {
    throw new ConfigError(`MACROMUSE_SEARCH_MS_PER_SECOND must be a number of milliseconds above 0, not "${env.MACROMUSE_SEARCH_MS_PER_SECOND}"`);
  }
  const check = env.MACROMUSE_CHECK_RESPONSES ?? (env.NODE_ENV === 'test' || env.NODE_ENV === 'development' ? 'true' : 'false');
  if (check !== 'true' && check !== 'false') throw new ConfigError(`MACROMUSE_CHECK_RESPONSES must be true or false, not "${check}"`);
  const trust = env.MACROMUSE_TRUST_PROXY ?? 'false';
  const trustProxy = trust === 'true' ? true : trust === 'false' ? false : trust;
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    db,
    foodData,
    foodDataAsked: asked ?? '../shared/data',
    autoImport,
    logLevel: env.LOG_LEVEL ?? 'info',
    jwtSecret,
    trustProxy,
    checkResponses: check === 'true',
    webDir: env.MACROMUSE_WEB_DIR ? resolve(env.MACROMUSE_WEB_DIR) : resolve(REPO_ROOT, 'apps/web/dist'),
    rateLimits: { ...DEFAULT_RATE_LIMITS, userRequestsPerHour: perHour, searchMsPerSecond: searchMs, searchBurstMs: Math.max(DEFAULT_RATE_LIMITS.searchBurstMs, 5 * searchMs), redisUrl: env.REDIS_URL || undefined },
  };
}

/** An environment variable holds a value MacroMuse cannot use. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
