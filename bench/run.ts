/**
 * MacroMuse benchmarks: catalog import, index build, search and barcode latency (inside the
 * server and over HTTP), cold start and memory, on PGlite and on a PostgreSQL server, first
 * with the generic foods only and then with the whole catalog. Prints figures; asserts nothing.
 *
 * Then the web app in chromium: bytes before the first screen, time to an interactive Today,
 * keystroke-to-results on Add food, and accessibility per screen (bench/web-app.ts).
 *
 *   npm run bench                        both engines (PostgreSQL at BENCH_DATABASE_URL,
 *                                        default postgres://postgres@127.0.0.1:5432/test)
 *   BENCH_ENGINES=pglite npm run bench   one engine
 *   BENCH_SECTIONS=web npm run bench     only the web app (`server` for only the rest)
 *   BENCH_SECTIONS=as-started npm run bench   only the daily log against the server in its own process
 *   BENCH_SECTIONS=flood npm run bench        only normal searches while another client floods long ones
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@macromuse/server/config/config';
import { findFoodByBarcode } from '@macromuse/server/foods/foods.repository';
import { toFoodSummary } from '@macromuse/server/foods/food-presenter';
import { judgeRelevance, RELEVANCE_CASES } from '@macromuse/server/foods/search-relevance.cases';
import { importSource, type ImportSource } from '@macromuse/server/importers/catalog-sources';
import { FOOD_DATA } from '@macromuse/server/test-support/food-data';
import { startServer, type RunningServer } from '@macromuse/server/server';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { freshDatabase, PG_URL } from './bench-databases.ts';
import { benchAsStarted } from './as-started.ts';
import { benchLedger, withBenchRateLimits } from './ledger.ts';
import { benchQueries } from './queries.ts';
import { benchSearchFlood } from './search-flood.ts';
import { formatMs, mb, summarize, timeEach } from './stats.ts';
import { benchWebApp } from './web-app.ts';

const CLI = fileURLToPath(new URL('../apps/server/src/cli.ts', import.meta.url));
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as ('pglite' | 'postgres')[];
const SECTIONS = (process.env.BENCH_SECTIONS ?? 'server,web').split(',');
const QUERIES = benchQueries();

const GENERIC: readonly [ImportSource, string][] = [
  ['sr28', join(FOOD_DATA, 'usda', 'sr28')],
  ['fndds', join(FOOD_DATA, 'usda', 'fndds_2017-2018')],
  ['off', join(FOOD_DATA, 'off')],
];
const LARGE: [ImportSource, string] = ['off-sql', join(FOOD_DATA, 'off-large', 'lifyzer-2019-06')];

function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

async function timedImport(server: RunningServer, steps: readonly [ImportSource, string][]): Promise<{ seconds: number; rows: number }> {
  const started = performance.now();
  let rows = 0;
  for (const [source, location] of steps) {
    for (const result of await importSource(server.db, source, location, { onWritten: (written) => server.search.add(written) })) {
      rows += result.rowsRead;
    }
  }
  await server.search.settled();
  return { seconds: (performance.now() - started) / 1000, rows };
}

/** Barcodes of products in the catalog, in the forms people scan (EAN-13, UPC-A). */
async function sampleBarcodes(server: RunningServer, count: number): Promise<string[]> {
  const rows = await server.db.query<{ barcode: string }>(
    `SELECT barcode FROM foods WHERE barcode IS NOT NULL AND length(barcode) = 14 ORDER BY md5(barcode) LIMIT $1`,
    [count * 3],
  );
  return rows
    .map((r) => r.barcode.slice(1))
    .filter((code) => parseBarcode(code).ok)
    .slice(0, count);
}

async function measureServing(server: RunningServer, label: string): Promise<void> {
  const stats = server.search.stats();
  line(`  index: ${stats.docs.toLocaleString('en')} foods, ${stats.terms.toLocaleString('en')} terms, ${stats.segments} segment(s), ~${mb(stats.approximateBytes)}; built in ${(stats.buildMs / 1000).toFixed(1)} s in all`);
  const inside = await timeEach(QUERIES, (q) => server.search.search(q, 20));
  line(`  search in-process  (${label}): ${formatMs(summarize(inside))}`);
  const agent = server.url;
  const http = await timeEach(QUERIES, async (q) => {
    const response = await fetch(`${agent}/api/foods/search?q=${encodeURIComponent(q)}&limit=20`);
    await response.arrayBuffer();
  });
  line(`  search over HTTP   (${label}): ${formatMs(summarize(http))}`);
  const codes = await sampleBarcodes(server, 1000);
  const barcodeInside = await timeEach(codes, async (code) => {
    const parsed = parseBarcode(code);
    if (parsed.ok) await findFoodByBarcode(server.db, parsed.gtin14);
  });
  line(`  barcode in-process (${label}): ${formatMs(summarize(barcodeInside))}`);
  const barcodeHttp = await timeEach(codes, async (code) => {
    const response = await fetch(`${agent}/api/foods/barcode/${code}`);
    await response.arrayBuffer();
  });
  line(`  barcode over HTTP  (${label}): ${formatMs(summarize(barcodeHttp))}`);
  const outcomes = RELEVANCE_CASES.map((c) => judgeRelevance(c, server.search.search(c.query, 3).map(toFoodSummary)));
  const hits = outcomes.filter((o) => o.hit).length;
  line(`  relevance (${label}): ${hits}/${outcomes.length} queries with the expected food in the top 3 (${((hits / outcomes.length) * 100).toFixed(1)}%)`);
  for (const miss of outcomes.filter((o) => !o.hit)) line(`    miss: "${miss.testCase.query}" -> ${miss.top3.join(' | ')}`);
}

