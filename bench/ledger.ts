/**
 * The daily food log under load, over real HTTP: one account with a year of history (seeding
 * rate, log-an-entry and day-view latency), then 100 users logging at once (autocannon, in a
 * process of its own), with a check that every acknowledged entry was stored. Prints figures;
 * asserts nothing.
 *
 * Called by bench/run.ts once the generic foods are in. On its own it imports only the generic
 * foods, so it is quick to try:
 *
 *   node --import tsx bench/ledger.ts                        PGlite, and PostgreSQL when reachable
 *   BENCH_ENGINES=pglite node --import tsx bench/ledger.ts   one engine
 *   BENCH_LOAD_SECONDS=5 ...                                 a shorter load test (default 10 s)
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { FoodSearchResponse } from '@macromuse/contract/foods/foods.schemas';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import type { ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import { loadConfig, type Config } from '@macromuse/server/config/config';
import { startServer, type RunningServer } from '@macromuse/server/server';
import { freshDatabase, PG_URL } from './bench-databases.ts';
import { pick, type LoadJob, type LoadOutcome } from './ledger-load.ts';
import { formatMs, random, summarize, timeEach } from './stats.ts';

const LOAD_SCRIPT = fileURLToPath(new URL('./ledger-load.ts', import.meta.url));
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);

const DAYS = 365;
/** The six entries of a seeded day. */
const DAY_PLAN = ['breakfast', 'breakfast', 'lunch', 'dinner', 'dinner', 'snacks'] as const;
const MEALS = ['breakfast', 'lunch', 'dinner', 'snacks'] as const;
const FOOD_QUERIES = ['banana', 'egg', 'oatmeal', 'rice', 'chicken breast', 'apple', 'milk', 'bread', 'greek yogurt', 'salmon', 'broccoli', 'potato', 'cheddar cheese', 'pasta', 'orange', 'peanut butter'];
const FOODS_PER_QUERY = 3;
const SAMPLES = 1000;
const USERS = 100;
const CONNECTIONS = 100;
const PASSWORD = 'bench-password-0123';
const PROFILE: Partial<ProfileInput> = {
  sex: 'male',
  birthDate: '1990-05-01',
  heightCm: 180,
  weightKg: 80,
  activity: 'moderate',
  goal: 'lose',
  rateKgPerWeek: 0.5,
  timeZone: 'UTC',
};

function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

const count = (n: number): string => n.toLocaleString('en');

/** The bench signs up 101 accounts from one address and makes thousands of requests per account. */
export function withBenchRateLimits(config: Config): Config {
  return {
    ...config,
    // Search time per client too: the bench's one client searches a thousand times in a row.
    rateLimits: { ...config.rateLimits, userRequestsPerHour: 10_000_000, signUpPerIpPerHour: 1_000_000, anonymousPerIpPerHour: 10_000_000, searchMsPerSecond: 1e9, searchBurstMs: 1e9 },
  };
}

export interface Answer<T> {
  readonly status: number;
  readonly body: T;
}

/** A request that has no answer after this long stops the bench rather than stalling it. */
const REQUEST_TIMEOUT_MS = 30_000;

export async function call<T>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer<T>> {
  try {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : undefined) as T };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'TimeoutError') throw new Error(`${method} ${path}: no answer within ${REQUEST_TIMEOUT_MS / 1000} s`, { cause: error });
    throw error;
  }
}

/** Throws unless the answer has the status expected. */
export function expect<T>(answer: Answer<T>, status: number, what: string): T {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body;
}

export interface Account {
  readonly id: string;
  readonly token: string;
}

export async function signUpWithProfile(base: string, email: string): Promise<Account> {
  const tokens = expect(await call<AuthTokens>(base, 'POST', '/api/auth/signup', undefined, { email, password: PASSWORD }), 201, 'sign-up');
  expect(await call<unknown>(base, 'PUT', '/api/me/profile', tokens.accessToken, PROFILE), 200, 'profile');
  return { id: tokens.user.id, token: tokens.accessToken };
}

/** Runs `work` on every item, at most `width` at a time. */
async function inParallel<T, R>(items: readonly T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    while (nextIndex < items.length) {
      const index = nextIndex++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** The `days` calendar days up to today (UTC), oldest first. */
export function lastDays(days: number): string[] {
  const today = new Date();
  return Array.from({ length: days }, (_, i) =>
    new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1 - i))).toISOString().slice(0, 10),
  );
}

