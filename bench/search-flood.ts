/**
 * Normal searches while another client floods long ones: one person searches as people do
 * (the bench's everyday queries, one after another) while another client keeps eight requests
 * of 200-character random-word queries in flight, against the server in its own process (PGlite,
 * the whole catalog). Measured twice on the same data: each client's share of search time turned
 * off (as before it existed), then as it ships. Prints figures; asserts nothing.
 *
 *   node --import tsx bench/search-flood.ts
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { started } from './as-started.ts';
import { call, signUpWithProfile } from './ledger.ts';
import { benchQueries } from './queries.ts';
import { formatMs, random, summarize } from './stats.ts';

const NORMAL_SEARCHES = 300;
const FLOOD_CONNECTIONS = 8;

const line = (text = ''): void => void process.stdout.write(`${text}\n`);

/** A 200-character query of random words, different each time. */
function longQuery(next: () => number): string {
  const words: string[] = [];
  while (words.join(' ').length < 200) {
    const length = 4 + Math.floor(next() * 9);
    words.push(Array.from({ length }, () => String.fromCharCode(97 + Math.floor(next() * 26))).join(''));
  }
  return words.join(' ').slice(0, 200);
}

async function normalSearches(base: string, token: string, queries: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const answer = await call(base, 'GET', `/api/foods/search?q=${encodeURIComponent(q)}&limit=20`, token);
    out.push(performance.now() - t0);
    if (answer.status !== 200) throw new Error(`a normal search was answered ${answer.status}`);
  }
  return out;
}

async function measure(base: string, label: string): Promise<void> {
  const person = await signUpWithProfile(base, `person-${randomUUID()}@example.com`);
  const flooder = await signUpWithProfile(base, `flooder-${randomUUID()}@example.com`);
  const queries = benchQueries().slice(0, NORMAL_SEARCHES);
  await normalSearches(base, person.token, queries.slice(0, 30));
  const alone = await normalSearches(base, person.token, queries);

  let flooding = true;
  const answered = new Map<number, number>();
  const next = random(20261201);
  const flood = Array.from({ length: FLOOD_CONNECTIONS }, async () => {
    while (flooding) {
      const answer = await call(base, 'GET', `/api/foods/search?q=${encodeURIComponent(longQuery(next))}&limit=20`, flooder.token);
      answered.set(answer.status, (answered.get(answer.status) ?? 0) + 1);
    }
  });
  const health: number[] = [];
  const healthLoop = (async () => {
    while (flooding) {
      const t0 = performance.now();
      await call(base, 'GET', '/healthz');
      health.push(performance.now() - t0);
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const during = await normalSearches(base, person.token, queries);
  flooding = false;
  await Promise.all([...flood, healthLoop]);
  const counts = [...answered.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${n.toLocaleString('en')} × ${status}`).join(', ');
  line(`  ${label}:`);
  line(`    normal searches alone:              ${formatMs(summarize(alone))}`);
  line(`    normal searches during the flood:   ${formatMs(summarize(during))}  (p95 ${(summarize(during).p95 / summarize(alone).p95).toFixed(1)}× alone)`);
  line(`    /healthz during the flood:          ${formatMs(summarize(health))}`);
  line(`    the flooder's ${FLOOD_CONNECTIONS} connections were answered: ${counts}`);
}

export async function benchSearchFlood(): Promise<void> {
  line('== Normal searches while another client floods long queries (server in its own process, PGlite, the whole catalog) ==');
  const first = await started('pglite', { label: 'search-flood', autoImport: 'all', env: { MACROMUSE_SEARCH_MS_PER_SECOND: '1000000000' } });
  try {
    await measure(first.base, 'each client\'s share of search time off (as before)');
    await first.stop();
    const second = await started('pglite', { database: first.database, autoImport: 'all' });
    try {
      await measure(second.base, 'as it ships (100 ms of search time a second per client, 500 ms at once)');
    } finally {
      await second.stop();
    }
  } finally {
    await first.drop();
  }
  line();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchSearchFlood();