/** Sends a search every 50 ms until stopped; the latencies seen meanwhile. */
function sampleWhile(base: string): { stop: () => Promise<number[]> } {
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    let i = 0;
    while (running) {
      const query = QUERIES[i++ % QUERIES.length] ?? 'egg';
      const started = performance.now();
      const response = await fetch(`${base}/api/foods/search?q=${encodeURIComponent(query)}&limit=20`);
      await response.arrayBuffer();
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** Starts the real server in a child process on an existing catalog: time to first answer and to a full index. */
async function coldStart(env: Record<string, string>): Promise<void> {
  const port = 39000 + Math.floor(Math.random() * 1000);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, 'serve'], {
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', MACROMUSE_AUTO_IMPORT: 'none', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  let firstAnswer: number | undefined;
  let ready: number | undefined;
  let foods = 0;
  while (ready === undefined && performance.now() - started < 300_000) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      const health = (await response.json()) as { catalog: { indexReady: boolean; foods: number } };
      firstAnswer ??= performance.now() - started;
      if (health.catalog.indexReady) {
        ready = performance.now() - started;
        foods = health.catalog.foods;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const peak = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  line(`  cold start (server process, ${foods.toLocaleString('en')} foods): first answered request after ${((firstAnswer ?? Number.NaN) / 1000).toFixed(2)} s, search index complete after ${((ready ?? Number.NaN) / 1000).toFixed(1)} s, peak RSS ${peak ? mb(Number(peak) * 1024) : 'n/a'}`);
}

async function benchEngine(engine: 'pglite' | 'postgres'): Promise<void> {
  line(`\n== ${engine === 'pglite' ? 'PGlite (embedded)' : `PostgreSQL server (${new URL(PG_URL).host})`} ==`);
  const database = await freshDatabase(engine, 'bench');
  const config = withBenchRateLimits({ ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MACROMUSE_AUTO_IMPORT: 'none' }), db: database.config });
  let server = await startServer(config);
  await server.catalogReady;
  try {
    const generic = await timedImport(server, GENERIC);
    line(`  import generic foods + small exports: ${generic.rows.toLocaleString('en')} rows in ${generic.seconds.toFixed(1)} s (${Math.round(generic.rows / generic.seconds).toLocaleString('en')} rows/s)`);
    await server.search.compact();
    await measureServing(server, 'generic only');
    await benchLedger(server, config);

    const sampling = sampleWhile(server.url);
    const large = await timedImport(server, [LARGE]);
    const during = await sampling.stop();
    line(`  import large catalog: ${large.rows.toLocaleString('en')} rows in ${large.seconds.toFixed(1)} s (${Math.round(large.rows / large.seconds).toLocaleString('en')} rows/s), index kept in step`);
    line(`  search over HTTP while it imports (one request every 50 ms): ${formatMs(summarize(during))}`);
    const compactStarted = performance.now();
    await server.search.compact();
    line(`  index compaction after the bulk import: ${((performance.now() - compactStarted) / 1000).toFixed(1)} s`);
    await measureServing(server, 'whole catalog');
    await server.close();
    await coldStart(database.env);
    server = await startServer(config);
    await server.catalogReady;
  } finally {
    await server.close();
    await database.drop();
  }
}

line(`MacroMuse bench — ${new Date().toISOString()} — node ${process.version}, ${QUERIES.length} queries (words, prefixes, typos)`);
if (SECTIONS.includes('server')) for (const engine of ENGINES) await benchEngine(engine);
if (SECTIONS.includes('server') || SECTIONS.includes('as-started')) await benchAsStarted();
if (SECTIONS.includes('server') || SECTIONS.includes('flood')) await benchSearchFlood();
if (SECTIONS.includes('web')) await benchWebApp();
line(`\nbench process peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
