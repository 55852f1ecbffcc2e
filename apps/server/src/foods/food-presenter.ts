import type { FoodDetail, FoodSummary, Macros } from '@macromuse/contract/foods/foods.schemas';
import { describePortion } from '@macromuse/core/foods/default-portion';
import type { SearchHit } from '@macromuse/core/foods/search/search-doc';
import { NUTRIENT, NUTRIENT_NAMES, NUTRIENT_UNITS } from '@macromuse/core/nutrients/nutrient-numbers';
import type { Portion } from '@macromuse/core/units/food-quantity';
import type { AnyFoodRow } from './food-refs.ts';
import type { NutrientDefinitionRow } from './foods.repository.ts';

/** Rounds away float noise (values are stored as 32-bit floats in the index). */
function tidy(value: number | undefined | null, digits = 2): number | null {
  if (value === undefined || value === null || Number.isNaN(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function scale(per100g: Macros, grams: number): Macros {
  const at = (v: number | null): number | null => (v === null ? null : tidy((v * grams) / 100));
  return { kcal: at(per100g.kcal), protein: at(per100g.protein), carbs: at(per100g.carbs), fat: at(per100g.fat) };
}

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
      ? { amount: portion.amount, unit: portion.unit, grams: tidy(portion.grams) ?? portion.grams, label: describePortion(portion), nutrients: scale(per100g, portion.grams) }
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
  const n = row.nutrients;
  const per100g: Macros = {
    kcal: tidy(n[NUTRIENT.energyKcal], 1),
    protein: tidy(n[NUTRIENT.protein]),
    carbs: tidy(n[NUTRIENT.carbohydrate]),
    fat: tidy(n[NUTRIENT.fat]),
  };
  const portion = row.default_portion;
  return {
    id: row.id,
    name: row.name,
    brand: row.brand,
    source: row.source,
    energyEstimated: row.energy_estimated,
    per100g,
    defaultPortion: portion ? { ...labelled(portion), nutrients: scale(per100g, portion.grams) } : null,
    duplicates: 0,
  };
}
