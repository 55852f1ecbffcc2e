import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { FoodDetail, FoodSearchResponse } from '@macromuse/contract/foods/foods.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { ageOn } from '@macromuse/core/targets/profile';
import { ApiClient, PROFILE, uuid } from '../test-support/api-client.ts';
import { todayIn } from '../targets/targets.service.ts';
import { newFood } from '../test-support/factories.ts';
import { startTestServer, type TestServer } from '../test-support/test-server.ts';
import { TEST_ENGINES } from '../test-support/test-databases.ts';

describe.each(TEST_ENGINES)('the daily ledger over HTTP on %s', (engine) => {
  let t: TestServer;
  let user: ApiClient;
  // Per 100 g: 200 kcal, 10 g protein, 5 g fat, 25 g carbohydrate; "medium" weighs 120 g, "cup, sliced" 150 g.
  const banana = newFood({ name: 'Ledger banana, raw' });
  const oats = newFood({ name: 'Ledger oats, raw', nutrients: { '208': 380, '203': 13, '204': 7, '205': 66 }, portions: [] });
  const day = '2026-05-04';

  beforeAll(async () => {
    t = await startTestServer(engine, [banana, oats]);
    user = await ApiClient.signUp(t.server.url);
    expect((await user.put('/api/me/profile', PROFILE)).status).toBe(200);
  });
  afterAll(async () => t?.stop());

  const log = (body: Record<string, unknown>) => user.post<Entry>('/api/entries', { id: uuid(), date: day, meal: 'breakfast', foodId: t.foodIds[0], amount: 1, unit: 'medium', ...body });

  it('logs a food in its own portion, storing grams and the nutrients of that amount', async () => {
    const entry = await log({ amount: 1.5, unit: 'medium' });
    expect(entry.status).toBe(201);
    expect(entry.body.grams).toBe(180);
    expect(entry.body.nutrients['208']).toBe(360);
    expect(entry.body.nutrients['205']).toBe(45);
    const cup = await log({ amount: 1, unit: 'cup, sliced', meal: 'Lunch' });
    expect(cup.body.grams).toBe(150);
    expect(cup.body.meal).toBe('lunch');
    const ounces = await log({ amount: 2, unit: 'oz', meal: 'dinner' });
    expect(ounces.body.grams).toBeCloseTo(56.699, 3);
  });

  it('stores a replayed write once and answers it with the first result', async () => {
    // 1.3 oz = 36.854380 g: numbers that a 32-bit float would not give back exactly.
    const body = { id: uuid(), date: day, meal: 'snacks', foodId: t.foodIds[0], amount: 1.3, unit: 'oz' };
    const first = await user.post<Entry>('/api/entries', body);
    const second = await user.post<Entry>('/api/entries', body);
    expect(second.status).toBe(first.status);
    expect(second.body).toEqual(first.body);
    const list = await user.get<{ entries: Entry[] }>(`/api/entries?date=${day}`);
    expect(list.body.entries.filter((e) => e.id === body.id)).toHaveLength(1);

    const quick = { id: uuid(), date: day, meal: 'snacks', kcal: 120, protein: 3 };
    expect((await user.post('/api/entries/quick-add', quick)).body).toEqual((await user.post('/api/entries/quick-add', quick)).body);
  });

  it('shows the day: meals with subtotals, totals equal to the sum of entries, against targets', async () => {
    const response = await user.get<Day>(`/api/days/${day}`);
    expect(response.status).toBe(200);
    const d = response.body;
    expect(d.meals.map((m) => m.name)).toEqual(['breakfast', 'lunch', 'dinner', 'snacks']);
    const entries = d.meals.flatMap((m) => m.entries);
    const kcal = entries.reduce((sum, e) => sum + (e.nutrients['208'] ?? 0), 0);
    expect(d.totals['208']).toBeCloseTo(kcal, 2);
    for (const meal of d.meals) expect(meal.totals['208'] ?? 0).toBeCloseTo(meal.entries.reduce((s, e) => s + (e.nutrients['208'] ?? 0), 0), 2);
    // Targets as on that day: she was 35. BMR = 10·60 + 6.25·165 − 5·35 − 161 = 1295.25; × 1.375 = 1780.97.
    expect(d.energy.target).toBe(1781);
    expect(d.energy.remaining).toBeCloseTo(1781 - kcal, 1);
    const iron = d.nutrients.find((n) => n.number === '303');
    expect(iron?.target).toBe(18); // a woman of 35: RDA 18 mg
    expect(iron?.amount).toBe(0);
  });

  it('edits an entry with the values it was logged with, moves it, and deletes it once', async () => {
    const entry = (await log({ amount: 1, unit: 'medium' })).body;
    const bigger = await user.patch<Entry>(`/api/entries/${entry.id}`, { amount: 2 });
    expect(bigger.body.grams).toBe(240);
    expect(bigger.body.nutrients['203']).toBe(24);
    const moved = await user.patch<Entry>(`/api/entries/${entry.id}`, { date: '2026-05-05', meal: 'dinner' });
    expect([moved.body.date, moved.body.meal, moved.body.grams]).toEqual(['2026-05-05', 'dinner', 240]);
    expect((await user.delete(`/api/entries/${entry.id}`)).status).toBe(204);
    expect((await user.delete(`/api/entries/${entry.id}`)).status).toBe(204);
    expect((await user.get(`/api/entries/${entry.id}`)).status).toBe(404);
    expect((await user.get<Day>('/api/days/2026-05-05')).body.meals.flatMap((m) => m.entries)).toHaveLength(0);
  });

  it('keeps a past entry as it was logged when the catalog food changes', async () => {
    const entry = (await log({ amount: 100, unit: 'g', foodId: t.foodIds[1] })).body;
    await t.server.db.query(`UPDATE foods SET nutrients = nutrients || '{"208": 999}' WHERE id = $1`, [t.foodIds[1] ?? '']);
    const again = await user.get<Entry>(`/api/entries/${entry.id}`);
    expect(again.body.nutrients['208']).toBe(380);
    const edited = await user.patch<Entry>(`/api/entries/${entry.id}`, { amount: 50 });
    expect(edited.body.nutrients['208']).toBe(190);
  });

  it('copies a meal to another day once, however often the copy is sent', async () => {
    const from = '2026-06-01';
    await user.post('/api/entries', { id: uuid(), date: from, meal: 'breakfast', foodId: t.foodIds[0], amount: 1, unit: 'medium' });
    await user.post('/api/entries', { id: uuid(), date: from, meal: 'breakfast', foodId: t.foodIds[1], amount: 40, unit: 'g' });
    await user.post('/api/entries', { id: uuid(), date: from, meal: 'lunch', foodId: t.foodIds[1], amount: 80, unit: 'g' });
    const copy = { id: uuid(), to: '2026-06-02', meal: 'breakfast' };
    const first = await user.post<{ copied: Entry[] }>(`/api/days/${from}/copy`, copy);
    const second = await user.post<{ copied: Entry[] }>(`/api/days/${from}/copy`, copy);
    expect(first.body.copied).toHaveLength(2);
    expect(second.body.copied.map((e) => e.id)).toEqual(first.body.copied.map((e) => e.id));
    const target = (await user.get<Day>('/api/days/2026-06-02')).body;
    expect(target.meals.find((m) => m.name === 'breakfast')?.entries).toHaveLength(2);
    const whole = await user.post<{ copied: Entry[] }>(`/api/days/${from}/copy`, { id: uuid(), to: '2026-06-03', toMeal: 'dinner' });
    expect(whole.body.copied.map((e) => e.meal)).toEqual(['dinner', 'dinner', 'dinner']);
  });

  it('copies a day onto itself once when the copy is replayed, and refuses the copy id for another copy', async () => {
    const from = '2026-06-10';
    await user.post('/api/entries/quick-add', { id: uuid(), date: from, meal: 'lunch', kcal: 300 });
    await user.post('/api/entries/quick-add', { id: uuid(), date: from, meal: 'lunch', kcal: 200 });
    const copy = { id: uuid(), to: from };
    const first = await user.post<{ copied: Entry[] }>(`/api/days/${from}/copy`, copy);
    const second = await user.post<{ copied: Entry[] }>(`/api/days/${from}/copy`, copy);
    expect(second.body).toEqual(first.body);
    expect((await user.get<Day>(`/api/days/${from}`)).body.totals['208']).toBe(1000);
    expect((await user.post<ApiError>(`/api/days/${from}/copy`, { ...copy, to: '2026-06-11' })).status).toBe(409);
    expect((await user.get<Day>('/api/days/2026-06-11')).body.totals['208']).toBeUndefined();
  });

  it('refuses absurd and malformed input with a 400 naming the field, and stores nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: -5 }, 'amount'],
      [{ amount: 10, unit: 'kg' }, 'amount'],
      [{ date: '3000-01-01' }, 'date'],
      [{ date: '2026-02-30' }, 'date'],
      [{ meal: 'brunch' }, 'meal'],
      [{ unit: 'handful' }, 'unit'],
      [{ amount: '100' }, 'amount'],
      [{ foodId: "1; DROP TABLE entries" }, 'foodId'],
      [{ meal: 'x'.repeat(1000) }, 'meal'],
      [{ id: 'not-a-uuid' }, 'id'],
      [{ unit: 'g\u0000' }, 'unit'],
    ];
    const before = (await user.get<{ entries: Entry[] }>(`/api/entries?date=${day}`)).body.entries.length;
    for (const [body, field] of cases) {
      const response = await log(body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect((response.body as unknown as ApiError).fields?.map((f) => f.field), JSON.stringify(body)).toContain(field);
    }
    const quick = await user.post<ApiError>('/api/entries/quick-add', { id: uuid(), date: day, meal: 'snacks', kcal: 50000 });
    expect(quick.body.fields?.[0]?.field).toBe('kcal');
    const huge = await user.post('/api/entries', JSON.stringify({ id: uuid(), date: day, meal: 'breakfast', foodId: '1', amount: 1, unit: 'g'.repeat(1_000_000) }));
    expect(huge.status).toBe(413);
    expect((await user.get<{ entries: Entry[] }>(`/api/entries?date=${day}`)).body.entries.length).toBe(before);
    expect((await user.get<ApiError>('/api/days/2026-13-01')).status).toBe(400);
  });

  it('finds custom foods in the owner\'s search and barcode lookup only, per serving brought to per 100 g', async () => {
    const id = uuid();
    const created = await user.post<FoodDetail>('/api/foods', {
      id, name: 'Grandma\'s zucchini bread', barcode: '4006381333931', per: 'serving', servingGrams: 80, servingLabel: 'slice', nutrients: { '208': 240, '203': 4 },
    });
    expect(created.status).toBe(201);
    expect(created.body.nutrients.find((n) => n.number === '208')?.amount).toBe(300);
    const search = await user.get<FoodSearchResponse>('/api/foods/search?q=zucchini%20br');
    expect(search.body.results[0]?.id).toBe(id);
    expect(search.body.results[0]?.source).toBe('custom');
    expect((await user.get<FoodDetail>('/api/foods/barcode/4006381333931')).body.id).toBe(id);

    const other = await ApiClient.signUp(t.server.url);
    expect((await other.get<FoodSearchResponse>('/api/foods/search?q=zucchini%20br')).body.results.map((r) => r.id)).not.toContain(id);
    expect((await other.get('/api/foods/barcode/4006381333931')).status).toBe(404);
    expect((await new ApiClient(t.server.url).get('/api/foods/barcode/4006381333931')).status).toBe(404);

    const slice = await user.post<Entry>('/api/entries', { id: uuid(), date: day, meal: 'snacks', foodId: id, amount: 2, unit: 'slice' });
    expect([slice.status, slice.body.grams, slice.body.nutrients['208']]).toEqual([201, 160, 480]);
  });

  it('answers custom foods sent several times at once as one write, and one barcode to one food', async () => {
    const racer = await ApiClient.signUp(t.server.url);
    const same = { id: uuid(), name: 'Race bar', nutrients: { '208': 400 } };
    const replies = await Promise.all(Array.from({ length: 6 }, () => racer.post<FoodDetail>('/api/foods', same)));
    expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(new Set(replies.map((r) => JSON.stringify(r.body))).size).toBe(1);
    const barcode = '5000159407236';
    const rivals = await Promise.all(Array.from({ length: 6 }, (_, i) => racer.post('/api/foods', { id: uuid(), name: `Rival ${i}`, barcode, nutrients: { '208': 100 } })));
    expect(rivals.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
  });

  it('lists recent and frequent foods with how they were last logged, and favourites', async () => {
    const fresh = await ApiClient.signUp(t.server.url);
    for (const amount of [30, 40, 50]) await fresh.post('/api/entries', { id: uuid(), date: day, meal: 'breakfast', foodId: t.foodIds[1], amount, unit: 'g' });
    await fresh.post('/api/entries', { id: uuid(), date: day, meal: 'lunch', foodId: t.foodIds[0], amount: 1, unit: 'medium' });
    const recent = await fresh.get<{ foods: { food: { id: string }; lastAmount: number; timesLogged: number }[] }>('/api/foods/recent');
    expect(recent.body.foods.map((f) => f.food.id)).toEqual([t.foodIds[0], t.foodIds[1]]);
    const breakfast = await fresh.get<{ foods: { food: { id: string }; lastAmount: number; timesLogged: number }[] }>('/api/foods/frequent?meal=breakfast');
    expect(breakfast.body.foods.map((f) => [f.food.id, f.lastAmount, f.timesLogged])).toEqual([[t.foodIds[1], 50, 3]]);

    expect((await fresh.put(`/api/favourites/${t.foodIds[0]}`)).status).toBe(204);
    expect((await fresh.put(`/api/favourites/${t.foodIds[0]}`)).status).toBe(204);
    expect((await fresh.get<{ foods: { id: string }[] }>('/api/favourites')).body.foods.map((f) => f.id)).toEqual([t.foodIds[0]]);
    expect((await fresh.delete(`/api/favourites/${t.foodIds[0]}`)).status).toBe(204);
    expect((await fresh.get<{ foods: unknown[] }>('/api/favourites')).body.foods).toEqual([]);
  });

  it('logs weights (several a day) and water, shown on the day', async () => {
    const w1 = { id: uuid(), date: day, kg: 60.4, measuredAt: `${day}T07:00:00+02:00` };
    expect((await user.post('/api/weights', w1)).status).toBe(201);
    expect((await user.post('/api/weights', w1)).status).toBe(201);
    await user.post('/api/weights', { id: uuid(), date: day, kg: 60.9, measuredAt: `${day}T21:00:00+02:00` });
    const glass = { id: uuid(), date: day, ml: 250 };
    await user.post('/api/water', glass);
    await user.post('/api/water', glass);
    await user.post('/api/water', { id: uuid(), date: day, ml: 500 });
    const d = (await user.get<Day>(`/api/days/${day}`)).body;
    expect(d.weights.map((w) => w.kg)).toEqual([60.4, 60.9]);
    expect(d.water.totalMl).toBe(750);
    expect((await user.get<{ weights: unknown[] }>(`/api/weights?from=${day}&to=${day}`)).body.weights).toHaveLength(2);
    for (const bad of [{ kg: 4000 }, { measuredAt: '0000-01-01T00:00:00Z' }, { measuredAt: '2024-01-01T00:00:00+23:59' }, { measuredAt: '9999-12-31T23:59:59-14:00' }]) {
      const refused = await user.post<ApiError>('/api/weights', { id: uuid(), date: day, kg: 70, ...bad });
      expect(refused.status, JSON.stringify(bad)).toBe(400);
    }
  });

  it('computes targets from the profile and takes targets set by hand', async () => {
    const targets = (await user.get<Targets>('/api/me/targets')).body;
    // Woman, 165 cm, 60 kg, light activity, maintain: BMR = 10·60 + 6.25·165 − 5·age − 161; TDEE = BMR × 1.375.
    const age = ageOn(PROFILE.birthDate, todayIn(PROFILE.timeZone));
    expect(targets.ageYears).toBe(age);
    expect(targets.energy.bmr).toBe(Math.round(1470.25 - 5 * age));
    expect(targets.macros.kcal).toBe(Math.round((1470.25 - 5 * age) * 1.375));
    const set = await user.put<Targets>('/api/me/targets', { manual: { kcal: 1900 }, protein: { kind: 'per-kg', gPerKg: 2 } });
    expect(set.body.macros.kcal).toBe(1900);
    expect(set.body.macros.proteinG).toBe(120);
    expect(set.body.macros.manual['kcal']).toBe(true);
    const low = await user.put<Targets>('/api/me/targets', { manual: { kcal: 900 } });
    expect(low.body.macros.kcal).toBe(1200);
    expect((await user.put<Targets>('/api/me/targets', { manual: { kcal: 900 }, allowBelowFloor: true })).body.macros.kcal).toBe(900);
    expect((await user.put<ApiError>('/api/me/targets', { micronutrients: { '999': 5 } })).status).toBe(400);
    await user.put('/api/me/targets', {});
  });
});
