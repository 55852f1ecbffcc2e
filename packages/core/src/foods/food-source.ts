/** Where a food comes from. Every food keeps its source and its id in that source. */
export const FOOD_SOURCES = ['usda-sr28', 'usda-fndds', 'off'] as const;
export type FoodSource = (typeof FOOD_SOURCES)[number];
