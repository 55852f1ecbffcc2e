import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { nutrientsForGrams } from '@macromuse/core/ledger/entry-nutrients';

/** Daily targets by USDA nutrient number, in each nutrient's own unit. */
export type DailyTargets = Readonly<Record<string, number>>;

export interface LabelRow {
  readonly number: string;
  readonly name: string;
  readonly unit: string;
  /** In the chosen amount of food. */
  readonly amount: number;
  /** Share of the daily target, in whole percent; undefined where there is no target. */
  readonly percent: number | undefined;
  /** A part of the row above it (saturated fat of total fat). */
  readonly part: boolean;
}

export interface LabelGroup {
  readonly title: string;
  readonly rows: readonly LabelRow[];
}

export interface NutritionFacts {
  /** Energy in the chosen amount; undefined when the food states none. */
  readonly kcal: number | undefined;
  readonly kcalPercent: number | undefined;
  /** The rows of the familiar label (fat, sodium, carbohydrate, protein...), those the food has. */
  readonly main: readonly LabelRow[];
  /** Every other nutrient the food has, grouped, each group in the food's order. */
  readonly groups: readonly LabelGroup[];
}

/** The rows of a US Nutrition Facts panel, in its order, with the names people know them by. */
const MAIN_ROWS: readonly { readonly number: string; readonly name: string; readonly part: boolean }[] = [
  { number: '204', name: 'Total fat', part: false },
  { number: '606', name: 'Saturated fat', part: true },
  { number: '605', name: 'Trans fat', part: true },
  { number: '601', name: 'Cholesterol', part: false },
  { number: '307', name: 'Sodium', part: false },
  { number: '205', name: 'Total carbohydrate', part: false },
  { number: '291', name: 'Dietary fibre', part: true },
  { number: '269', name: 'Total sugars', part: true },
  { number: '203', name: 'Protein', part: false },
];
const ENERGY = '208';
const ON_MAIN = new Set([ENERGY, ...MAIN_ROWS.map((r) => r.number)]);

/** The groups of the rest of the label, in the order USDA lists them. */
const GROUPS = [
  { key: 'composition', title: 'Carbohydrates and more' },
  { key: 'minerals', title: 'Minerals' },
  { key: 'vitamins', title: 'Vitamins' },
  { key: 'lipids', title: 'Fats and sterols' },
  { key: 'amino-acids', title: 'Amino acids' },
  { key: 'other', title: 'Other' },
] as const;
export type NutrientGroup = (typeof GROUPS)[number]['key'];

/** The group USDA files a nutrient number under. */
export function nutrientGroup(number: string): NutrientGroup {
  const n = Number(number);
  if (n === 221 || n === 262 || n === 263) return 'other';
  if (n >= 200 && n < 300) return 'composition';
  if (n >= 300 && n < 318) return 'minerals';
  if (n >= 501 && n <= 521) return 'amino-acids';
  if (n >= 318 && n < 600) return 'vitamins';
  if ((n >= 600 && n < 700) || (n >= 851 && n <= 859)) return 'lipids';
  return 'other';
}

/** "Calcium, Ca" reads as "Calcium": the chemical symbol adds nothing on a label. */
export function plainName(name: string): string {
  return name.replace(/, [A-Z][a-z]?$/, '');
}

/** The person's daily targets by nutrient number: the macros and every vitamin and mineral target. */
export function dailyTargetsOf(targets: Targets): DailyTargets {
  const out: Record<string, number> = {};
  for (const [number, target] of Object.entries(targets.micronutrients)) out[number] = target.target;
  out['208'] = targets.macros.kcal;
  out['203'] = targets.macros.proteinG;
  out['204'] = targets.macros.fatG;
  out['205'] = targets.macros.carbohydrateG;
  out['291'] = targets.macros.fibreG;
  return out;
}

/** Whole percent of a daily target; undefined without a (positive) target. */
export function percentOfTarget(amount: number, target: number | undefined): number | undefined {
  if (target === undefined || !(target > 0)) return undefined;
  return Math.round((amount / target) * 100);
}

/** The label of `grams` of a food: every nutrient it has, scaled, with the share of each daily target. */
export function nutritionFacts(nutrients: FoodDetail['nutrients'], grams: number, targets: DailyTargets | undefined): NutritionFacts {
  const scaled = nutrientsForGrams(Object.fromEntries(nutrients.map((n) => [n.number, n.amount])), grams);
  const byNumber = new Map(nutrients.map((n) => [n.number, n]));
  const row = (number: string, name: string, part: boolean): LabelRow | undefined => {
    const nutrient = byNumber.get(number);
    const amount = scaled[number];
    if (!nutrient || amount === undefined) return undefined;
    return { number, name, unit: nutrient.unit, amount, percent: percentOfTarget(amount, targets?.[number]), part };
  };
  const main = MAIN_ROWS.flatMap((r) => row(r.number, r.name, r.part) ?? []);
  const grouped = new Map<NutrientGroup, LabelRow[]>();
  for (const nutrient of nutrients) {
    if (ON_MAIN.has(nutrient.number)) continue;
    const found = row(nutrient.number, plainName(nutrient.name), false);
    if (!found) continue;
    const group = nutrientGroup(nutrient.number);
    grouped.set(group, [...(grouped.get(group) ?? []), found]);
  }
  const groups = GROUPS.flatMap((g) => {
    const rows = grouped.get(g.key);
    return rows ? [{ title: g.title, rows }] : [];
  });
  const kcal = scaled[ENERGY];
  return { kcal, kcalPercent: kcal === undefined ? undefined : percentOfTarget(kcal, targets?.[ENERGY]), main, groups };
}
