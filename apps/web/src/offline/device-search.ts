import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { summariseFood } from '@macromuse/contract/foods/food-summary';

const words = (text: string): string[] => text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);

/**
 * The foods kept on this device that match what was typed, in the order they are kept (most
 * recently used first): every word typed must begin a word of the name or brand ("ban ra" finds
 * "Bananas, raw"), and foods whose name starts with the first word come first.
 */
export function searchFoodsOnDevice(foods: readonly FoodSummary[], query: string, limit = 25): FoodSummary[] {
  const typed = words(query);
  if (typed.length === 0) return [];
  const matches = foods.filter((food) => {
    const own = words(`${food.name} ${food.brand ?? ''}`);
    return typed.every((t) => own.some((w) => w.startsWith(t)));
  });
  const first = typed[0] ?? '';
  const leading = matches.filter((f) => words(f.name)[0]?.startsWith(first));
  const rest = matches.filter((f) => !leading.includes(f));
  return [...leading, ...rest].slice(0, limit);
}

/** Adds foods to the front of the device's list, each once, keeping at most `max`. */
export function rememberFoods(list: readonly FoodSummary[], used: readonly FoodSummary[], max = 500): FoodSummary[] {
  const ids = new Set(used.map((f) => f.id));
  return [...used.filter((f, i) => used.findIndex((g) => g.id === f.id) === i), ...list.filter((f) => !ids.has(f.id))].slice(0, max);
}

/** The search-result form of a food's detail, for listing it offline: the same summary the server gives. */
export function summaryOf(food: FoodDetail): FoodSummary {
  return summariseFood({ ...food, nutrients: Object.fromEntries(food.nutrients.map((n) => [n.number, n.amount])) });
}