/** Generic (USDA) foods people log every day, found by the search a person would type. */
export async function commonFoods(base: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const q of FOOD_QUERIES) {
    const found = expect(await call<FoodSearchResponse>(base, 'GET', `/api/foods/search?q=${encodeURIComponent(q)}&limit=20`), 200, `search "${q}"`);
    for (const food of found.results.filter((f) => f.source.startsWith('usda-')).slice(0, FOODS_PER_QUERY)) ids.add(food.id);
  }
  return [...ids];
}

function newEntry(date: string, meal: string, foodId: string, next: () => number): Record<string, unknown> {
  return { id: randomUUID(), date, meal, foodId, amount: 20 + Math.round(next() * 280), unit: 'g' };
}

/** Counts the answers whose status is not `ok`, and keeps the first of them. */
function failureCounter(ok: number): { check: (answer: Answer<unknown>) => void; report: () => string } {
  let failed = 0;
  let first = '';
  return {
    check: (answer) => {
      if (answer.status === ok) return;
      failed += 1;
      first ||= `${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`;
    },
    report: () => (failed === 0 ? `all ${ok}` : `${count(failed)} not ${ok}, first: ${first}`),
  };
}

async function storedIds(server: RunningServer, userIds: readonly string[]): Promise<Set<string>> {
  const rows = await server.db.query<{ id: string }>(`SELECT id::text AS id FROM entries WHERE user_id = ANY($1::uuid[]) AND deleted_at IS NULL`, [userIds]);
  return new Set(rows.map((r) => r.id));
}

/** Requests cut off when the load stopped may still be committing: wait until the count holds still. */
async function settledIds(server: RunningServer, userIds: readonly string[]): Promise<Set<string>> {
  let previous = -1;
  let ids = await storedIds(server, userIds);
  for (let tries = 0; ids.size !== previous && tries < 50; tries++) {
    previous = ids.size;
    await new Promise((done) => setTimeout(done, 200));
    ids = await storedIds(server, userIds);
  }
  return ids;
}

function runLoad(job: LoadJob): Promise<LoadOutcome> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', LOAD_SCRIPT], { stdio: ['pipe', 'pipe', 'inherit'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.once('error', fail);
    child.once('close', (code) => {
      if (code !== 0) return fail(new Error(`the load generator exited with code ${code}`));
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8')) as LoadOutcome);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.stdin.end(JSON.stringify(job));
  });
}

/**
 * The food log over HTTP on a running server whose catalog holds the generic foods. The
 * server's rate limits must allow thousands of requests per account and 101 sign-ups from
 * one address (see withBenchRateLimits).
 */
