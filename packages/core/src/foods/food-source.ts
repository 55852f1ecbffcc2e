/** Where a food comes from. Every food keeps its source and its id in that source. */
export const FOOD_SOURCES = ['usda-sr28', 'usda-fndds', 'off'] as const;
export type FoodSource = (typeof FOOD_SOURCES)[number];

/** Generic foods (as USDA describes them) rather than branded products. */
export function isGenericSource(source: FoodSource): boolean {
  return source === 'usda-sr28' || source === 'usda-fndds';
}

export const SOURCE_LABELS: Readonly<Record<FoodSource, string>> = {
  'usda-sr28': 'USDA SR28',
  'usda-fndds': 'USDA FNDDS',
  off: 'Open Food Facts',
};
