import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { Health } from '@macromuse/contract/health/health.schemas';
import { MAX_JSON_DEPTH } from '../http/request-text.ts';
import { ApiClient, PROFILE, uuid } from '../test-support/api-client.ts';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { TEST_ENGINES } from '../test-support/test-databases.ts';

/** Sends raw bytes as they are, with a content type of one's choosing. */
async function sendRaw(base: string, method: string, path: string, body: Uint8Array | string | undefined, headers: Record<string, string> = {}): Promise<{ status: number; body: ApiError }> {
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : {}) as ApiError };
}

const nested = (levels: number): string => '['.repeat(levels) + ']'.repeat(levels);

/** What an attack on the API found, one case each, on both engines: each is a clear 400 now, and changes nothing. */
describe.each(TEST_ENGINES)('hostile input on %s', (engine) => {
  let t: TestServer;
  let person: ApiClient;
  const json = (client: ApiClient) => ({ 'content-type': 'application/json', authorization: `Bearer ${client.session.accessToken}` });

  beforeAll(async () => {
    t = await startTestServer(engine, [newFood({ name: 'Hostile rice, raw' })]);
    person = await ApiClient.signUp(t.server.url);
    expect((await person.put('/api/me/profile', PROFILE)).status).toBe(200);
    expect((await person.put('/api/me/targets', { fatPct: 25 })).status).toBe(200);
  });
  afterAll(async () => t?.stop());

  it('refuses JSON nested past the limit with a 400 naming it, on the public routes too, where it used to overflow the stack', async () => {
    for (const path of ['/api/auth/signup', '/api/auth/signin', '/api/auth/refresh']) {
      const deep = await sendRaw(t.server.url, 'POST', path, nested(10_000), { 'content-type': 'application/json' });
      expect([deep.status, deep.body.error], path).toEqual([400, 'bad_request']);
      expect(deep.body.message).toContain(`${MAX_JSON_DEPTH} levels`);
    }
    const inAString = await sendRaw(t.server.url, 'POST', '/api/entries/quick-add', JSON.stringify({ id: uuid(), date: '2026-03-01', meal: 'lunch', kcal: 100, name: nested(40) }), json(person));
    expect(inAString.status, 'brackets inside a string are text, not nesting').toBe(201);
    const atTheLimit = await sendRaw(t.server.url, 'PUT', '/api/me/targets', JSON.stringify({ fatPct: 25, deep: JSON.parse(nested(MAX_JSON_DEPTH - 1)) as unknown }), json(person));
    expect(atTheLimit.status, 'nesting within the limit is read, then refused by the schema').toBe(400);
    expect(atTheLimit.body.message).not.toContain('levels');
  });

  it('refuses lone surrogates and invalid UTF-8 with a 400 naming the field, where they were a 500 or stored as U+FFFD', async () => {
    const food = { id: uuid(), name: 'Surrogate bar', nutrients: { '208': 100 } };
    const cases: [string, string, string, unknown, string][] = [
      ['serving label', 'POST', '/api/foods', { ...food, servingLabel: '\ud800' }, 'servingLabel'],
      ['portion unit', 'POST', '/api/foods', { ...food, portions: [{ amount: 1, unit: 'bar\udc00', grams: 40 }] }, 'portions.0.unit'],
      ['a meal', 'PUT', '/api/me/profile', { ...PROFILE, meals: ['breakfast', '\ud83d'] }, 'meals.1'],
      ['a key', 'PUT', '/api/me/targets', { ['\ud800']: 1 }, '\ud800'],
    ];
    for (const [what, method, path, body, field] of cases) {
      const answer = await sendRaw(t.server.url, method, path, JSON.stringify(body), json(person));
      expect([answer.status, answer.body.fields?.[0]?.field], what).toEqual([400, field]);
      expect(answer.body.message, what).toMatch(/valid Unicode/);
    }
    const password = await sendRaw(t.server.url, 'POST', '/api/auth/signup', JSON.stringify({ email: `surrogate-${uuid()}@example.com`, password: '\ud800'.repeat(12) }), { 'content-type': 'application/json' });
    expect([password.status, password.body.fields?.[0]?.field]).toEqual([400, 'password']);
    // A pair of surrogates is one character, and welcome.
    expect((await person.post('/api/foods', { ...food, id: uuid(), name: 'Emoji bar 🍫' })).status).toBe(201);

    const invalidUtf8 = Buffer.concat([Buffer.from('{"id":"'), Buffer.from(uuid()), Buffer.from('","name":"caf'), Buffer.from([0xe9]), Buffer.from('","nutrients":{"208":1}}')]);
    const bytes = await sendRaw(t.server.url, 'POST', '/api/foods', invalidUtf8, json(person));
    expect([bytes.status, bytes.body.message]).toEqual([400, 'The body is not valid UTF-8 text']);
    const escape = await sendRaw(t.server.url, 'GET', '/api/foods/search?q=%ED%A0%80', undefined);
    expect([escape.status, escape.body.fields?.[0]?.field]).toEqual([400, 'q']);
    const custom = (await person.get<{ foods: { name: string }[] }>('/api/foods/custom')).body.foods.map((f) => f.name);
    expect(custom).toEqual(['Emoji bar 🍫']);
  });

  it('refuses a missing or null body where the endpoint takes one, and keeps what it would have reset', async () => {
    const before = (await person.get<{ settings: unknown }>('/api/me/targets')).body.settings;
    expect(before).toMatchObject({ fatPct: 25 });
    for (const body of [undefined, 'null']) {
      const answer = await sendRaw(t.server.url, 'PUT', '/api/me/targets', body, body === undefined ? { authorization: json(person).authorization } : json(person));
      expect([answer.status, answer.body.message], String(body)).toEqual([400, 'The request needs a JSON body (Content-Type: application/json)']);
    }
    expect((await person.get<{ settings: unknown }>('/api/me/targets')).body.settings).toEqual(before);
  });

  it('reads query integers as the document writes them, digits alone, and path ids only in their documented spelling', async () => {
    for (const limit of ['1e1', '0x10', ' 5', '01', '5.0', '-1', '+5', '']) {
      const answer = await person.get<ApiError>(`/api/foods/search?q=rice&limit=${encodeURIComponent(limit)}`);
      expect([answer.status, answer.body.fields?.[0]?.field], `limit=${JSON.stringify(limit)}`).toEqual([400, 'limit']);
    }
    expect((await person.get('/api/foods/search?q=rice&limit=10')).status).toBe(200);
    expect((await person.get('/api/foods/recent?limit=0x10')).status).toBe(400);
    const upper = uuid().toUpperCase();
    for (const path of [`/api/favourites/${upper}`, `/api/entries/${upper}`, `/api/foods/${upper}`]) {
      expect((await person.request(path.startsWith('/api/favourites') ? 'PUT' : 'GET', path)).status, path).toBe(400);
    }
    expect((await person.post('/api/weights', { id: uuid().toUpperCase(), date: '2026-03-01', kg: 60 })).status).toBe(400);
  });

  it.runIf(engine === 'pglite')('answers /healthz without asking the database, even while its one connection is busy', async () => {
    // PGlite has one connection: while this transaction holds it, anything that needs the database waits.
    const health = await t.server.db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      const answer = await Promise.race([
        new ApiClient(t.server.url).get<Health>('/healthz'),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('/healthz waited for the database')), 10_000)),
      ]);
      return answer;
    });
    expect(health.status).toBe(200);
    expect(health.body.catalog.foods).toBe(1);
    expect(health.body.catalog.indexed).toBe(1);
  });
});

