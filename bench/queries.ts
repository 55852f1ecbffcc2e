import { random } from './stats.ts';

/** Foods people log every day, as they would type them. */
const FOODS = [
  'banana', 'apple', 'egg', 'eggs', 'chicken breast', 'whole milk', 'skim milk', 'brown rice cooked', 'white rice',
  'oatmeal', 'greek yogurt', 'peanut butter', 'almonds', 'avocado', 'broccoli', 'spinach', 'sweet potato', 'potato',
  'carrot', 'tomato', 'onion', 'garlic', 'salmon', 'tuna', 'shrimp', 'ground beef', 'steak', 'pork chop', 'bacon',
  'turkey breast', 'ham', 'cheddar cheese', 'mozzarella', 'cottage cheese', 'butter', 'olive oil', 'bread whole wheat',
  'bagel', 'tortilla', 'pasta cooked', 'spaghetti', 'pizza', 'hamburger', 'french fries', 'orange juice', 'coffee',
  'tea', 'beer', 'red wine', 'coca cola', 'diet coke', 'red bull', 'orange', 'strawberries', 'blueberries', 'grapes',
  'watermelon', 'pineapple', 'mango', 'peach', 'pear', 'cherries', 'raspberries', 'lentils', 'black beans', 'chickpeas',
  'hummus', 'tofu', 'quinoa', 'granola', 'cereal', 'cheerios', 'corn flakes', 'honey', 'maple syrup', 'sugar', 'jam',
  'nutella', 'chocolate', 'dark chocolate', 'ice cream', 'cookies', 'oreo', 'snickers', 'kitkat', 'pringles', 'chips',
  'popcorn', 'crackers', 'protein bar', 'whey protein', 'almond milk', 'soy milk', 'oat milk', 'lettuce', 'cucumber',
  'bell pepper', 'mushrooms', 'zucchini', 'cauliflower', 'green beans', 'peas', 'corn', 'kale', 'celery', 'asparagus',
  'cabbage', 'walnuts', 'cashews', 'pistachios', 'sunflower seeds', 'chia seeds', 'flax seeds', 'raisins', 'dates',
  'mayonnaise', 'ketchup', 'mustard', 'soy sauce', 'salsa', 'guacamole', 'sour cream', 'cream cheese', 'parmesan',
  'feta', 'yogurt', 'kefir', 'smoothie', 'croissant', 'muffin', 'pancakes', 'waffles', 'sushi', 'burrito', 'taco',
  'lasagna', 'mac and cheese', 'chicken nuggets', 'fried chicken', 'chicken thigh', 'lamb', 'sardines', 'cod',
  'tilapia', 'crab', 'lobster', 'scrambled eggs', 'boiled egg', 'omelet', 'kinder bueno', 'haribo', 'nutella biscuits',
  'activia', 'danone', 'lindt', 'milka', 'heinz', 'barilla', 'quaker oats', 'special k', 'doritos', 'lays',
];

/** One typing mistake: a dropped, doubled, swapped or wrong letter in the longest word. */
function typo(query: string, next: () => number): string {
  const words = query.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  if (longest.length < 5) return query;
  const i = 1 + Math.floor(next() * (longest.length - 2));
  const kind = Math.floor(next() * 4);
  let changed = longest;
  if (kind === 0) changed = longest.slice(0, i) + longest.slice(i + 1);
  else if (kind === 1) changed = longest.slice(0, i) + (longest[i] ?? '') + longest.slice(i);
  else if (kind === 2) changed = longest.slice(0, i - 1) + (longest[i] ?? '') + (longest[i - 1] ?? '') + longest.slice(i + 1);
  else changed = longest.slice(0, i) + 'aeiou'[Math.floor(next() * 5)] + longest.slice(i + 1);
  return words.map((w) => (w === longest ? changed : w)).join(' ');
}

/**
 * About 1,300 realistic queries: full words, what is on screen while typing (prefixes of
 * 2 to 6 letters), and one-typo versions, in a shuffled but fixed order.
 */
export function benchQueries(): string[] {
  const next = random(20261124);
  const queries: string[] = [];
  for (const food of FOODS) {
    queries.push(food);
    for (const length of [2, 3, 4, 6]) if (food.length > length) queries.push(food.slice(0, length));
    queries.push(typo(food, next), typo(food, next));
  }
  for (let i = queries.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [queries[i], queries[j]] = [queries[j] as string, queries[i] as string];
  }
  return queries;
}
