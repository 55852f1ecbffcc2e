import { describe, expect, it } from 'vitest';
import { DEFAULT_MEALS, findMeal, orderMeals } from './meals.ts';

describe('meals', () => {
  it('finds the user\'s own spelling of a meal whatever its case and spacing', () => {
    expect(findMeal(DEFAULT_MEALS, ' Breakfast ')).toBe('breakfast');
    expect(findMeal(['Pre-workout', 'Dinner'], 'pre-workout')).toBe('Pre-workout');
    expect(findMeal(DEFAULT_MEALS, 'brunch')).toBeUndefined();
  });

  it('keeps the user\'s order and puts meals they have since removed last', () => {
    expect(orderMeals(['lunch', 'dinner'], ['dinner', 'brunch', 'lunch', 'brunch'])).toEqual(['lunch', 'dinner', 'brunch']);
  });
});
