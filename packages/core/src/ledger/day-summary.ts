import { NUTRIENT, NUTRIENT_NAMES, NUTRIENT_UNITS } from '../nutrients/nutrient-numbers.ts';
import { dayProgress, type NutrientProgress, type NutrientTarget } from './day-progress.ts';
import { sumNutrients } from './entry-nutrients.ts';
import type { LedgerEntry, WaterEntry, WeightEntry } from './ledger-entry.ts';
import { orderMeals } from './meals.ts';

/** How a nutrient is named and listed (the catalog's nutrient table, or what the device knows of it). */
export interface NutrientDescription {
  readonly name: string;
  readonly unit: string;
  /** Lower first. */
  readonly order: number;
}

export type DescribeNutrient = (number: string) => NutrientDescription | undefined;

/** What a day is made of: its entries, water and weights, the person's meals and targets. */
export interface DayParts<E extends LedgerEntry = LedgerEntry> {
  readonly date: string;
  readonly meals: readonly string[];
  readonly entries: readonly E[];
  readonly water: readonly WaterEntry[];
  readonly weights: readonly WeightEntry[];
  /** Targets by USDA number; undefined before the person has a profile. */
  readonly targets: Readonly<Record<string, NutrientTarget>> | undefined;
  readonly describe: DescribeNutrient;
}

export interface DaySummary<E extends LedgerEntry = LedgerEntry> {
  readonly date: string;
  readonly meals: { readonly name: string; readonly entries: E[]; readonly totals: Record<string, number> }[];
  readonly totals: Record<string, number>;
  readonly nutrients: (NutrientProgress & { readonly name: string; readonly unit: string })[];
  readonly energy: { readonly kcal: number; readonly target: number | null; readonly remaining: number | null };
  readonly water: { readonly totalMl: number; readonly entries: WaterEntry[] };
  readonly weights: WeightEntry[];
}

/** Names from the USDA numbers this package knows, for nutrients no table describes. */
export const describeFromNumbers: DescribeNutrient = (number) => {
  const name = NUTRIENT_NAMES[number];
  return name ? { name, unit: NUTRIENT_UNITS[number] ?? 'g', order: Number(number) } : undefined;
};

/**
 * A day as a person reads it: each meal with its entries (in the order logged) and subtotal,
 * the day's total of every nutrient logged or targeted against its target with what remains,
 * water and weights. The server answers with it; the web app shows writes not yet sent with it.
 */
export function summariseDay<E extends LedgerEntry>(parts: DayParts<E>): DaySummary<E> {
  const { entries, describe } = parts;
  const totals = sumNutrients(entries.map((e) => e.nutrients));
  const progress = dayProgress(totals, parts.targets);
  const kcal = progress.find((p) => p.number === NUTRIENT.energyKcal);
  const described = (number: string): NutrientDescription => describe(number) ?? describeFromNumbers(number) ?? { name: `Nutrient ${number}`, unit: 'g', order: Number(number) };
  return {
    date: parts.date,
    meals: orderMeals(parts.meals, entries.map((e) => e.meal)).map((name) => {
      const inMeal = entries.filter((e) => e.meal === name);
      return { name, entries: inMeal, totals: sumNutrients(inMeal.map((e) => e.nutrients)) };
    }),
    totals,
    nutrients: progress
      .map((p) => ({ ...p, ...described(p.number) }))
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, ...p }) => p),
    energy: { kcal: kcal?.amount ?? 0, target: kcal?.target ?? null, remaining: kcal?.remaining ?? null },
    water: { totalMl: parts.water.reduce((sum, w) => sum + w.ml, 0), entries: [...parts.water] },
    weights: [...parts.weights],
  };
}