/** A search costs its client what it took of the thread; one client flooding long queries is held back, others are not. */
describe('each client\'s share of search time', () => {
  let t: TestServer;

  beforeAll(async () => {
    // A share so small that a flood of long queries uses it up at once, even on a one-food catalog.
    t = await startTestServer('pglite', [newFood({ name: 'Share rice, raw' })], (c) => ({ ...c, trustProxy: true, rateLimits: { ...c.rateLimits, searchMsPerSecond: 0.001, searchBurstMs: 5 } }));
  });
  afterAll(async () => t?.stop());

  const search = (from: string, q: string) => fetch(`${t.server.url}/api/foods/search?q=${encodeURIComponent(q)}`, { headers: { 'x-forwarded-for': from } });
  const longQuery = (i: number): string =>
    Array.from({ length: 28 }, (_, w) => `${String.fromCharCode(97 + ((i + w) % 26))}${String.fromCharCode(97 + ((i * 7 + w * 3) % 26))}lorpine`).join(' ').slice(0, 200);

  it('answers a flooding client 429 with Retry-After once its share is spent, and keeps answering everyone else', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 3000 && !statuses.includes(429); i++) {
      const answer = await search('203.0.113.7', longQuery(i));
      statuses.push(answer.status);
      if (answer.status === 429) retryAfter = answer.headers.get('retry-after');
      await answer.arrayBuffer();
    }
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Still held back: the share comes back with time, not with asking again.
    expect((await search('203.0.113.7', 'rice')).status).toBe(429);
    // Another client searches as ever.
    for (const q of ['rice', 'share rice', 'ric']) expect((await search('198.51.100.4', q)).status, q).toBe(200);
  });
});
