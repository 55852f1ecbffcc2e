import { SEARCH_TIER, type SearchDoc, type SearchTier } from '@macromuse/core/foods/search/search-doc';
import type { SearchRow } from './foods.repository.ts';

function tierOf(row: SearchRow): SearchTier {
  if (row.source === 'usda-sr28') return SEARCH_TIER.sr28;
  if (row.source === 'usda-fndds') return SEARCH_TIER.fndds;
  return row.brand && !row.energy_estimated ? SEARCH_TIER.brandedProduct : SEARCH_TIER.product;
}

const orUndefined = (x: number | null): number | undefined => (x === null ? undefined : x);

/** What the search index keeps of a food row. */
export function toSearchDoc(row: SearchRow): SearchDoc {
  return {
    id: Number(row.id),
    name: row.name,
    brand: row.brand ?? undefined,
    tier: tierOf(row),
    kcal: orUndefined(row.kcal),
    protein: orUndefined(row.protein),
    carbs: orUndefined(row.carbs),
    fat: orUndefined(row.fat),
    energyEstimated: row.energy_estimated,
    portion: row.default_portion ?? undefined,
    completeness: row.completeness,
  };
}
