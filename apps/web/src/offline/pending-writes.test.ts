import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { emptyDay, viewDay, type PendingWrite, type WriteAction } from './pending-writes.ts';

const entry = (id: string, meal: string, kcal: number, date = '2026-03-01'): Entry => ({
  id,
  date,
  meal,
  kind: 'food',
  foodId: '1',
  name: `Food ${id}`,
  brand: null,
  amount: 1,
  unit: 'serving',
  grams: 100,
  nutrients: { '208': kcal, '205': kcal / 10 },
  createdAt: '2026-03-01T08:00:00Z',
  updatedAt: '2026-03-01T08:00:00Z',
});

function dayWith(entries: Entry[]): Day {
  const base = emptyDay('2026-03-01', ['breakfast', 'lunch']);
  const meals = base.meals.map((m) => {
    const own = entries.filter((e) => e.meal === m.name);
    const kcal = own.reduce((s, e) => s + (e.nutrients['208'] ?? 0), 0);
    return { ...m, entries: own, totals: own.length ? { '208': kcal, '205': kcal / 10 } : {} };
  });
  const kcal = entries.reduce((s, e) => s + (e.nutrients['208'] ?? 0), 0);
  return {
    ...base,
    meals,
    totals: { '208': kcal, '205': kcal / 10 },
    nutrients: [
      { number: '208', name: 'Energy', unit: 'kcal', amount: kcal, target: 2000, upperLimit: null, remaining: 2000 - kcal },
      { number: '205', name: 'Carbohydrate', unit: 'g', amount: kcal / 10, target: 250, upperLimit: null, remaining: 250 - kcal / 10 },
    ],
    energy: { kcal, target: 2000, remaining: 2000 - kcal },
  };
}

let n = 0;
const write = (action: WriteAction, dates = ['2026-03-01']): PendingWrite => ({ key: `w${n++}`, action, dates, label: 'x', madeAt: 0, notBefore: 0, version: 1 });
const log = (e: Entry): WriteAction => ({ kind: 'log', entry: { id: e.id, date: e.date, meal: e.meal, foodId: '1', amount: 1, unit: 'serving' }, preview: e });

