import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import { openDb, type Db } from '../db/client.ts';
import { ApiClient, PROFILE, uuid } from '../test-support/api-client.ts';
import { newEmail, newFood, PASSWORD } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { TEST_ENGINES } from '../test-support/test-databases.ts';

describe.each(TEST_ENGINES)('accounts over HTTP on %s', (engine) => {
  let t: TestServer;
  let base: string;
  const food = newFood({ name: 'Account test oats, raw' });

  beforeAll(async () => {
    t = await startTestServer(engine, [food], (c) => ({ ...c, rateLimits: { ...c.rateLimits, signInPerIpPer15Min: 1000, signUpPerIpPerHour: 1000 } }));
    base = t.server.url;
  });
  afterAll(async () => t?.stop());

  it('signs up, signs in and answers the signed-in account; refuses requests without a valid token', async () => {
    const email = newEmail();
    const user = await ApiClient.signUp(base, email);
    const me = await user.get<{ id: string; email: string }>('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.email).toBe(email);

    const signIn = await new ApiClient(base).post<AuthTokens>('/api/auth/signin', { email: email.toUpperCase(), password: PASSWORD });
    expect(signIn.status).toBe(200);
    expect(signIn.body.user.id).toBe(me.body.id);

    expect((await new ApiClient(base).get('/api/me')).status).toBe(401);
    const forged = new ApiClient(base, { ...user.session, accessToken: `${user.session.accessToken.slice(0, -4)}AAAA` });
    expect((await forged.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(base).request('GET', '/api/me', undefined, { authorization: 'Basic abc' })).status).toBe(401);
  });

  it('refuses short passwords, taken emails and wrong passwords with clear messages', async () => {
    const short = await new ApiClient(base).post<ApiError>('/api/auth/signup', { email: newEmail(), password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.fields?.[0]).toEqual({ field: 'password', problem: 'must be at least 10 characters' });

    const email = newEmail();
    await ApiClient.signUp(base, email);
    const again = await new ApiClient(base).post<ApiError>('/api/auth/signup', { email, password: PASSWORD });
    expect(again.status).toBe(409);

    const wrong = await new ApiClient(base).post<ApiError>('/api/auth/signin', { email, password: 'not the password' });
    expect(wrong.status).toBe(401);
    const nobody = await new ApiClient(base).post<ApiError>('/api/auth/signin', { email: newEmail(), password: PASSWORD });
    expect(nobody.status).toBe(401);
    expect(nobody.body.message).toBe(wrong.body.message);
  });

  it('stores passwords as argon2id hashes, never as given', async () => {
    const email = newEmail();
    await ApiClient.signUp(base, email);
    const db = await openTestDb();
    try {
      const [row] = await db.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE email = $1', [email]);
      expect(row?.password_hash).toMatch(/^\$argon2id\$/);
      expect(row?.password_hash).not.toContain(PASSWORD);
    } finally {
      await db.close();
    }
  });

  it('rotates refresh tokens, and a reused one ends the whole session', async () => {
    const user = await ApiClient.signUp(base);
    const first = user.session;
    const second = await new ApiClient(base).post<AuthTokens>('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect((await new ApiClient(base, second.body).get('/api/me')).status).toBe(200);

    // The first token again, a minute later: someone copied it. The session closes, for the thief and the owner alike.
    const db = await openTestDb();
    try {
      await db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE user_id = $1 AND used_at IS NOT NULL`, [user.userId]);
    } finally {
      await db.close();
    }
    const reuse = await new ApiClient(base).post<ApiError>('/api/auth/refresh', { refreshToken: first.refreshToken });
    expect(reuse.status).toBe(401);
    expect(reuse.body.message).toMatch(/already used/);
    expect((await new ApiClient(base).post('/api/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    expect((await new ApiClient(base, second.body).get('/api/me')).status).toBe(401);
  });

  it('gives two refreshes sent at once (a retry, a second tab) a pair each instead of ending the session', async () => {
    const user = await ApiClient.signUp(base);
    const refresh = () => new ApiClient(base).post<AuthTokens>('/api/auth/refresh', { refreshToken: user.session.refreshToken });
    const [a, b] = await Promise.all([refresh(), refresh()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.refreshToken).not.toBe(b.body.refreshToken);
    expect((await new ApiClient(base, a.body).get('/api/me')).status).toBe(200);
    expect((await new ApiClient(base, b.body).get('/api/me')).status).toBe(200);
  });

  it('signs out one session or every session; the access token stops working at once', async () => {
    const email = newEmail();
    const phone = await ApiClient.signUp(base, email);
    const laptopTokens = (await new ApiClient(base).post<AuthTokens>('/api/auth/signin', { email, password: PASSWORD })).body;
    const laptop = new ApiClient(base, laptopTokens);

    expect((await phone.post('/api/auth/signout')).status).toBe(204);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(base).post('/api/auth/refresh', { refreshToken: phone.session.refreshToken })).status).toBe(401);
    expect((await laptop.get('/api/me')).status).toBe(200);

    const tablet = new ApiClient(base, (await new ApiClient(base).post<AuthTokens>('/api/auth/signin', { email, password: PASSWORD })).body);
    expect((await tablet.post('/api/auth/signout', { everywhere: true })).status).toBe(204);
    expect((await laptop.get('/api/me')).status).toBe(401);
  });

  it('ends a session after 7 days without use', async () => {
    const user = await ApiClient.signUp(base);
    const db = await openTestDb();
    try {
      await db.query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.userId]);
    } finally {
      await db.close();
    }
    const refresh = await new ApiClient(base).post<ApiError>('/api/auth/refresh', { refreshToken: user.session.refreshToken });
    expect(refresh.status).toBe(401);
    expect(refresh.body.message).toMatch(/7 days/);
    expect((await user.get('/api/me')).status).toBe(401);
  });

  it('exports everything the account owns as JSON and as a zip of CSV files', async () => {
    const user = await ApiClient.signUp(base);
    await user.put('/api/me/profile', PROFILE);
    const entryId = uuid();
    expect((await user.post('/api/entries', { id: entryId, date: '2026-03-01', meal: 'lunch', foodId: t.foodIds[0], amount: 50, unit: 'g' })).status).toBe(201);
    await user.post('/api/weights', { id: uuid(), date: '2026-03-01', kg: 61.2 });

    const json = await user.get<{ account: { email: string }[]; entries: { id: string; nutrients: Record<string, number> }[]; weights: { kg: number }[]; profile: unknown[] }>('/api/me/export');
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toMatch(/attachment/);
    expect(json.body.account[0]?.email).toBe(user.session.user.email);
    expect(json.body.entries.map((e) => e.id)).toEqual([entryId]);
    expect(json.body.entries[0]?.nutrients['208']).toBe(100);
    expect(json.body.weights.map((w) => w.kg)).toEqual([61.2]);
    expect(json.body.profile).toHaveLength(1);

    const zip = await fetch(`${base}/api/me/export?format=zip`, { headers: { authorization: `Bearer ${user.session.accessToken}` } });
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(
      ['account', 'copies', 'custom_foods', 'entries', 'favourite_foods', 'profile', 'sessions', 'target_settings', 'water', 'weights'].map((f) => `${f}.csv`),
    );
    const entriesCsv = strFromU8(files['entries.csv'] ?? new Uint8Array()).trim().split('\n');
    expect(entriesCsv).toHaveLength(2);
    expect(entriesCsv[1]).toContain(entryId);
  });

  it('erases the account and every row it owns, and nothing of anyone else', async () => {
    const keeper = await ApiClient.signUp(base);
    const leaver = await ApiClient.signUp(base);
    for (const user of [keeper, leaver]) {
      await user.put('/api/me/profile', PROFILE);
      await user.put('/api/me/targets', { fatPct: 35 });
      await user.post('/api/entries', { id: uuid(), date: '2026-03-02', meal: 'dinner', foodId: t.foodIds[0], amount: 80, unit: 'g' });
      await user.post('/api/entries/quick-add', { id: uuid(), date: '2026-03-02', meal: 'snacks', kcal: 150 });
      await user.post('/api/days/2026-03-02/copy', { id: uuid(), to: '2026-03-03', meal: 'snacks' });
      await user.post('/api/foods', { id: uuid(), name: 'My granola', nutrients: { '208': 450 } });
      await user.put(`/api/favourites/${t.foodIds[0]}`);
      await user.post('/api/weights', { id: uuid(), date: '2026-03-02', kg: 70 });
      await user.post('/api/water', { id: uuid(), date: '2026-03-02', ml: 250 });
    }
    const before = await countOwnedRows();
    // users, auth_sessions, refresh_tokens, profiles, target_settings, custom_foods, 3 entries (one a copy), copy_operations,
    // favourite_foods, weights, water.
    expect(before.get(leaver.userId)).toBe(13);

    const wrong = await leaver.delete<ApiError>('/api/me', { password: 'not my password' });
    expect(wrong.status).toBe(403);
    expect((await countOwnedRows()).get(leaver.userId)).toBe(before.get(leaver.userId));

    expect((await leaver.delete('/api/me', { password: PASSWORD })).status).toBe(204);
    const after = await countOwnedRows();
    expect(after.get(leaver.userId) ?? 0).toBe(0);
    expect(after.get(keeper.userId)).toBe(before.get(keeper.userId));
    expect((await leaver.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(base).post('/api/auth/signin', { email: leaver.session.user.email, password: PASSWORD })).status).toBe(401);
  });

  it('limits sign-in attempts per account after repeated failures, answering 429 with Retry-After', async () => {
    const email = newEmail();
    await ApiClient.signUp(base, email);
    const anon = new ApiClient(base);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await anon.post('/api/auth/signin', { email, password: `wrong ${i}` })).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    const locked = await anon.post<ApiError>('/api/auth/signin', { email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  async function openTestDb(): Promise<Db> {
    // PGlite has one process: reach its database through the running server's own handle.
    if (engine === 'pglite') return { ...t.server.db, close: async () => undefined };
    return openDb(t.database.config);
  }

  /** Rows each user owns, counted over every user-owned table as the tables' owner (no RLS). */
  async function countOwnedRows(): Promise<Map<string, number>> {
    const db = await openTestDb();
    try {
      const rows = await db.query<{ user_id: string; n: number }>(
        `SELECT user_id, count(*)::int AS n FROM (
           SELECT id AS user_id FROM users
           UNION ALL SELECT user_id FROM auth_sessions UNION ALL SELECT user_id FROM refresh_tokens
           UNION ALL SELECT user_id FROM profiles UNION ALL SELECT user_id FROM target_settings
           UNION ALL SELECT user_id FROM custom_foods UNION ALL SELECT user_id FROM entries UNION ALL SELECT user_id FROM copy_operations
           UNION ALL SELECT user_id FROM favourite_foods UNION ALL SELECT user_id FROM weights
           UNION ALL SELECT user_id FROM water) owned GROUP BY user_id`,
      );
      return new Map(rows.map((r) => [r.user_id, r.n]));
    } finally {
      await db.close();
    }
  }
});
