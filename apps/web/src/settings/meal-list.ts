/** The meals of a day as a person edits them: in order, from 1 to 10 of them. */
export const MIN_MEALS = 1;
export const MAX_MEALS = 10;
export const MAX_MEAL_NAME = 40;

/** The list with the meal at `index` replaced. */
export const replaceMeal = <T>(meals: readonly T[], index: number, meal: T): T[] => meals.map((m, i) => (i === index ? meal : m));

/** The list with a meal added at the end, or unchanged when it is full. */
export const addMeal = <T>(meals: readonly T[], meal: T): T[] => (meals.length >= MAX_MEALS ? [...meals] : [...meals, meal]);

/** The list without one meal, or unchanged when it is the last one. */
export const removeMeal = <T>(meals: readonly T[], index: number): T[] => (meals.length <= MIN_MEALS ? [...meals] : meals.filter((_, i) => i !== index));

/** The list with one meal moved `by` places (−1 up, +1 down), kept within the list. */
export function moveMeal<T>(meals: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (index < 0 || index >= meals.length || to < 0 || to >= meals.length) return [...meals];
  const next = [...meals];
  const [moved] = next.splice(index, 1);
  if (moved !== undefined) next.splice(to, 0, moved);
  return next;
}

/** A name for a new meal not yet in the list: "Meal 5", or "Meal 6" if that is taken. */
export function newMealName(meals: readonly string[]): string {
  const taken = new Set(meals.map((m) => m.trim().toLowerCase()));
  let n = meals.length + 1;
  while (taken.has(`meal ${n}`)) n++;
  return `Meal ${n}`;
}

/** The problem with each name, by position (empty, too long, or the same as one before it). */
export function mealProblems(meals: readonly string[]): Readonly<Record<number, string>> {
  const problems: Record<number, string> = {};
  const seen = new Set<string>();
  meals.forEach((meal, i) => {
    const name = meal.trim();
    if (name === '') problems[i] = 'Give this meal a name, or remove it.';
    else if (name.length > MAX_MEAL_NAME) problems[i] = `Keep the name to ${MAX_MEAL_NAME} characters.`;
    else if (seen.has(name.toLowerCase())) problems[i] = 'Another meal already has this name.';
    seen.add(name.toLowerCase());
  });
  return problems;
}

/** The names to save: trimmed. */
export const cleanMeals = (meals: readonly string[]): string[] => meals.map((m) => m.trim());