export async function benchLedger(server: RunningServer, config: Config): Promise<void> {
  const base = server.url.replace('//localhost:', '//127.0.0.1:');
  const limits = config.rateLimits;
  line(`  ledger: rate limits raised for the bench: ${count(limits.userRequestsPerHour)} requests per account per hour, ${count(limits.signUpPerIpPerHour)} sign-ups per address per hour, ${count(limits.anonymousPerIpPerHour)} requests without an account per address per hour`);
  const foods = await commonFoods(base);
  line(`  ledger foods: ${foods.length} generic foods, the top ${FOODS_PER_QUERY} of ${FOOD_QUERIES.length} searches (${FOOD_QUERIES.join(', ')})`);
  if (foods.length === 0) {
    line('  ledger skipped: no generic foods in the catalog');
    return;
  }
  const next = random(20261201);
  const year = lastDays(DAYS);
  const runId = randomUUID().slice(0, 8);

  // 1. One account with a year of history.
  const owner = await signUpWithProfile(base, `ledger-${runId}-owner@bench.example`);
  const seedFailures = failureCounter(201);
  const seedStarted = performance.now();
  for (const date of year) {
    for (const meal of DAY_PLAN) seedFailures.check(await call<Entry>(base, 'POST', '/api/entries', owner.token, newEntry(date, meal, pick(foods, next), next)));
  }
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  const seeded = DAYS * DAY_PLAN.length;
  const seededStored = (await storedIds(server, [owner.id])).size;
  line(`  ledger seed: ${count(seeded)} entries (${DAYS} days x ${DAY_PLAN.length}) logged over HTTP one after another in ${seedSeconds.toFixed(1)} s (${count(Math.round(seeded / seedSeconds))} entries/s); ${seedFailures.report()}; ${count(seededStored)} stored`);

  // 2. Logging one entry in an account with a year of history.
  const logFailures = failureCounter(201);
  const logInputs = Array.from({ length: SAMPLES }, () => ({ date: pick(year, next), meal: pick(MEALS, next), foodId: pick(foods, next) }));
  const logged = await timeEach(logInputs, async (input) => {
    logFailures.check(await call<Entry>(base, 'POST', '/api/entries', owner.token, newEntry(input.date, input.meal, input.foodId, next)));
  });
  line(`  log an entry over HTTP (year of history): ${formatMs(summarize(logged))}; target p95 < 5 ms; ${logFailures.report()}`);

  // 3. The full view of a day.
  const dayFailures = failureCounter(200);
  const dayInputs = Array.from({ length: SAMPLES }, () => pick(year, next));
  let entriesSeen = 0;
  const viewed = await timeEach(dayInputs, async (date) => {
    const answer = await call<Day>(base, 'GET', `/api/days/${date}`, owner.token);
    dayFailures.check(answer);
    if (answer.status === 200) entriesSeen += answer.body.meals.reduce((sum, meal) => sum + meal.entries.length, 0);
  });
  const perDay = entriesSeen / (SAMPLES + Math.min(SAMPLES, 50));
  line(`  day view over HTTP (year of history):    ${formatMs(summarize(viewed))}; target p95 < 10 ms; ${dayFailures.report()}, ${perDay.toFixed(1)} entries a day on average`);

  // 4. Many users logging at once.
  const signUpStarted = performance.now();
  const users = await inParallel(
    Array.from({ length: USERS }, (_, i) => i),
    4,
    (i) => signUpWithProfile(base, `ledger-${runId}-user${i}@bench.example`),
  );
  line(`  ${USERS} accounts signed up with profiles over HTTP in ${((performance.now() - signUpStarted) / 1000).toFixed(1)} s (4 at a time)`);
  const load = await runLoad({
    url: base,
    tokens: users.map((u) => u.token),
    foodIds: foods,
    dates: year,
    meals: MEALS,
    connections: CONNECTIONS,
    seconds: LOAD_SECONDS,
    seed: 20261202,
  });
  const answered = load.ok2xx + load.non2xx + load.errors;
  const errorRate = answered === 0 ? 0 : (load.non2xx + load.errors) / answered;
  line(
    `  ${USERS} users logging at once (autocannon, ${CONNECTIONS} connections, one account each, ${load.seconds.toFixed(1)} s): ${count(Math.round(load.requestsPerSecond))} entries logged/s; ` +
      `latency p50 ${load.latency.p50} ms  p97.5 ${load.latency.p97_5}  p99 ${load.latency.p99}  max ${load.latency.max}`,
  );
  line(`    every response:                     ${formatMs(load.perResponse)}`);
  line(`    first response on each connection:  ${formatMs(load.firstOnConnection)} (includes waiting for the server to accept the connection)`);
  line(`    responses after each one's first:   ${formatMs(load.afterFirst)}`);
  const statuses = Object.entries(load.statusCounts).map(([status, n]) => `${status}: ${count(n)}`).join(', ');
  line(
    `    ${count(load.sent)} requests sent, ${count(load.completed)} answered (${statuses}); ${count(load.ok2xx)} 2xx, ${count(load.non2xx)} non-2xx, ${count(load.errors)} errors, ${count(load.timeouts)} timeouts; error rate ${(errorRate * 100).toFixed(2)}%`,
  );
  for (const failure of load.failures) line(`    non-2xx: ${failure}`);
  const stored = await settledIds(server, users.map((u) => u.id));
  const missing = load.acknowledged.filter((id) => !stored.has(id)).length;
  const extra = stored.size - (load.acknowledged.length - missing);
  line(
    `    stored ${count(load.acknowledged.length - missing)} of ${count(load.acknowledged.length)} acknowledged entries` +
      (missing > 0 ? `: ${count(missing)} ACKNOWLEDGED BUT MISSING` : '') +
      (extra > 0 ? ` (and ${count(extra)} more that were in flight when the load stopped: stored, their answers never read)` : ''),
  );
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

async function main(): Promise<void> {
  const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
  line(`MacroMuse ledger bench — ${new Date().toISOString()} — node ${process.version}`);
  for (const engine of engines) {
    line(`\n== ${engine === 'pglite' ? 'PGlite (embedded)' : `PostgreSQL server (${new URL(PG_URL).host})`} ==`);
    if (engine === 'postgres' && !(await reachable(PG_URL))) {
      line('  skipped: the server is not reachable');
      continue;
    }
    const database = await freshDatabase(engine, 'bench-ledger');
    const config = withBenchRateLimits({
      ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MACROMUSE_AUTO_IMPORT: 'generic' }),
      db: database.config,
    });
    const started = performance.now();
    const server = await startServer(config);
    try {
      await server.catalogReady;
      line(`  generic foods imported at start: ${count(server.search.size)} foods in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      await benchLedger(server, config);
    } finally {
      await server.close();
      await database.drop();
    }
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await main();
