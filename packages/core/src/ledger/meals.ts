/** The meals a day has until the user names their own. */
export const DEFAULT_MEALS: readonly string[] = ['breakfast', 'lunch', 'dinner', 'snacks'];

/** The user's meal whose name matches `meal` (case and spacing aside), or undefined. */
export function findMeal(meals: readonly string[], meal: string): string | undefined {
  const wanted = meal.trim().toLowerCase();
  return meals.find((m) => m.trim().toLowerCase() === wanted);
}

/** Meals in the user's order; meals that entries still carry but the user has since removed come last. */
export function orderMeals(meals: readonly string[], used: Iterable<string>): string[] {
  const ordered = [...meals];
  for (const meal of used) if (!ordered.includes(meal)) ordered.push(meal);
  return ordered;
}
