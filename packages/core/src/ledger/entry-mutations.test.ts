import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copyEntries, editEntry, logFoodEntry, quickAddEntry, quickValuesOf } from './entry-mutations.ts';
import type { FoodBasis, LedgerEntry } from './ledger-entry.ts';

const NOW = '2026-05-01T08:00:00.000Z';
const LATER = '2026-05-01T09:00:00.000Z';

const banana: FoodBasis = {
  name: 'Bananas, raw',
  brand: null,
  per100g: { '208': 89, '203': 1.09, '205': 22.84, '204': 0.33 },
  portions: [
    { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118 },
    { amount: 1, unit: 'cup, sliced', grams: 150 },
  ],
  defaultPortion: { amount: 1, unit: 'medium (7" to 7-7/8" long)', grams: 118 },
};

const logged = (amount: number, unit: string): LedgerEntry => {
  const outcome = logFoodEntry({ id: '00000000-0000-4000-8000-000000000001', date: '2026-05-01', meal: 'breakfast', foodId: '9040', amount, unit }, banana, NOW);
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome.value;
};

describe('the ledger mutations', () => {
  it('logs a food in one of its portions: grams from the portion, nutrients of that amount', () => {
    const entry = logged(1, 'medium (7" to 7-7/8" long)');
    expect(entry).toMatchObject({ kind: 'food', grams: 118, name: 'Bananas, raw', createdAt: NOW, updatedAt: NOW });
    expect(entry.nutrients['208']).toBeCloseTo(105.02, 4);
    expect(entry.nutrients['203']).toBeCloseTo(1.2862, 4);
  });

  it('refuses a unit the food cannot be weighed in, naming the field', () => {
    const outcome = logFoodEntry({ id: 'x', date: '2026-05-01', meal: 'breakfast', foodId: '9040', amount: 1, unit: 'slice' }, banana, NOW);
    expect(outcome).toMatchObject({ ok: false, field: 'unit' });
  });

  it('quick-adds calories and only the macros given', () => {
    const entry = quickAddEntry({ id: 'q', date: '2026-05-01', meal: 'lunch', kcal: 640, protein: 30 }, NOW);
    expect(entry).toMatchObject({ kind: 'quick', name: 'Quick add', grams: null, nutrients: { '208': 640, '203': 30 } });
    expect(quickValuesOf(entry)).toMatchObject({ kcal: 640, protein: 30, carbs: 0, fat: 0 });
  });

  it('re-weighs an edit with the food it was logged with, and stamps the time of the change', () => {
    const edited = editEntry(logged(1, 'medium (7" to 7-7/8" long)'), { amount: 1, unit: 'cup, sliced', meal: 'snacks' }, banana, LATER);
    expect(edited.ok && edited.value).toMatchObject({ grams: 150, meal: 'snacks', unit: 'cup, sliced', createdAt: NOW, updatedAt: LATER });
    expect(edited.ok && edited.value.nutrients['208']).toBeCloseTo(133.5, 4);
  });

  it('without the food, scales a new amount in the same unit as weighing would, and refuses a new unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (before, after) => {
        const entry = logged(before / 4, 'cup, sliced');
        const weighed = editEntry(entry, { amount: after / 4 }, banana, LATER);
        const scaled = editEntry(entry, { amount: after / 4 }, undefined, LATER);
        if (!weighed.ok || !scaled.ok) return weighed.ok === scaled.ok;
        expect(scaled.value.grams).toBeCloseTo(weighed.value.grams ?? 0, 3);
        // The same to within the rounding of the amounts kept (four decimals, scaled up to 40 times).
        for (const [n, v] of Object.entries(weighed.value.nutrients)) expect(scaled.value.nutrients[n]).toBeCloseTo(v, 2);
        return true;
      }),
    );
    expect(editEntry(logged(1, 'cup, sliced'), { unit: 'g' }, undefined, LATER)).toMatchObject({ ok: false, field: 'unit' });
  });

  it('keeps a quick add and a food entry apart: no amount for one, no quick values for the other', () => {
    const quick = quickAddEntry({ id: 'q', date: '2026-05-01', meal: 'lunch', kcal: 100 }, NOW);
    expect(editEntry(quick, { amount: 2 }, undefined, LATER)).toMatchObject({ ok: false, field: 'amount' });
    expect(editEntry(logged(1, 'g'), { quickAdd: { kcal: 5 } }, banana, LATER)).toMatchObject({ ok: false, field: 'quickAdd' });
    const changed = editEntry(quick, { quickAdd: { fat: 4, name: 'Crisps' } }, undefined, LATER);
    expect(changed.ok && changed.value).toMatchObject({ name: 'Crisps', nutrients: { '208': 100, '204': 4 } });
  });

  it('copies a meal (any spelling) with the ids it is given, each keeping its values', () => {
    const breakfast = logged(1, 'cup, sliced');
    const lunch = { ...quickAddEntry({ id: 'q', date: '2026-05-01', meal: 'Lunch', kcal: 100 }, NOW) };
    const copies = copyEntries([breakfast, lunch], { to: '2026-05-02', meal: ' BREAKFAST ' }, (id) => `copy-of-${id}`, LATER);
    expect(copies).toEqual([{ ...breakfast, id: `copy-of-${breakfast.id}`, date: '2026-05-02', createdAt: LATER, updatedAt: LATER }]);
    expect(copyEntries([breakfast, lunch], { to: '2026-05-02', toMeal: 'dinner' }, (id) => id, LATER).map((e) => e.meal)).toEqual(['dinner', 'dinner']);
  });
});
