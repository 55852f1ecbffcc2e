import { compileErrors, validate } from '@readme/openapi-parser';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import { fillPath, openApiPath } from '@macromuse/contract/endpoint';
import { endpoints } from '@macromuse/contract/endpoints';
import { ApiClient, PROFILE } from '../test-support/api-client.ts';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';

interface OpenApiDoc {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>;
}

/** The API as a whole: described by OpenAPI, guarded by headers and limits. On PGlite; the limits also on Redis when TEST_REDIS_URL is set. */
describe('the API surface', () => {
  let t: TestServer;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    t = await startTestServer('pglite', [newFood()], (c) => ({ ...c, trustProxy: true, rateLimits: { ...c.rateLimits, userRequestsPerHour: 25, anonymousPerIpPerHour: 5 } }));
    doc = (await new ApiClient(t.server.url).get<OpenApiDoc>('/api/openapi.json')).body;
  });
  afterAll(async () => t?.stop());

  it('describes every route in a valid OpenAPI 3.1 document', async () => {
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    const routes = t.server.app.printRoutes({ commonPrefix: false });
    for (const needed of [
      'POST /api/auth/signup', 'POST /api/auth/signin', 'POST /api/auth/refresh', 'POST /api/auth/signout',
      'GET /api/me/profile', 'PUT /api/me/profile', 'GET /api/me/targets', 'PUT /api/me/targets',
      'POST /api/entries', 'GET /api/entries/{id}', 'PATCH /api/entries/{id}', 'DELETE /api/entries/{id}',
      'GET /api/days/{date}', 'POST /api/days/{date}/copy', 'POST /api/foods', 'GET /api/foods/search',
      'POST /api/weights', 'POST /api/water', 'GET /api/me/export', 'DELETE /api/me',
    ]) {
      expect(described).toContain(needed);
    }
    expect(routes).toContain('openapi.json');
    // Signed-in routes say so, and answer 401 without a token.
    expect(doc.paths['/api/entries']?.['post']?.security).toEqual([{ bearer: [] }]);
    expect((await new ApiClient(t.server.url).post('/api/entries', {})).status).toBe(401);
  });

  it('serves and describes every endpoint of the table, and refuses the signed-in ones without a token', async () => {
    for (const [name, e] of Object.entries(endpoints)) {
      const operation = doc.paths[openApiPath(e.path)]?.[e.method.toLowerCase()];
      expect(operation, `${name}: ${e.method} ${e.path} is described`).toBeDefined();
      expect(operation?.responses[String(e.status)], `${name} documents its ${e.status}`).toBeDefined();
      expect(operation?.security !== undefined, `${name} says whether it needs a token`).toBe(e.access !== 'public');
      const placeholders = Object.fromEntries([...e.path.matchAll(/:([A-Za-z]+)/g)].map((m) => [m[1], 'x']));
      const answer = await new ApiClient(t.server.url).request(e.method, fillPath(e.path, placeholders));
      if (e.access === 'user') expect(answer.status, `${name} without a token`).toBe(401);
      else expect(answer.status, `${name} is served`).not.toBe(404);
    }
  });

  it('sends security headers, a Content-Security-Policy among them', async () => {
    const response = await fetch(`${t.server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toContain('max-age');
  });

  it('limits each user\'s requests per hour, answering 429 with Retry-After, and counts users apart', async () => {
    const busy = await ApiClient.signUp(t.server.url);
    const calm = await ApiClient.signUp(t.server.url);
    await busy.put('/api/me/profile', PROFILE);
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await busy.get('/api/me')).status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(24);
    const limited = await busy.get<ApiError>('/api/me');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect((await calm.get('/api/me')).status).toBe(200);
  });

  it('limits food searches without an account per address (the client\'s, behind a trusted proxy)', async () => {
    const from = (ip: string) => fetch(`${t.server.url}/api/foods/search?q=test`, { headers: { 'x-forwarded-for': ip } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await from('203.0.113.7')).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429]);
    expect((await from('203.0.113.8')).status).toBe(200);
    const signedIn = await ApiClient.signUp(t.server.url);
    const search = await fetch(`${t.server.url}/api/foods/search?q=test`, { headers: { 'x-forwarded-for': '203.0.113.7', authorization: `Bearer ${signedIn.session.accessToken}` } });
    expect(search.status).toBe(200);
  });
});

const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

describe.runIf(TEST_REDIS_URL)('rate limits shared through Redis', () => {
  let first: TestServer;
  let second: TestServer;

  beforeAll(async () => {
    const redis = new Redis(TEST_REDIS_URL ?? '');
    const keys = await redis.keys('macromuse:*');
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    const tune = (c: TestServer['config']) => ({ ...c, rateLimits: { ...c.rateLimits, redisUrl: TEST_REDIS_URL, signInPerIpPer15Min: 6 } });
    first = await startTestServer('pglite', [newFood()], tune);
    second = await startTestServer('pglite', [newFood()], tune);
  });
  afterAll(async () => {
    await first?.stop();
    await second?.stop();
  });

  it('counts sign-in attempts from one address across two server instances', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const server = i % 2 === 0 ? first : second;
      statuses.push((await new ApiClient(server.server.url).post('/api/auth/signin', { email: 'nobody@example.com', password: 'wrong password' })).status);
    }
    // 6 attempts allowed in all, whichever instance answers: the 7th and 8th are refused.
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
  });
});
