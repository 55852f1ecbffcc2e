/**
 * The load generator of the ledger bench, run in its own process so that it does not share
 * the server's event loop: reads a job (JSON) on stdin, sends POST /api/entries with
 * autocannon, one account per connection and a fresh id per request, and writes what it
 * saw (JSON) on stdout.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { random, summarize, type Summary } from './stats.ts';

export interface LoadJob {
  readonly url: string;
  /** Access tokens; connection i sends as account i % tokens.length. */
  readonly tokens: readonly string[];
  readonly foodIds: readonly string[];
  readonly dates: readonly string[];
  readonly meals: readonly string[];
  readonly connections: number;
  readonly seconds: number;
  readonly seed: number;
}

export interface LoadOutcome {
  readonly seconds: number;
  readonly requestsPerSecond: number;
  /** autocannon's own latency histogram, ms. */
  readonly latency: { readonly p50: number; readonly p97_5: number; readonly p99: number; readonly max: number };
  /** Every response's latency, ms, through the bench's own stats helper (it has p95). */
  readonly perResponse: Summary;
  /** The first response on each connection: it waited for the server to accept the connection too. */
  readonly firstOnConnection: Summary;
  /** The other responses, once connections were established. */
  readonly afterFirst: Summary;
  readonly sent: number;
  readonly completed: number;
  readonly ok2xx: number;
  readonly non2xx: number;
  readonly statusCounts: Record<string, number>;
  readonly errors: number;
  readonly timeouts: number;
  /** The first few non-2xx answers, status and body. */
  readonly failures: readonly string[];
  /** Ids of the entries the server acknowledged (2xx). */
  readonly acknowledged: readonly string[];
}


export function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function run(job: LoadJob): Promise<LoadOutcome> {
  const next = random(job.seed);
  const acknowledged: string[] = [];
  const failures: string[] = [];
  const samples: number[] = [];
  const firsts: number[] = [];
  const rest: number[] = [];
  const answeredClients = new WeakSet<object>();
  let connection = 0;
  const options: autocannon.Options = {
    url: job.url,
    connections: job.connections,
    duration: job.seconds,
    setupClient: (client) => {
      const token = job.tokens[connection++ % job.tokens.length] ?? '';
      client.setRequests([
        {
          method: 'POST',
          path: '/api/entries',
          setupRequest: (request) => ({
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              id: randomUUID(),
              date: pick(job.dates, next),
              meal: pick(job.meals, next),
              foodId: pick(job.foodIds, next),
              amount: 20 + Math.round(next() * 280),
              unit: 'g',
            }),
          }),
          onResponse: (status, body) => {
            if (status >= 200 && status < 300) acknowledged.push((JSON.parse(body) as { id: string }).id);
            else if (failures.length < 5) failures.push(`${status} ${body.slice(0, 200)}`);
          },
        },
      ]);
    },
  };
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(options, (error: unknown, outcome) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : done(outcome)));
    instance.on('response', (client, _status, _bytes, responseTime) => {
      samples.push(responseTime);
      if (answeredClients.has(client)) rest.push(responseTime);
      else {
        answeredClients.add(client);
        firsts.push(responseTime);
      }
    });
  });
  const statusCounts: Record<string, number> = {};
  for (const [status, stats] of Object.entries(result.statusCodeStats ?? {})) statusCounts[status] = stats.count ?? 0;
  return {
    seconds: result.duration,
    requestsPerSecond: result['2xx'] / result.duration,
    latency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    perResponse: summarize(samples),
    firstOnConnection: summarize(firsts),
    afterFirst: summarize(rest),
    sent: result.requests.sent,
    completed: samples.length,
    ok2xx: result['2xx'],
    non2xx: result.non2xx,
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    failures,
    acknowledged,
  };
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const job = JSON.parse(await readStdin()) as LoadJob;
  process.stdout.write(JSON.stringify(await run(job)));
}
