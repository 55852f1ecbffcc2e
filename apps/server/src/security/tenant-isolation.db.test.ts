import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpoints, type EndpointName } from '@macromuse/contract/endpoints';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { openDb, type Db } from '../db/client.ts';
import { asUser } from '../db/user-scope.ts';
import { ApiClient, PROFILE, uuid, type EndpointRequest } from '../test-support/api-client.ts';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { TEST_ENGINES } from '../test-support/test-databases.ts';

/**
 * Nobody ever sees or changes another person's data: user B tries every endpoint with user A's
 * ids, and queries that forget to say whose rows they want still see only the caller's.
 */
describe.each(TEST_ENGINES)('tenant isolation on %s', (engine) => {
  let t: TestServer;
  let alice: ApiClient;
  let bob: ApiClient;
  const date = '2026-04-01';
  const ids = { entry: uuid(), quick: uuid(), food: uuid(), weight: uuid(), water: uuid() };
  const aliceEmail = `alice-${uuid()}@example.com`;

  /** Everything Alice owns, as she sees it. */
  const aliceSnapshot = async () => {
    const exported = (await alice.get<Record<string, unknown>>('/api/me/export')).body;
    return { ...exported, exportedAt: null };
  };

  beforeAll(async () => {
    t = await startTestServer(engine, [newFood({ name: 'Isolation rice, raw' })]);
    alice = await ApiClient.signUp(t.server.url, aliceEmail);
    bob = await ApiClient.signUp(t.server.url);
    const foodId = t.foodIds[0];
    await alice.put('/api/me/profile', { ...PROFILE, meals: ['breakfast', 'lunch', 'dinner', 'snacks', 'second breakfast'] });
    await alice.put('/api/me/targets', { fatPct: 25 });
    await bob.put('/api/me/profile', PROFILE);
    expect((await alice.post('/api/foods', { id: ids.food, name: 'Alice secret muesli', barcode: '4006381333931', nutrients: { '208': 390 } })).status).toBe(201);
    expect((await alice.post('/api/entries', { id: ids.entry, date, meal: 'breakfast', foodId: ids.food, amount: 60, unit: 'g' })).status).toBe(201);
    expect((await alice.post('/api/entries/quick-add', { id: ids.quick, date, meal: 'lunch', kcal: 640 })).status).toBe(201);
    await alice.post('/api/entries', { id: uuid(), date, meal: 'dinner', foodId, amount: 200, unit: 'g' });
    await alice.put(`/api/favourites/${ids.food}`);
    await alice.post('/api/weights', { id: ids.weight, date, kg: 58.2 });
    await alice.post('/api/water', { id: ids.water, date, ml: 330 });
  });
  afterAll(async () => t?.stop());

  it('answers 404 to every read, change, delete and copy of another user\'s rows, and changes nothing', async () => {
    const before = await aliceSnapshot();
    const attempts: [string, Promise<{ status: number }>][] = [
      ['read entry', bob.get(`/api/entries/${ids.entry}`)],
      ['edit entry', bob.patch(`/api/entries/${ids.entry}`, { amount: 999 })],
      ['move entry', bob.patch(`/api/entries/${ids.quick}`, { date: '2026-04-02' })],
      ['delete entry', bob.delete(`/api/entries/${ids.entry}`)],
      ['read custom food', bob.get(`/api/foods/${ids.food}`)],
      ['replace custom food', bob.put(`/api/foods/${ids.food}`, { name: 'pwned', nutrients: { '208': 1 } })],
      ['delete custom food', bob.delete(`/api/foods/${ids.food}`)],
      ['barcode of custom food', bob.get('/api/foods/barcode/4006381333931')],
      ['log custom food', bob.post('/api/entries', { id: uuid(), date, meal: 'breakfast', foodId: ids.food, amount: 10, unit: 'g' })],
      ['favourite custom food', bob.put(`/api/favourites/${ids.food}`)],
      ['delete weight', bob.delete(`/api/weights/${ids.weight}`)],
      ['delete water', bob.delete(`/api/water/${ids.water}`)],
      ['copy day', bob.post(`/api/days/${date}/copy`, { id: uuid(), to: '2026-04-09' })],
      ['copy meal', bob.post(`/api/days/${date}/copy`, { id: uuid(), to: '2026-04-09', meal: 'breakfast' })],
    ];
    for (const [what, attempt] of attempts) expect((await attempt).status, what).toBe(404);

    // Replaying Alice's ids as Bob's own writes is refused, not merged.
    const replays: [string, Promise<{ status: number }>][] = [
      ['entry', bob.post('/api/entries', { id: ids.entry, date, meal: 'breakfast', foodId: t.foodIds[0], amount: 10, unit: 'g' })],
      ['quick add', bob.post('/api/entries/quick-add', { id: ids.quick, date, meal: 'lunch', kcal: 1 })],
      ['custom food', bob.post('/api/foods', { id: ids.food, name: 'mine now', nutrients: { '208': 1 } })],
      ['weight', bob.post('/api/weights', { id: ids.weight, date, kg: 99 })],
      ['water', bob.post('/api/water', { id: ids.water, date, ml: 1 })],
    ];
    for (const [what, attempt] of replays) expect((await attempt).status, what).toBe(409);

    // What Bob can list shows nothing of Alice's.
    const day = (await bob.get<{ meals: { entries: Entry[] }[]; water: { totalMl: number }; weights: unknown[] }>(`/api/days/${date}`)).body;
    expect(day.meals.flatMap((m) => m.entries)).toEqual([]);
    expect([day.water.totalMl, day.weights.length]).toEqual([0, 0]);
    const bobExport = JSON.stringify((await bob.get('/api/me/export')).body);
    for (const id of Object.values(ids)) expect(bobExport).not.toContain(id);
    expect(bobExport).not.toContain('Alice secret muesli');
    expect(JSON.stringify((await bob.get('/api/foods/search?q=secret%20muesli')).body)).not.toContain(ids.food);
    expect((await bob.get<{ foods: unknown[] }>('/api/foods/recent')).body.foods).toEqual([]);
    expect((await bob.get<{ foods: unknown[] }>('/api/favourites')).body.foods).toEqual([]);

    expect(await aliceSnapshot()).toEqual(before);
  });

  it('lets a query with no WHERE on the user see and change only the caller\'s rows', async () => {
    const db = await openEngineDb();
    try {
      const tables = ['users', 'auth_sessions', 'refresh_tokens', 'profiles', 'target_settings', 'custom_foods', 'entries', 'copy_operations', 'favourite_foods', 'weights', 'water'];
      for (const table of tables) {
        const owner = table === 'users' ? 'id' : 'user_id';
        const seen = await asUser(db, bob.userId, (tx) => tx.query<{ owner: string }>(`SELECT ${owner}::text AS owner FROM ${table}`));
        expect(seen.every((r) => r.owner === bob.userId), table).toBe(true);
      }
      // A careless bulk change as Bob: it reaches only Bob's rows.
      await bob.post('/api/entries/quick-add', { id: uuid(), date, meal: 'snacks', kcal: 10 });
      const changed = await asUser(db, bob.userId, (tx) => tx.query<{ id: string }>(`UPDATE entries SET meal = 'hacked' RETURNING id`));
      expect(changed).toHaveLength(1);
      const deleted = await asUser(db, bob.userId, (tx) => tx.query<{ id: string }>('DELETE FROM weights RETURNING id'));
      expect(deleted).toEqual([]);
      // Writing a row for someone else is refused by the database itself.
      await expect(
        asUser(db, bob.userId, (tx) =>
          tx.query(`INSERT INTO water (id, user_id, date, ml) VALUES ($1, $2, $3, 100)`, [uuid(), alice.userId, date]),
        ),
      ).rejects.toThrow(/row-level security/);
      // Outside a user's request, the role sees nothing at all.
      const anonymous = await db.transaction(async (tx) => {
        await tx.query(`SELECT set_config('role', 'macromuse_user', true)`);
        return tx.query('SELECT id FROM entries');
      });
      expect(anonymous).toEqual([]);
      const alicesDay = await alice.get<{ meals: { name: string; entries: Entry[] }[] }>(`/api/days/${date}`);
      expect(alicesDay.body.meals.flatMap((m) => m.entries.map((e) => e.meal))).not.toContain('hacked');
    } finally {
      await db.close();
    }
  });

  /**
   * How each endpoint of the table is kept from another person's data. The map must name every
   * endpoint (the type says so, and the test below checks it), so a new route cannot land
   * without its isolation being said and tried here.
   */
  type Probe =
    /** Bob sends Alice's ids: refused as if they did not exist (404), or as taken (409), and Alice's data is unchanged. */
    | { readonly kind: 'foreign ids'; readonly status: 404 | 409; readonly requests: readonly EndpointRequest[] }
    /** Bob reads his own: nothing of Alice's is in the answer. */
    | { readonly kind: 'own only'; readonly request: EndpointRequest }
    /** No person's data behind it (the catalog, the API's description), or it acts on the caller's own session alone. */
    | { readonly kind: 'none to reach'; readonly why: string };
  const probes = (): Record<EndpointName, Probe> => ({
    health: { kind: 'none to reach', why: 'counts of the catalog' },
    openApi: { kind: 'none to reach', why: 'the description of the API' },
    signUp: { kind: 'foreign ids', status: 409, requests: [{ body: { email: aliceEmail, password: 'another password 1' } }] },
    signIn: { kind: 'none to reach', why: 'answers only who knows the password (and the same to an unknown email)' },
    refresh: { kind: 'none to reach', why: 'answers only who holds the refresh token' },
    signOut: { kind: 'none to reach', why: 'ends the caller\'s own sessions (their session id comes from their token)' },
    me: { kind: 'own only', request: {} },
    deleteAccount: { kind: 'none to reach', why: 'erases the caller\'s own account, confirmed by their password' },
    exportAccount: { kind: 'own only', request: {} },
    profile: { kind: 'own only', request: {} },
    saveProfile: { kind: 'none to reach', why: 'writes the caller\'s own profile (no id is sent)' },
    targets: { kind: 'own only', request: {} },
    saveTargets: { kind: 'none to reach', why: 'writes the caller\'s own settings (no id is sent)' },
    searchFoods: { kind: 'own only', request: { query: { q: 'secret muesli' } } },
    barcode: { kind: 'foreign ids', status: 404, requests: [{ params: { code: '4006381333931' } }] },
    food: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.food } }] },
    createCustomFood: { kind: 'foreign ids', status: 409, requests: [{ body: { id: ids.food, name: 'mine now', nutrients: { '208': 1 } } }] },
    customFoods: { kind: 'own only', request: {} },
    updateCustomFood: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.food }, body: { name: 'pwned', nutrients: { '208': 1 } } }] },
    deleteCustomFood: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.food } }] },
    recentFoods: { kind: 'own only', request: {} },
    frequentFoods: { kind: 'own only', request: {} },
    favourites: { kind: 'own only', request: {} },
    addFavourite: { kind: 'foreign ids', status: 404, requests: [{ params: { foodId: ids.food } }] },
    removeFavourite: { kind: 'none to reach', why: 'removes from the caller\'s own favourites (Alice\'s stays: checked by the snapshot)' },
    logEntry: {
      kind: 'foreign ids',
      status: 404,
      requests: [{ body: { id: uuid(), date, meal: 'breakfast', foodId: ids.food, amount: 10, unit: 'g' } }],
    },
    quickAdd: { kind: 'foreign ids', status: 409, requests: [{ body: { id: ids.quick, date, meal: 'lunch', kcal: 1 } }] },
    entries: { kind: 'own only', request: { query: { date } } },
    entry: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.entry } }, { params: { id: ids.quick } }] },
    editEntry: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.entry }, body: { amount: 999 } }, { params: { id: ids.quick }, body: { date: '2026-04-02' } }] },
    deleteEntry: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.entry } }] },
    day: { kind: 'own only', request: { params: { date } } },
    copyDay: { kind: 'foreign ids', status: 404, requests: [{ params: { date }, body: { id: uuid(), to: '2026-04-09', meal: 'breakfast' } }] },
    logWeight: { kind: 'foreign ids', status: 409, requests: [{ body: { id: ids.weight, date, kg: 99 } }] },
    weights: { kind: 'own only', request: { query: { from: date, to: date } } },
    deleteWeight: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.weight } }] },
    logWater: { kind: 'foreign ids', status: 409, requests: [{ body: { id: ids.water, date, ml: 1 } }] },
    water: { kind: 'own only', request: { query: { from: date, to: date } } },
    deleteWater: { kind: 'foreign ids', status: 404, requests: [{ params: { id: ids.water } }] },
  });

  it('keeps every endpoint of the table from another person\'s data, each tried as its probe says', async () => {
    const table = probes();
    expect(Object.keys(table).sort()).toEqual(Object.keys(endpoints).sort());
    const before = await aliceSnapshot();
    const secrets = [...Object.values(ids), 'Alice secret muesli', aliceEmail];
    for (const [name, probe] of Object.entries(table) as [EndpointName, Probe][]) {
      if (probe.kind === 'foreign ids') {
        for (const request of probe.requests) expect((await bob.call(name, request)).status, name).toBe(probe.status);
      } else if (probe.kind === 'own only') {
        const answer = await bob.call(name, probe.request);
        expect(answer.status, name).toBeLessThan(300);
        const text = JSON.stringify(answer.body);
        for (const secret of secrets) expect(text, `${name} shows ${secret}`).not.toContain(secret);
      }
    }
    expect(await aliceSnapshot()).toEqual(before);
  });

  async function openEngineDb(): Promise<Db> {
    // PGlite is one process's database: use the running server's handle.
    if (engine === 'pglite') return { ...t.server.db, close: async () => undefined };
    return openDb(t.database.config);
  }
});
