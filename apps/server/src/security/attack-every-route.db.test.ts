import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import { fillPath, queryString, type Endpoint } from '@macromuse/contract/endpoint';
import { endpoints, type EndpointName } from '@macromuse/contract/endpoints';
import { BODY_LIMIT_BYTES } from '../app.ts';
import { assertValidText } from '../http/request-text.ts';
import { ApiClient, PROFILE, uuid, type EndpointRequest } from '../test-support/api-client.ts';
import { newEmail, newFood, PASSWORD } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { TEST_ENGINES } from '../test-support/test-databases.ts';

/** One request of the attack: what is sent, and whether the API must refuse it. */
interface Attempt {
  readonly what: string;
  readonly method: string;
  readonly path: string;
  readonly query: string;
  /** The body as sent: JSON text, raw bytes, or none. */
  readonly body?: string | Uint8Array;
  readonly contentType?: string;
  /** The Authorization header (none when undefined). */
  readonly authorization?: string;
  /** The request is invalid by the API's own description: answering it 2xx would be silent acceptance. */
  readonly mustRefuse: boolean;
}

/** A valid request to an endpoint, as its documentation describes it, and whose token it is sent with. */
interface ValidRequest {
  readonly request: EndpointRequest;
  readonly token?: string;
}

type Factory = () => Promise<ValidRequest>;

const WRONG_TYPES: readonly unknown[] = ['text', 12345, true, [], {}];
const LONG = 'x'.repeat(100_000);
const QUERY_VALUES = ['', 'x', '1e1', '0x10', ' 5', '01', '-1', '99999999999999999999', 'a'.repeat(5000)];
const RAW_QUERY_VALUES = ['%ED%A0%80', '%00', '%ff', '%'];
const PATH_VALUES = ['x', '-1', '0', '1e3', '9'.repeat(25), '%00', '%ED%A0%80', '..%2F..%2Fme', 'a'.repeat(250)];

/** JSON as a client may write it: Infinity as 1e999 (which parses back to Infinity). */
const jsonText = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (v === Number.POSITIVE_INFINITY ? '\u0000inf' : v)).replaceAll('"\\u0000inf"', '1e999');

const typeOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/** Whether any string or key in the value is text PostgreSQL would refuse or change (the router's own rule). */
function holdsBadText(value: unknown): boolean {
  try {
    assertValidText(value, 'body');
    return false;
  } catch {
    return true;
  }
}

/** Whether the endpoint's own schema refuses the value (or the value holds text the API refuses). */
function refusedBy(schema: Endpoint['body'], value: unknown): boolean {
  return holdsBadText(value) || (schema !== undefined && !schema.safeParse(value).success);
}

/** The body mutated field by field: each top-level field, and each field of a first nested object or array item. */
function bodyMutations(body: Record<string, unknown>): { what: string; body: unknown }[] {
  const out: { what: string; body: unknown }[] = [];
  const mutateAt = (path: string[], set: (value: unknown) => unknown, original: unknown, remove: () => unknown) => {
    const at = path.join('.');
    out.push({ what: `${at} missing`, body: remove() }, { what: `${at} null`, body: set(null) });
    for (const wrong of WRONG_TYPES) if (typeOf(wrong) !== typeOf(original)) out.push({ what: `${at} as ${typeOf(wrong)}`, body: set(wrong) });
    if (typeof original === 'string') {
      for (const [label, text] of [['long', LONG], ['lone surrogate', '\ud800'], ['NUL', 'a\u0000b'], ['empty', ''], ['spaces', '   '], ['emoji', '🍌']] as const) out.push({ what: `${at} ${label}`, body: set(text) });
    }
    if (typeof original === 'number') {
      for (const n of [1e308, -1e308, 2 ** 53 + 1, -1, 0, 0.5]) out.push({ what: `${at} = ${n}`, body: set(n) });
      // JSON can write a number too large for a double: it parses as Infinity.
      out.push({ what: `${at} = 1e999`, body: set(Number.POSITIVE_INFINITY) });
    }
  };
  for (const [key, value] of Object.entries(body)) {
    mutateAt([key], (v) => ({ ...body, [key]: v }), value, () => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key)));
    const inner = Array.isArray(value) ? (value[0] as unknown) : value;
    if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) {
      for (const [innerKey, innerValue] of Object.entries(inner)) {
        const rebuilt = (changed: Record<string, unknown>) => ({ ...body, [key]: Array.isArray(value) ? [changed, ...value.slice(1)] : changed });
        const innerObject = inner as Record<string, unknown>;
        mutateAt([key, Array.isArray(value) ? '0' : '', innerKey].filter(Boolean), (v) => rebuilt({ ...innerObject, [innerKey]: v }), innerValue, () =>
          rebuilt(Object.fromEntries(Object.entries(innerObject).filter(([k]) => k !== innerKey))),
        );
      }
    }
  }
  out.push({ what: 'an extra field', body: { ...body, extraField: 'not described' } }, { what: 'a lone surrogate key', body: { ...body, ['\udc00']: 1 } });
  return out;
}

