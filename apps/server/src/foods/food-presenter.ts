import type { FoodDetail, FoodSummary, Macros } from '@macromuse/contract/foods/foods.schemas';
import { scaleMacros, summariseFood, tidy } from '@macromuse/contract/foods/food-summary';
import { describePortion } from '@macromuse/core/foods/default-portion';
import type { SearchHit } from '@macromuse/core/foods/search/search-doc';
import { NUTRIENT_NAMES, NUTRIENT_UNITS } from '@macromuse/core/nutrients/nutrient-numbers';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { AnyFoodRow } from './food-refs.ts';
import type { NutrientDefinitionRow } from './foods.repository.ts';

export function toFoodSummary(hit: SearchHit): FoodSummary {
  const { doc } = hit;
  const per100g: Macros = { kcal: tidy(doc.kcal, 1), protein: tidy(doc.protein), carbs: tidy(doc.carbs), fat: tidy(doc.fat) };
  const portion = doc.portion;
  return {
    id: String(doc.id),
    name: doc.name,
    brand: doc.brand ?? null,
    source: sourceOfTier(doc.tier),
    energyEstimated: doc.energyEstimated,
    per100g,
    defaultPortion: portion
      ? { amount: portion.amount, unit: portion.unit, grams: tidy(portion.grams) ?? portion.grams, label: describePortion(portion), nutrients: scaleMacros(per100g, portion.grams) }
      : null,
    duplicates: hit.duplicates,
  };
}

function sourceOfTier(tier: number): FoodSummary['source'] {
  return tier === 0 ? 'usda-sr28' : tier === 1 ? 'usda-fndds' : 'off';
}

function labelled(portion: Portion): Portion & { label: string } {
  return { amount: portion.amount, unit: portion.unit, grams: portion.grams, label: describePortion(portion) };
}

export function toFoodDetail(row: AnyFoodRow, definitions: ReadonlyMap<string, NutrientDefinitionRow>): FoodDetail {
  const nutrients = Object.entries(row.nutrients)
    .map(([number, amount]) => {
      const def = definitions.get(number);
      return {
        number,
        name: def?.name ?? NUTRIENT_NAMES[number] ?? `Nutrient ${number}`,
        unit: def?.unit ?? NUTRIENT_UNITS[number] ?? 'g',
        amount,
        order: def?.sort_order ?? Number(number),
      };
    })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...rest }) => rest);
  return {
    id: row.id,
    name: row.name,
    brand: row.brand,
    category: row.category,
    source: row.source,
    sourceId: row.source_id,
    dataset: row.dataset,
    fdcId: row.fdc_id,
    barcode: row.barcode,
    energyEstimated: row.energy_estimated,
    nutrients,
    portions: row.portions.map(labelled),
    defaultPortion: row.default_portion ? labelled(row.default_portion) : null,
    qualityNotes: row.quality_notes,
  };
}

/** A search-result summary of a food read from the database (a custom food, a favourite, a recent one). */
export function toFoodSummaryFromRow(row: AnyFoodRow): FoodSummary {
  return summariseFood({
    id: row.id,
    name: row.name,
    brand: row.brand,
    source: row.source,
    energyEstimated: row.energy_estimated,
    nutrients: row.nutrients,
    defaultPortion: row.default_portion ? labelled(row.default_portion) : null,
  });
}
