import type { NutrientValues } from '../nutrients/nutrient-numbers.ts';
import type { Portion } from '../units/food-quantity.ts';
import type { FoodSource } from './food-source.ts';

/**
 * One food, whatever its source: nutrients per 100 g keyed by USDA nutrient number, and
 * household portions as (amount, unit, grams).
 */
export interface FoodRecord {
  readonly source: FoodSource;
  /** The food's id in its source: SR28 NDB number, FNDDS food code, product barcode. */
  readonly sourceId: string;
  /** The export the record came from, e.g. "sr28", "off-2024", "lifyzer-2019-06". */
  readonly dataset: string;
  readonly name: string;
  readonly brand: string | undefined;
  readonly category: string | undefined;
  /** GTIN-14 form of the product's barcode, for branded products. */
  readonly barcode: string | undefined;
  /** FoodData Central id, for SR Legacy foods. */
  readonly fdcId: number | undefined;
  readonly nutrients: NutrientValues;
  readonly portions: readonly Portion[];
  /** True when energy was computed from macros rather than stated by the source. */
  readonly energyEstimated: boolean;
  /** Data-quality notes: values removed as impossible, and why. */
  readonly qualityNotes: readonly string[];
  /** When the source last changed this record, if it says (ISO 8601). */
  readonly sourceUpdatedAt: string | undefined;
}

const LABEL_NUTRIENTS = ['208', '203', '204', '205', '291', '269', '307', '606'];

/**
 * How many of the core label nutrients a record states (0-8): the measure of "most
 * complete". Energy estimated from macros is not stated, so it does not count.
 */
export function completeness(food: Pick<FoodRecord, 'nutrients' | 'energyEstimated'>): number {
  return LABEL_NUTRIENTS.reduce((count, number) => {
    if (food.nutrients[number] === undefined || (number === '208' && food.energyEstimated)) return count;
    return count + 1;
  }, 0);
}
