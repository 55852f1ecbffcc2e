import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { numberForInput } from './number-text.ts';

export interface UnitOption {
  /** The unit as it is logged: one of the food's portions, `g` or `oz`, or the unit it was last logged in. */
  readonly value: string;
  readonly label: string;
}

/** How an entry was logged last time, to start from the same amount. */
export interface LastAmount {
  readonly amount: number;
  readonly unit: string;
}

const OUNCE_GRAMS = 28.349523125;

/** "bar · 112 g": one of the unit, with its weight (unless the unit already says it: "serving (35 g)"). */
function portionLabel(unit: string, gramsEach: number): string {
  if (/\(\s*[\d.,]+\s*g\s*\)/i.test(unit)) return unit;
  return `${unit} · ${numberForInput(gramsEach, gramsEach < 10 ? 1 : 0)} g`;
}

/**
 * The units an amount of this food can be given in: its own portions (one of each, with its
 * weight), then grams and ounces, and the unit it was last logged in if that is none of them.
 */
export function unitOptions(food: Pick<FoodDetail, 'portions'>, last?: LastAmount): UnitOption[] {
  const options: UnitOption[] = [];
  const seen = new Set<string>();
  const add = (value: string, label: string) => {
    if (seen.has(value.toLowerCase())) return;
    seen.add(value.toLowerCase());
    options.push({ value, label });
  };
  for (const p of food.portions) {
    if (p.grams > 0 && p.amount > 0) add(p.unit, portionLabel(p.unit, p.grams / p.amount));
  }
  add('g', 'grams');
  add('oz', `oz · ${numberForInput(OUNCE_GRAMS, 1)} g`);
  if (last) add(last.unit, last.unit);
  return options;
}

/** Where the amount starts: as last logged, else the food's usual portion, else 100 g. */
export function startingAmount(food: Pick<FoodDetail, 'defaultPortion'>, last?: LastAmount): { readonly amountText: string; readonly unit: string } {
  if (last) return { amountText: numberForInput(last.amount), unit: last.unit };
  const portion = food.defaultPortion;
  if (portion) return { amountText: numberForInput(portion.amount), unit: portion.unit };
  return { amountText: '100', unit: 'g' };
}

/** How much the − and + buttons change the amount by, in this unit. */
export function amountStep(unit: string): number {
  if (unit === 'g' || unit === 'ml') return 10;
  return 0.5;
}

/** The amount one step up or down, never below one step, without float noise. */
export function stepAmount(amount: number | undefined, unit: string, direction: 1 | -1): number {
  const step = amountStep(unit);
  const from = amount !== undefined && Number.isFinite(amount) ? amount : 0;
  const next = Math.round((from + direction * step) * 100) / 100;
  return Math.max(step, next);
}
