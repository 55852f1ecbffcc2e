import { randomUUID } from 'node:crypto';
import { loadConfig } from '@macromuse/server/config/config';
import { startServer } from '@macromuse/server/server';
import { tempDir } from '@macromuse/server/test-support/food-data';
import { withBenchRateLimits } from './ledger.ts';
import { formatMs, summarize } from './stats.ts';
const config = withBenchRateLimits({ ...loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', MACROMUSE_AUTO_IMPORT: 'generic' }), db: process.env.SCRATCH_PG ? { kind: 'postgres' as const, url: process.env.SCRATCH_PG } : { kind: 'pglite' as const, dataDir: tempDir('scratch') } });
const server = await startServer(config);
await server.catalogReady;
const base = server.url.replace('localhost', '127.0.0.1');
const j = async (method: string, path: string, token?: string, body?: unknown) => {
  const r = await fetch(base + path, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return (await r.json()) as Record<string, unknown>;
};
const found = await j('GET', '/api/foods/search?q=egg');
const foodIds = (found.results as { id: string }[]).slice(0, 5).map((f) => f.id);
await j('GET', `/api/foods/${foodIds[0]}`);
const token = (await j('POST', '/api/auth/signup', undefined, { email: `u@x.example`, password: 'aaaaaaaaaaaa' })).accessToken as string;
await j('PUT', '/api/me/profile', token, { sex: 'male', birthDate: '1990-05-01', heightCm: 180, weightKg: 80, activity: 'moderate', goal: 'lose', rateKgPerWeek: 0.5, timeZone: 'UTC' });
const db = server.db as { transaction: typeof server.db.transaction };
const original = db.transaction.bind(server.db);
let sql = 0; let txTotal = 0; const perQuery = new Map<string, number>();
db.transaction = (work) => { const s = performance.now(); return original(async (tx) => work({ query: async (q, p) => { const a = performance.now(); try { return await tx.query(q, p); } finally { const d = performance.now() - a; sql += d; const k = q.trim().slice(0, 40); perQuery.set(k, (perQuery.get(k) ?? 0) + d); } } })).finally(() => { txTotal += performance.now() - s; }); };
for (const kind of ['post', 'day'] as const) {
  sql = 0; txTotal = 0; perQuery.clear();
  const samples: number[] = [];
  for (let i = 0; i < 600; i++) {
    const s = performance.now();
    if (kind === 'post') await j('POST', '/api/entries', token, { id: randomUUID(), date: `2026-0${1 + (i % 9)}-1${i % 10}`, meal: 'lunch', foodId: foodIds[i % 5], amount: 100, unit: 'g' });
    else await j('GET', `/api/days/2026-0${1 + (i % 9)}-1${i % 10}`, token);
    if (i >= 100) samples.push(performance.now() - s);
    if (i === 99) { sql = 0; txTotal = 0; perQuery.clear(); }
  }
  console.log(kind, formatMs(summarize(samples)), `sql per request ${(sql / 500).toFixed(2)} ms, transaction per request ${(txTotal / 500).toFixed(2)} ms`);
  for (const [k, v] of [...perQuery].sort((a, b) => b[1] - a[1])) console.log('   ', (v / 500).toFixed(3), k.replace(/\s+/g, ' '));
}
await server.close();
