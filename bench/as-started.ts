/**
 * The daily log as a person meets it: the server in a process of its own, started as `npm start`
 * starts it (the CLI's `serve`, the generic foods imported on first start), on PGlite and on a
 * PostgreSQL server. One account with a year of history; then 400 sequential requests each of
 * logging an entry (with the day read again as the app did before, and without) and of the
 * day view. Prints figures; asserts nothing.
 *
 *   node --import tsx bench/as-started.ts                         both engines
 *   BENCH_ENGINES=pglite node --import tsx bench/as-started.ts    one engine
 *   BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof'   the server's own Node flags (a CPU profile)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Health } from '@macromuse/contract/health/health.schemas';
import { freshDatabase, type BenchDatabase } from './bench-databases.ts';
import { call, commonFoods, expect, lastDays, signUpWithProfile } from './ledger.ts';
import { formatMs, summarize } from './stats.ts';

const CLI = fileURLToPath(new URL('../apps/server/src/cli.ts', import.meta.url));
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const HISTORY_DAYS = 365;
const PER_DAY = 6;
const SAMPLES = 400;
const MEALS = ['breakfast', 'lunch', 'dinner', 'snacks'];

const line = (text = ''): void => void process.stdout.write(`${text}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface StartedServer {
  readonly base: string;
  readonly child: ChildProcess;
  /** Stops the server, keeping its database (to start it again on the same data). */
  stop(): Promise<void>;
  /** Stops the server and drops its database. */
  drop(): Promise<void>;
}

/**
 * The server started in a process of its own as `npm start` starts it, on a fresh database
 * (or on `database`, to start again on the data of an earlier one), importing `autoImport`.
 */
export async function started(
  engine: 'pglite' | 'postgres',
  options: { readonly label?: string; readonly autoImport?: 'generic' | 'all'; readonly env?: Readonly<Record<string, string>>; readonly database?: BenchDatabase } = {},
): Promise<StartedServer & { readonly database: BenchDatabase }> {
  const database = options.database ?? (await freshDatabase(engine, options.label ?? `as-started-${engine}`));
  const port = await freePort();
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', CLI, 'serve'], {
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      MACROMUSE_AUTO_IMPORT: options.autoImport ?? 'generic',
      MACROMUSE_RATE_LIMIT_PER_HOUR: '10000000',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.autoImport === 'all' ? 900_000 : 300_000);
  for (;;) {
    if (Date.now() > deadline) throw new Error(`the server did not import the ${options.autoImport === 'all' ? 'whole catalog' : 'generic foods'} in time`);
    try {
      const health = expect(await call<Health>(base, 'GET', '/healthz'), 200, 'health');
      if (health.catalog.indexReady && health.catalog.imports.every((i) => i.state === 'done')) break;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = async (): Promise<void> => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  };
  return {
    base,
    child,
    database,
    stop,
    drop: async () => {
      await stop();
      await database.drop();
    },
  };
}

async function timed(n: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run(i);
    out.push(performance.now() - t0);
  }
  return out;
}

export async function benchAsStarted(): Promise<void> {
  line('== The daily log against the server as `npm start` runs it (its own process, generic foods) ==');
  for (const engine of ENGINES) {
    let server: Awaited<ReturnType<typeof started>>;
    try {
      server = await started(engine);
    } catch (error) {
      line(`  ${engine}: not measured (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    try {
      const { base } = server;
      const { token } = await signUpWithProfile(base, `bench-${randomUUID()}@example.com`);
      const foods = await commonFoods(base);
      // The year before today, oldest first, then today.
      const days = lastDays(HISTORY_DAYS + 1);
      const today = days[HISTORY_DAYS] ?? '';
      const dayAgo = (n: number): string => days[HISTORY_DAYS - n] ?? today;
      const logged = async (date: string, i: number): Promise<void> => {
        expect(await call(base, 'POST', '/api/entries', token, { id: randomUUID(), date, meal: MEALS[i % MEALS.length], foodId: foods[i % foods.length], amount: 100 + (i % 5) * 20, unit: 'g' }), 201, 'log');
      };
      const dayView = async (date: string): Promise<void> => {
        expect(await call(base, 'GET', `/api/days/${date}`, token), 200, 'day');
      };
      const seedStart = performance.now();
      for (let d = 1; d <= HISTORY_DAYS; d++) for (let k = 0; k < PER_DAY; k++) await logged(dayAgo(d), d * PER_DAY + k);
      const seedSeconds = (performance.now() - seedStart) / 1000;
      line(`  ${engine}: a year of history, ${HISTORY_DAYS * PER_DAY} entries sent one by one in ${seedSeconds.toFixed(1)} s`);
      const log = await timed(SAMPLES, (i) => logged(today, i));
      line(`    log an entry:                    ${formatMs(summarize(log))}`);
      const logAndRead = await timed(SAMPLES, async (i) => {
        await logged(dayAgo(1 + (i % 30)), i);
        await dayView(dayAgo(1 + (i % 30)));
      });
      line(`    log, then read the day again:    ${formatMs(summarize(logAndRead))}  (what the app did after each write before it used the answer)`);
      const day = await timed(SAMPLES, (i) => dayView(dayAgo(i % HISTORY_DAYS)));
      line(`    the day view:                    ${formatMs(summarize(day))}`);
      line(`    targets: log < 5 ms at p95 (${summarize(log).p95 < 5 ? 'met' : 'missed'}), the day < 10 ms at p95 (${summarize(day).p95 < 10 ? 'met' : 'missed'})`);
    } finally {
      await server.drop();
    }
  }
  line();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchAsStarted();
