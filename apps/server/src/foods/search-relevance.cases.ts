import type { FoodSource } from '@macromuse/core/foods/food-source';

/**
 * What a person means by a query: the food that must be among the first three results.
 * Written from what people type into a nutrition tracker, not from what the ranking returns.
 */
export interface RelevanceCase {
  readonly query: string;
  readonly kind: 'generic' | 'plural-or-order' | 'typo' | 'prefix' | 'brand';
  /** The expected food's name. */
  readonly name: RegExp;
  /** Its source: generic queries must find USDA foods, brand queries may find either. */
  readonly sources: readonly FoodSource[];
}

const USDA: readonly FoodSource[] = ['usda-sr28', 'usda-fndds'];
const ANY: readonly FoodSource[] = ['usda-sr28', 'usda-fndds', 'off'];

const BANANA = /^Bananas?, raw$/;
const EGG = /^Egg, whole, raw(, fresh)?$/;
const CHICKEN_BREAST =
  /^Chicken breast, (baked, broiled, or roasted|NS as to cooking method), skin (not )?eaten(, from raw)?$|^Chicken, broilers or fryers, breast, (skinless, boneless, )?meat only, (raw|cooked, roasted)$/;
const AVOCADO = /^Avocados?, raw(, all commercial varieties)?$/;
const BROCCOLI = /^Broccoli, raw$/;
const STRAWBERRIES = /^Strawberries, raw$/;
const SPINACH = /^Spinach, raw$/;
const BLUEBERRIES = /^Blueberries, raw$/;
const TOMATOES = /^Tomatoes, raw$|^Tomatoes, red, ripe, raw, year round average$/;
const PEANUT_BUTTER = /^Peanut butter(, smooth style, without salt)?$/;
const CHEDDAR = /^Cheese, [Cc]heddar$/;

const generic = (query: string, name: RegExp): RelevanceCase => ({ query, kind: 'generic', name, sources: USDA });
const variant = (kind: RelevanceCase['kind'], query: string, name: RegExp): RelevanceCase => ({ query, kind, name, sources: USDA });
const brand = (query: string, name: RegExp): RelevanceCase => ({ query, kind: 'brand', name, sources: ANY });

