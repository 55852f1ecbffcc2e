import { describe, expect, it } from 'vitest';
import { mealForNow, shiftDate } from './day-dates.ts';

describe('day dates', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(shiftDate('2026-11-30', 1)).toBe('2026-12-01');
    expect(shiftDate('2027-01-01', -1)).toBe('2026-12-31');
    expect(shiftDate('2028-02-28', 1)).toBe('2028-02-29');
    expect(shiftDate('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('guesses the meal being logged by the clock, among the person\'s own meals', () => {
    const meals = ['Breakfast', 'Lunch', 'Dinner', 'Snacks'];
    expect(mealForNow(meals, new Date(2026, 0, 1, 7, 30))).toBe('Breakfast');
    expect(mealForNow(meals, new Date(2026, 0, 1, 12, 0))).toBe('Lunch');
    expect(mealForNow(meals, new Date(2026, 0, 1, 19, 0))).toBe('Dinner');
    expect(mealForNow(meals, new Date(2026, 0, 1, 23, 0))).toBe('Snacks');
    expect(mealForNow(['Meal 1', 'Meal 2'], new Date(2026, 0, 1, 12, 0))).toBe('Meal 1');
  });
});