describe('the day shown while writes wait to sync', () => {
  const served = dayWith([entry('a', 'breakfast', 300)]);

  it('is the server day itself when nothing waits for it', () => {
    expect(viewDay(served, [])).toBe(served);
    expect(viewDay(served, [write(log(entry('z', 'lunch', 50, '2026-03-02')), ['2026-03-02'])])).toBe(served);
  });

  it('shows a food logged offline in its meal, and every total and what remains rises by it', () => {
    const day = viewDay(served, [write(log(entry('b', 'breakfast', 105)))]);
    expect(day.meals[0]?.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect(day.meals[0]?.totals['208']).toBe(405);
    expect(day.totals['208']).toBe(405);
    expect(day.energy).toEqual({ kcal: 405, target: 2000, remaining: 1595 });
    expect(day.nutrients.find((x) => x.number === '205')).toMatchObject({ amount: 40.5, remaining: 209.5 });
  });

  it('shows an entry once when the server already has it (its answer came back before the outbox cleared)', () => {
    const day = viewDay(served, [write(log(entry('a', 'breakfast', 300)))]);
    expect(day.meals[0]?.entries).toHaveLength(1);
    expect(day.energy.kcal).toBe(300);
  });

  it('applies writes in the order they were made: a later edit wins, a deletion removes', () => {
    const edited = { ...entry('a', 'lunch', 600) };
    const day = viewDay(served, [write({ kind: 'edit', entryId: 'a', patch: { meal: 'lunch', amount: 2 }, preview: edited }), write(log(entry('c', 'lunch', 100))), write({ kind: 'delete', entryId: 'c' })]);
    expect(day.meals[0]?.entries).toEqual([]);
    expect(day.meals[1]?.entries.map((e) => e.id)).toEqual(['a']);
    expect(day.energy.kcal).toBe(600);
  });

  it('moves an entry to another day: gone from this one', () => {
    const moved = entry('a', 'breakfast', 300, '2026-03-02');
    const day = viewDay(served, [write({ kind: 'edit', entryId: 'a', patch: { date: '2026-03-02' }, preview: moved }, ['2026-03-01', '2026-03-02'])]);
    expect(day.meals.flatMap((m) => m.entries)).toEqual([]);
    expect(day.energy.remaining).toBe(2000);
  });

  it('adds a meal the day does not list, and counts water and weights', () => {
    const day = viewDay(served, [
      write(log(entry('d', 'supper', 80))),
      write({ kind: 'water', water: { id: '00000000-0000-4000-8000-000000000001', date: '2026-03-01', ml: 250 } }),
      write({ kind: 'water', water: { id: '00000000-0000-4000-8000-000000000002', date: '2026-03-01', ml: 500 } }),
      write({ kind: 'delete-water', id: '00000000-0000-4000-8000-000000000001' }),
      write({ kind: 'weight', weight: { id: '00000000-0000-4000-8000-000000000003', date: '2026-03-01', kg: 71.5 } }),
    ]);
    expect(day.meals.map((m) => m.name)).toEqual(['breakfast', 'lunch', 'supper']);
    expect(day.water.totalMl).toBe(500);
    expect(day.weights.map((w) => w.kg)).toEqual([71.5]);
  });
});

describe('the entries a copy will make', () => {
  it('have the ids the server gives the copies, so they can be changed before they sync', async () => {
    const { copyPreviews } = await import('./entry-previews.ts');
    const { v5 } = await import('uuid');
    const source = dayWith([entry('6f1c2a4e-9d7b-4c3a-8e2f-1a2b3c4d5e6f', 'breakfast', 300)]);
    const copy = { id: '0b9e7c5a-3f1d-4e2b-9a8c-7d6e5f4a3b2c', to: '2026-03-02', meal: 'breakfast' };
    const [made] = copyPreviews(source, copy);
    // The server's rule (apps/server: days.routes copy): uuidv5(entry id, copy id).
    expect(made?.id).toBe(v5('6f1c2a4e-9d7b-4c3a-8e2f-1a2b3c4d5e6f', copy.id));
    expect(made?.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(made).toMatchObject({ date: '2026-03-02', meal: 'breakfast' });
  });
});

describe('the day shown, for any writes waiting (properties)', () => {
  const arbitraryEntry = (meals: readonly string[]) => fc.record({ id: fc.uuid(), meal: fc.constantFrom(...meals), kcal: fc.integer({ min: 0, max: 2000 }) });
  const distinct = fc
    .tuple(fc.array(arbitraryEntry(['breakfast', 'lunch']), { maxLength: 6 }), fc.array(arbitraryEntry(['breakfast', 'lunch', 'dinner']), { maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 6 }))
    .filter(([served, logged]) => new Set([...served, ...logged].map((e) => e.id)).size === served.length + logged.length);

  it('shows each entry once however many times its write is waiting (or the server has it already), and the totals are the sum of the entries shown', () => {
    fc.assert(
      fc.property(distinct, ([served, logged, replayed]) => {
        const day = dayWith(served.map((e) => entry(e.id, e.meal, e.kcal)));
        // New foods logged on the device, and some whose answer came back before the outbox let them go.
        const writes = [...logged, ...served.filter((_, i) => replayed[i] === true)].map((e) => write(log(entry(e.id, e.meal, e.kcal))));
        const once = viewDay(day, writes);
        const twice = viewDay(day, [...writes, ...writes]);
        expect(twice.meals).toEqual(once.meals);
        const shown = once.meals.flatMap((m) => m.entries);
        expect(shown.map((e) => e.id).sort()).toEqual([...served, ...logged].map((e) => e.id).sort());
        const sum = [...served, ...logged].reduce((s, e) => s + e.kcal, 0);
        expect(once.energy.kcal).toBeCloseTo(sum, 6);
        expect(once.energy.remaining).toBeCloseTo(2000 - sum, 6);
      }),
    );
  });
});

describe('a day never loaded, with foods logged offline', () => {
  it('shows their protein, carbs and fat as well as their calories', async () => {
    const { foodEntryPreview } = await import('./entry-previews.ts');
    const food = {
      id: '9040', name: 'Bananas, raw', brand: null, category: null, source: 'usda-sr28' as const, sourceId: '09040', dataset: 'sr28', fdcId: null, barcode: null, energyEstimated: false,
      nutrients: [
        { number: '208', name: 'Energy', unit: 'kcal', amount: 89 },
        { number: '203', name: 'Protein', unit: 'g', amount: 1.09 },
        { number: '205', name: 'Carbohydrate, by difference', unit: 'g', amount: 22.84 },
        { number: '204', name: 'Total lipid (fat)', unit: 'g', amount: 0.33 },
      ],
      portions: [{ amount: 1, unit: 'medium', grams: 118, label: '1 medium' }],
      defaultPortion: { amount: 1, unit: 'medium', grams: 118, label: '1 medium' },
      qualityNotes: [],
    };
    const newEntry = { id: '00000000-0000-4000-8000-0000000000b1', date: '2026-03-05', meal: 'breakfast', foodId: '9040', amount: 1, unit: 'medium' };
    const preview = foodEntryPreview(newEntry, food);
    const day = viewDay(emptyDay('2026-03-05', ['breakfast', 'lunch']), [write({ kind: 'log', entry: newEntry, preview }, ['2026-03-05'])]);
    expect(day.energy.kcal).toBeCloseTo(105.02, 2);
    const amount = (number: string) => day.nutrients.find((x) => x.number === number)?.amount;
    expect(amount('203')).toBeCloseTo(1.29, 2);
    expect(amount('205')).toBeCloseTo(26.95, 2);
    expect(amount('204')).toBeCloseTo(0.39, 2);
  });
});