/**
 * Every route of the endpoint table attacked the day it lands: its documented valid request,
 * then each part of it mutated (types, null, missing, extra, huge numbers, long strings, deep
 * nesting, invalid Unicode, bad JSON, the wrong content type, bad and forged tokens, another
 * person's ids). No answer may be a 5xx; a refused request changes nothing in the database;
 * a request the API's own description refuses is never accepted; and no answer shows anything
 * of another person.
 */
describe.each(TEST_ENGINES)('an attack on every route of the endpoint table, on %s', (engine) => {
  let t: TestServer;
  let mallory: ApiClient;
  let fingerprintSql = '';
  const date = '2026-05-01';
  const alice = { email: newEmail(), ids: { entry: uuid(), quick: uuid(), food: uuid(), weight: uuid(), water: uuid() }, secretName: 'Alice private granola' };
  const mine = { entry: uuid(), food: uuid(), weight: uuid(), water: uuid() };
  const secrets = () => [...Object.values(alice.ids), alice.email, alice.secretName];
  let sent = 0;

  const fingerprint = async (): Promise<string> => (await t.server.db.query<{ h: string }>(fingerprintSql))[0]?.h ?? '';

  /** A new session of Mallory's (sign-out and refresh use one each, so hers stays). */
  const freshSession = async (): Promise<AuthTokens> => {
    const answer = await new ApiClient(t.server.url).post<AuthTokens>('/api/auth/signin', { email: mallory.session.user.email, password: PASSWORD });
    if (answer.status !== 200) throw new Error(`sign-in: ${answer.status}`);
    return answer.body;
  };

  const valid = (): Record<EndpointName, Factory> => {
    const plain = (request: EndpointRequest = {}): Factory => () => Promise.resolve({ request });
    return {
      health: plain(),
      openApi: plain(),
      signUp: () => Promise.resolve({ request: { body: { email: newEmail(), password: PASSWORD } } }),
      signIn: plain({ body: { email: mallory.session.user.email, password: PASSWORD } }),
      refresh: async () => ({ request: { body: { refreshToken: (await freshSession()).refreshToken } } }),
      signOut: async () => ({ request: { body: { everywhere: false } }, token: (await freshSession()).accessToken }),
      me: plain(),
      deleteAccount: async () => {
        const doomed = await ApiClient.signUp(t.server.url);
        return { request: { body: { password: PASSWORD } }, token: doomed.session.accessToken };
      },
      exportAccount: plain({ query: { format: 'json' } }),
      profile: plain(),
      saveProfile: plain({ body: { ...PROFILE, meals: ['breakfast', 'lunch', 'dinner', 'snacks'] } }),
      targets: plain(),
      saveTargets: plain({ body: { fatPct: 30 } }),
      searchFoods: plain({ query: { q: 'attack rice', limit: '10' } }),
      barcode: plain({ params: { code: '4006381333931' } }),
      food: plain({ params: { id: t.foodIds[0] ?? '' } }),
      createCustomFood: () => Promise.resolve({ request: { body: { id: uuid(), name: 'Mallory bar', servingGrams: 40, servingLabel: 'bar', nutrients: { '208': 400, '203': 10 }, portions: [{ amount: 1, unit: 'bar', grams: 40 }] } } }),
      customFoods: plain(),
      updateCustomFood: plain({ params: { id: mine.food }, body: { name: 'Mallory bar, new', nutrients: { '208': 410 }, portions: [{ amount: 1, unit: 'bar', grams: 40 }] } }),
      deleteCustomFood: async () => {
        const id = uuid();
        await mallory.post('/api/foods', { id, name: 'Mallory doomed bar', nutrients: { '208': 1 } });
        return { request: { params: { id } } };
      },
      recentFoods: plain({ query: { meal: 'lunch', limit: '5' } }),
      frequentFoods: plain({ query: { meal: 'lunch', limit: '5' } }),
      favourites: plain(),
      addFavourite: plain({ params: { foodId: mine.food } }),
      removeFavourite: plain({ params: { foodId: mine.food } }),
      logEntry: () => Promise.resolve({ request: { body: { id: uuid(), date, meal: 'lunch', foodId: t.foodIds[0], amount: 150, unit: 'g' } } }),
      quickAdd: () => Promise.resolve({ request: { body: { id: uuid(), date, meal: 'snacks', kcal: 200, protein: 5, name: 'Bar' } } }),
      entries: plain({ query: { date } }),
      entry: plain({ params: { id: mine.entry } }),
      editEntry: plain({ params: { id: mine.entry }, body: { amount: 120, meal: 'dinner' } }),
      deleteEntry: async () => {
        const id = uuid();
        await mallory.post('/api/entries/quick-add', { id, date, meal: 'snacks', kcal: 10 });
        return { request: { params: { id } } };
      },
      day: plain({ params: { date } }),
      copyDay: () => Promise.resolve({ request: { params: { date }, body: { id: uuid(), to: '2026-05-02', meal: 'lunch' } } }),
      logWeight: () => Promise.resolve({ request: { body: { id: uuid(), date, kg: 61.5 } } }),
      weights: plain({ query: { from: date, to: '2026-05-31' } }),
      deleteWeight: async () => {
        const id = uuid();
        await mallory.post('/api/weights', { id, date: '2026-05-03', kg: 61 });
        return { request: { params: { id } } };
      },
      logWater: () => Promise.resolve({ request: { body: { id: uuid(), date, ml: 250 } } }),
      water: plain({ query: { from: date, to: '2026-05-31' } }),
      deleteWater: async () => {
        const id = uuid();
        await mallory.post('/api/water', { id, date, ml: 100 });
        return { request: { params: { id } } };
      },
    };
  };

  /** The attempts made on one endpoint, from its valid request. */
  const attemptsOn = async (name: EndpointName, factory: Factory, forged: string): Promise<Attempt[]> => {
    const e: Endpoint = endpoints[name];
    const make = async () => {
      const { request, token } = await factory();
      return { request, authorization: `Bearer ${token ?? mallory.session.accessToken}` };
    };
    const attempt = (what: string, request: EndpointRequest, authorization: string | undefined, mustRefuse: boolean, raw?: { body?: string | Uint8Array | undefined; contentType?: string; query?: string; path?: string }): Attempt => ({
      what,
      method: e.method,
      path: raw?.path ?? fillPath(e.path, request.params),
      query: raw?.query ?? queryString(request.query),
      ...(raw && 'body' in raw ? (raw.body === undefined ? {} : { body: raw.body }) : request.body === undefined ? {} : { body: jsonText(request.body) }),
      // A raw body is sent with the content type given (none if none is); a JSON one as JSON.
      ...(raw && 'body' in raw ? (raw.contentType ? { contentType: raw.contentType } : {}) : request.body !== undefined ? { contentType: 'application/json' } : {}),
      ...(authorization === undefined ? {} : { authorization }),
      mustRefuse,
    });
    const out: Attempt[] = [];

    if (e.body) {
      const { request } = await make();
      const body = request.body as Record<string, unknown>;
      for (const mutation of bodyMutations(body)) {
        const fresh = await make();
        out.push(attempt(`body: ${mutation.what}`, { ...fresh.request, body: mutation.body }, fresh.authorization, refusedBy(e.body, mutation.body)));
      }
      const whole: [string, string | Uint8Array | undefined, string | undefined, boolean][] = [
        ['no body', undefined, undefined, e.bodyOptional !== true],
        ['an empty JSON body', '', 'application/json', e.bodyOptional !== true],
        ['a JSON null', 'null', 'application/json', e.bodyOptional !== true],
        ['an array', '[]', 'application/json', true],
        ['a number', '123', 'application/json', true],
        ['broken JSON', '{"a":', 'application/json', true],
        ['JSON nested 10,000 deep', '['.repeat(10_000) + ']'.repeat(10_000), 'application/json', true],
        ['invalid UTF-8', Buffer.concat([Buffer.from(`${JSON.stringify(body).slice(0, -1)},"name":"caf`), Buffer.from([0xe9]), Buffer.from('"}')]), 'application/json', true],
        ['a body over the limit', JSON.stringify({ ...body, padding: 'x'.repeat(BODY_LIMIT_BYTES) }), 'application/json', true],
        ['text/plain', JSON.stringify(body), 'text/plain', true],
        ['no content type', JSON.stringify(body), '', true],
      ];
      for (const [what, raw, contentType, mustRefuse] of whole) {
        const fresh = await make();
        out.push(attempt(`body: ${what}`, fresh.request, fresh.authorization, mustRefuse, { body: raw, ...(contentType === undefined ? {} : { contentType }) }));
      }
    }

    if (e.query) {
      const { request, authorization } = await make();
      const query = (request.query ?? {}) as Record<string, string>;
      for (const key of Object.keys(query)) {
        for (const value of QUERY_VALUES) {
          const mutated = { ...query, [key]: value };
          out.push(attempt(`query: ${key}=${JSON.stringify(value.slice(0, 20))}`, { ...request, query: mutated }, authorization, refusedBy(e.query, mutated)));
        }
        for (const raw of RAW_QUERY_VALUES) {
          const rest = queryString(Object.fromEntries(Object.entries(query).filter(([k]) => k !== key))).replace(/^\?/, '');
          out.push(attempt(`query: ${key}=${raw}`, request, authorization, true, { query: `?${rest ? `${rest}&` : ''}${key}=${raw}` }));
        }
        out.push(attempt(`query: ${key} twice`, request, authorization, true, { query: `${queryString(query)}&${encodeURIComponent(key)}=${encodeURIComponent(query[key] ?? '')}` }));
      }
    }

    if (e.params) {
      const { request, authorization } = await make();
      for (const key of Object.keys(request.params ?? {})) {
        const others = Object.values(alice.ids);
        for (const value of [...PATH_VALUES, (request.params?.[key] ?? '').toUpperCase(), ...others]) {
          const params = { ...request.params, [key]: value };
          const decoded = (() => {
            try {
              return decodeURIComponent(value);
            } catch {
              return value;
            }
          })();
          const isForeign = others.includes(value);
          const mustRefuse = !isForeign && refusedBy(e.params, { ...request.params, [key]: decoded });
          out.push(attempt(`path: ${key}=${value.slice(0, 40)}`, request, authorization, mustRefuse, { path: fillPath(e.path, params) }));
        }
      }
    }

    if (e.access !== 'public') {
      const { request } = await make();
      for (const [what, authorization] of [
        ['a garbage token', 'Bearer not-a-token'],
        ['a token signed with another key', `Bearer ${forged}`],
        ['a Basic header', 'Basic bWFsbG9yeTpwYXNz'],
        ['an empty Bearer', 'Bearer '],
      ] as const) {
        out.push(attempt(`token: ${what}`, request, authorization, true));
      }
    }

    // Last, the documented valid request itself.
    const { request, authorization } = await make();
    out.push(attempt('the valid request', request, authorization, false));
    return out;
  };

  const send = async (a: Attempt): Promise<{ status: number; text: string }> => {
    sent += 1;
    const headers: Record<string, string> = {};
    if (a.contentType) headers['content-type'] = a.contentType;
    if (a.authorization) headers['authorization'] = a.authorization;
    const response = await fetch(`${t.server.url}${a.path}${a.query}`, {
      method: a.method,
      headers,
      ...(a.body === undefined ? {} : { body: a.body }),
    });
    return { status: response.status, text: await response.text() };
  };

  beforeAll(async () => {
    t = await startTestServer(engine, [newFood({ name: 'Attack rice, raw', barcode: '04006381333931' })], (c) => ({
      ...c,
      rateLimits: { ...c.rateLimits, userRequestsPerHour: 1_000_000, signInPerIpPer15Min: 1_000_000, signInFailuresPerAccountPer15Min: 1_000_000, signUpPerIpPerHour: 1_000_000, anonymousPerIpPerHour: 1_000_000, searchMsPerSecond: 1e9, searchBurstMs: 1e9 },
    }));
    const tables = await t.server.db.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND (column_name = 'user_id' OR table_name = 'users') ORDER BY table_name`,
    );
    fingerprintSql = `SELECT md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS h FROM (${tables.map(({ table_name }) => `SELECT '${table_name}:' || t::text AS r FROM ${table_name} t`).join(' UNION ALL ')}) rows`;

    const a = await ApiClient.signUp(t.server.url, alice.email);
    await a.put('/api/me/profile', PROFILE);
    await a.post('/api/foods', { id: alice.ids.food, name: alice.secretName, nutrients: { '208': 390 } });
    await a.post('/api/entries', { id: alice.ids.entry, date, meal: 'breakfast', foodId: alice.ids.food, amount: 60, unit: 'g' });
    await a.post('/api/entries/quick-add', { id: alice.ids.quick, date, meal: 'lunch', kcal: 640 });
    await a.put(`/api/favourites/${alice.ids.food}`);
    await a.post('/api/weights', { id: alice.ids.weight, date, kg: 58.2 });
    await a.post('/api/water', { id: alice.ids.water, date, ml: 330 });

    mallory = await ApiClient.signUp(t.server.url);
    await mallory.put('/api/me/profile', PROFILE);
    await mallory.post('/api/foods', { id: mine.food, name: 'Mallory bar', nutrients: { '208': 400 } });
    await mallory.post('/api/entries', { id: mine.entry, date, meal: 'lunch', foodId: t.foodIds[0], amount: 100, unit: 'g' });
    await mallory.post('/api/weights', { id: mine.weight, date, kg: 61 });
    await mallory.post('/api/water', { id: mine.water, date, ml: 250 });
  }, 120_000);
  afterAll(async () => t?.stop());

  it('answers every request below 500, changes nothing when it refuses, refuses what its description refuses, and shows nobody else\'s data', { timeout: 600_000 }, async () => {
    const started = performance.now();
    const table = valid();
    expect(Object.keys(table).sort()).toEqual(Object.keys(endpoints).sort());
    const forged = await new SignJWT({ sid: uuid() }).setProtectedHeader({ alg: 'HS256' }).setSubject(mallory.userId).setIssuer('macromuse').setAudience('macromuse-api').setIssuedAt().setExpirationTime('15m').sign(new TextEncoder().encode('another server key, not ours, 32 bytes or more'));
    const problems: string[] = [];
    const perRoute: Record<string, number> = {};
    for (const [name, factory] of Object.entries(table) as [EndpointName, Factory][]) {
      const attempts = await attemptsOn(name, factory, forged);
      perRoute[name] = attempts.length;
      for (const attempt of attempts) {
        const before = await fingerprint();
        const { status, text } = await send(attempt);
        const where = `${name} ${attempt.what}: ${status}`;
        if (status >= 500) problems.push(`${where} (a server error) ${text.slice(0, 200)}`);
        if (status >= 400 && (await fingerprint()) !== before) problems.push(`${where} refused, yet the database changed`);
        if (attempt.mustRefuse && status < 400) problems.push(`${where} accepted what its description refuses`);
        if (attempt.what === 'the valid request' && status >= 400) problems.push(`${where} refused its documented valid request: ${text.slice(0, 200)}`);
        // An id the request itself sent may be named in the refusal; nothing else of hers may appear.
        const asked = `${attempt.path}${attempt.query}${typeof attempt.body === 'string' ? attempt.body : ''}`;
        for (const secret of secrets()) if (text.includes(secret) && !asked.includes(secret)) problems.push(`${where} shows another person's ${secret}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`attack on every route (${engine}): ${Object.keys(perRoute).length} routes, ${sent} requests in ${seconds.toFixed(1)} s\n`);
    expect(problems).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  });
});
