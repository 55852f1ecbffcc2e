import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFromNumbers, summariseDay } from './day-summary.ts';
import { quickAddEntry } from './entry-mutations.ts';

const NOW = '2026-05-01T08:00:00.000Z';
const quick = (id: string, meal: string, kcal: number, protein?: number) => quickAddEntry({ id, date: '2026-05-01', meal, kcal, protein }, NOW);
const parts = { date: '2026-05-01', meals: ['breakfast', 'lunch'], water: [], weights: [], targets: undefined, describe: describeFromNumbers };

describe('a day summed', () => {
  it('counts macros logged on a day with no targets (nothing but the entries to go by)', () => {
    const day = summariseDay({ ...parts, entries: [quick('a', 'breakfast', 105, 1.3), quick('b', 'breakfast', 72, 6.3)] });
    expect(day.energy).toEqual({ kcal: 177, target: null, remaining: null });
    expect(day.nutrients.find((n) => n.number === '203')).toMatchObject({ name: 'Protein', amount: 7.6, target: null });
  });

  it('sets the totals against the targets, listing targeted nutrients nothing logged yet', () => {
    const day = summariseDay({ ...parts, entries: [quick('a', 'lunch', 500)], targets: { '208': { target: 2000 }, '291': { target: 28 } } });
    expect(day.energy).toEqual({ kcal: 500, target: 2000, remaining: 1500 });
    expect(day.nutrients.find((n) => n.number === '291')).toMatchObject({ amount: 0, remaining: 28 });
    expect(day.meals.map((m) => [m.name, m.entries.length])).toEqual([['breakfast', 0], ['lunch', 1]]);
  });

  it('lists a meal the person no longer has after theirs, with its entries', () => {
    const day = summariseDay({ ...parts, entries: [quick('a', 'elevenses', 80)] });
    expect(day.meals.map((m) => m.name)).toEqual(['breakfast', 'lunch', 'elevenses']);
  });

  it('has day totals equal to the sum of its meals, and meal totals the sum of their entries (property)', () => {
    const entries = fc.array(fc.record({ meal: fc.constantFrom('breakfast', 'lunch', 'dinner'), kcal: fc.integer({ min: 0, max: 3000 }), protein: fc.integer({ min: 0, max: 200 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(entries, (made) => {
        const day = summariseDay({ ...parts, entries: made.map((e, i) => quick(String(i), e.meal, e.kcal, e.protein)) });
        const kcal = made.reduce((s, e) => s + e.kcal, 0);
        expect(day.energy.kcal).toBe(kcal);
        expect(day.meals.reduce((s, m) => s + (m.totals['208'] ?? 0), 0)).toBe(kcal);
        expect(day.meals.flatMap((m) => m.entries)).toHaveLength(made.length);
      }),
    );
  });
});
