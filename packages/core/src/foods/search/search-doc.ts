import type { Portion } from '../../units/food-quantity.ts';

/**
 * Static rank tiers: generic foods from USDA first, then branded products with stated
 * nutrition facts, then the rest of the product catalog.
 */
export const SEARCH_TIER = { sr28: 0, fndds: 1, brandedProduct: 2, product: 3 } as const;
export type SearchTier = (typeof SEARCH_TIER)[keyof typeof SEARCH_TIER];

/** What the search index keeps of one food: enough to rank it and show it in a result list. */
export interface SearchDoc {
  readonly id: number;
  readonly name: string;
  readonly brand: string | undefined;
  readonly tier: SearchTier;
  readonly kcal: number | undefined;
  readonly protein: number | undefined;
  readonly carbs: number | undefined;
  readonly fat: number | undefined;
  readonly energyEstimated: boolean;
  readonly portion: Portion | undefined;
  /** How many core label nutrients are known (0-8). */
  readonly completeness: number;
}

/** One search result: the food and how well it matched. */
export interface SearchHit {
  readonly doc: SearchDoc;
  readonly score: number;
  /** How many other foods with the same name and brand this hit stands for. */
  readonly duplicates: number;
}
