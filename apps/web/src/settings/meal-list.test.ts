import { describe, expect, it } from 'vitest';
import { addMeal, cleanMeals, mealProblems, moveMeal, newMealName, removeMeal, replaceMeal } from './meal-list.ts';

const meals = ['breakfast', 'lunch', 'dinner', 'snacks'];

describe('meal list', () => {
  it('renames, adds and removes meals', () => {
    expect(replaceMeal(meals, 3, 'Evening snack')).toEqual(['breakfast', 'lunch', 'dinner', 'Evening snack']);
    expect(addMeal(meals, 'Meal 5')).toEqual([...meals, 'Meal 5']);
    expect(removeMeal(meals, 1)).toEqual(['breakfast', 'dinner', 'snacks']);
  });

  it('keeps between one and ten meals', () => {
    expect(removeMeal(['breakfast'], 0)).toEqual(['breakfast']);
    const ten = Array.from({ length: 10 }, (_, i) => `Meal ${i + 1}`);
    expect(addMeal(ten, 'Meal 11')).toEqual(ten);
  });

  it('moves a meal up or down within the list', () => {
    expect(moveMeal(meals, 3, -1)).toEqual(['breakfast', 'lunch', 'snacks', 'dinner']);
    expect(moveMeal(meals, 0, 1)).toEqual(['lunch', 'breakfast', 'dinner', 'snacks']);
    expect(moveMeal(meals, 0, -1)).toEqual(meals);
    expect(moveMeal(meals, 3, 1)).toEqual(meals);
  });

  it('names a new meal with a name not taken', () => {
    expect(newMealName(meals)).toBe('Meal 5');
    expect(newMealName(['Meal 2', 'meal 3'])).toBe('Meal 4');
  });

  it('finds empty, long and repeated names', () => {
    expect(mealProblems(['Breakfast', ' ', 'breakfast ', 'x'.repeat(41)])).toEqual({
      1: 'Give this meal a name, or remove it.',
      2: 'Another meal already has this name.',
      3: 'Keep the name to 40 characters.',
    });
    expect(mealProblems(meals)).toEqual({});
    expect(cleanMeals([' Brunch '])).toEqual(['Brunch']);
  });
});
