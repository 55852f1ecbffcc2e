import type { Portion } from '../units/food-quantity.ts';

/** One thing logged to a meal of a day: an amount of a food, or a quick add of calories and macros. */
export interface LedgerEntry {
  readonly id: string;
  readonly date: string;
  readonly meal: string;
  readonly kind: 'food' | 'quick';
  /** The food's reference (see food-ref.ts); null for a quick add. */
  readonly foodId: string | null;
  readonly name: string;
  readonly brand: string | null;
  readonly amount: number;
  readonly unit: string;
  readonly grams: number | null;
  /** Nutrients of the amount logged, by USDA number. */
  readonly nutrients: Readonly<Record<string, number>>;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What an entry of a food is weighed and computed with: the food's nutrients per 100 g and its portions. */
export interface FoodBasis {
  readonly name: string;
  readonly brand: string | null;
  readonly per100g: Readonly<Record<string, number>>;
  readonly portions: readonly Portion[];
  readonly defaultPortion: Portion | null;
}

export interface WeightEntry {
  readonly id: string;
  readonly date: string;
  readonly kg: number;
  readonly measuredAt: string;
}

export interface WaterEntry {
  readonly id: string;
  readonly date: string;
  readonly ml: number;
  readonly createdAt: string;
}

/** A write refused, naming the field at fault and why. */
export interface Refusal {
  readonly ok: false;
  readonly field: string;
  readonly reason: string;
}

export type Outcome<T> = { readonly ok: true; readonly value: T } | Refusal;