export const RELEVANCE_CASES: readonly RelevanceCase[] = [
  generic('banana', BANANA),
  generic('egg', EGG),
  generic('chicken breast', CHICKEN_BREAST),
  generic('whole milk', /^Milk, whole(, 3\.25% milkfat.*)?$/),
  generic('brown rice cooked', /^Rice, brown, (long-grain, |medium-grain, )?cooked(, (no added fat|NS as to fat))?$/),
  generic('white rice', /^Rice, white, (long-grain, regular, (enriched, )?cooked|cooked, (no added fat|NS as to fat))/),
  generic('apple', /^Apples?, raw(, with skin.*)?$/),
  generic('avocado', AVOCADO),
  generic('broccoli', BROCCOLI),
  generic('salmon', /^Salmon, raw$|^Fish, salmon, Atlantic, (farmed|wild), raw$/),
  generic('almonds', /^Almonds, NFS$|^Nuts, almonds$/),
  generic('spinach', SPINACH),
  generic('sweet potato', /^Sweet potato, NFS$|^Sweet potato, raw, unprepared.*$/),
  generic('carrot', /^Carrots, raw$/),
  generic('orange juice', /^Orange juice, (100%, NFS|raw.*|100%,\s+freshly squeezed)$/),
  generic('cheddar cheese', CHEDDAR),
  generic('olive oil', /^Olive oil$|^Oil, olive, salad or cooking$/),
  generic('butter', /^Butter, (NFS|salted|stick)$/),
  generic('ground beef', /^Ground beef, (raw|cooked)$/),
  generic('tuna', /^Tuna, fresh, raw$|^Fish, tuna, light, canned in water.*$/),
  generic('strawberries', STRAWBERRIES),
  generic('blueberries', BLUEBERRIES),
  generic('potato', /^Potato, NFS$|^Potatoes, flesh and skin, raw$/),
  generic('tomato', TOMATOES),
  generic('onion', /^Onions, raw$/),
  generic('garlic', /^Garlic, raw$/),
  generic('lentils', /^Lentils, (raw|NFS|mature seeds, cooked, boiled.*)$/),
  generic('black beans', /^Black beans, NFS$|^Beans, black, mature seeds, (raw|cooked, boiled, without salt)$/),
  generic('quinoa', /^Quinoa, (cooked|uncooked|NS as to fat)$/),
  generic('whole wheat bread', /^Bread, whole[- ]wheat(, commercially prepared)?$/),
  generic('honey', /^Honey$/),
  generic('peanut butter', PEANUT_BUTTER),
  generic('greek yogurt', /^Yogurt, Greek, (plain, (whole milk|lowfat|nonfat)|whole milk, plain|NS as to type of milk, plain|nonfat milk, plain|low fat milk, plain)$/),
  generic('coffee', /^Coffee, brewed$|^Beverages, coffee, brewed.*$/),
  generic('cottage cheese', /^Cheese, cottage, (NFS|creamed, large or small curd)$/),
  generic('shrimp', /^Shrimp, (steamed or boiled|cooked, NS as to cooking method)$|^Crustaceans, shrimp, raw$/),
  generic('cucumber', /^Cucumber, (raw|with peel, raw)$/),
  generic('tofu', /^Tofu, raw, (regular|firm), prepared with calcium sulfate$/),
  generic('oatmeal', /^Oatmeal, (regular or quick, made with water, no added fat|NS as to regular, quick, or instant, made with water, no added fat|from fast food, plain)$|^Cereals, oats, regular and quick, not fortified, dry$/),
  generic('pasta cooked', /^Pasta, cooked$|^Pasta, cooked, enriched, (with|without) added salt$/),
  variant('plural-or-order', 'bananas', BANANA),
  variant('plural-or-order', 'eggs', EGG),
  variant('plural-or-order', 'breast chicken', CHICKEN_BREAST),
  variant('plural-or-order', 'Raw Broccoli', BROCCOLI),
  variant('plural-or-order', 'cheese cheddar', CHEDDAR),
  variant('typo', 'brocoli', BROCCOLI),
  variant('typo', 'chiken breast', CHICKEN_BREAST),
  variant('typo', 'avocdo', AVOCADO),
  variant('typo', 'strawbery', STRAWBERRIES),
  variant('typo', 'spinch', SPINACH),
  variant('typo', 'bluberries', BLUEBERRIES),
  variant('typo', 'tomatos', TOMATOES),
  variant('typo', 'cheddar chese', CHEDDAR),
  variant('prefix', 'avoc', AVOCADO),
  variant('prefix', 'banan', BANANA),
  variant('prefix', 'straw', STRAWBERRIES),
  variant('prefix', 'pean but', PEANUT_BUTTER),
  variant('prefix', 'blueb', BLUEBERRIES),
  brand('nutella', /nutella/i),
  brand('coca cola', /coca[- ]?cola/i),
  brand('haribo', /haribo/i),
  brand('pringles', /pringles/i),
  brand('kinder bueno', /kinder.*bueno|bueno.*kinder/i),
  brand('oreo', /^or[eé]o/i),
  brand('red bull', /red ?bull/i),
  brand('cheerios', /cheerios/i),
  brand('snickers', /snickers/i),
  brand('nutella biscuits', /nutella.*biscuit|biscuit.*nutella/i),
];

export interface RelevanceOutcome {
  readonly testCase: RelevanceCase;
  readonly hit: boolean;
  readonly top3: readonly string[];
}

/** Whether a case's food is among the first three results. */
export function judgeRelevance(
  testCase: RelevanceCase,
  results: readonly { name: string; brand: string | null | undefined; source: string }[],
): RelevanceOutcome {
  const top3 = results.slice(0, 3);
  const hit = top3.some((r) => (testCase.sources as readonly string[]).includes(r.source) && (testCase.name.test(r.name) || (testCase.kind === 'brand' && testCase.name.test(r.brand ?? ''))));
  return { testCase, hit, top3: top3.map((r) => `${r.name}${r.brand ? ` (${r.brand})` : ''} [${r.source}]`) };
}
