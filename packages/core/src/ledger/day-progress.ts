import { NUTRIENT, type NutrientValues } from '../nutrients/nutrient-numbers.ts';

/** A daily target for one nutrient, with its upper limit where there is one. */
export interface NutrientTarget {
  readonly target: number;
  readonly upperLimit?: number | undefined;
}

/** The parts of computed targets the day is measured against. */
export interface DayTargets {
  readonly macros: { readonly kcal: number; readonly proteinG: number; readonly fatG: number; readonly carbohydrateG: number; readonly fibreG: number };
  readonly micronutrients: Readonly<Record<string, { readonly target: number; readonly upperLimit?: number | undefined; readonly sameNutrientAs?: string | undefined }>>;
}

/** Targets keyed by USDA nutrient number: energy and macros, then every vitamin and mineral. */
export function targetsByNutrient(targets: DayTargets): Record<string, NutrientTarget> {
  const out: Record<string, NutrientTarget> = {
    [NUTRIENT.energyKcal]: { target: targets.macros.kcal },
    [NUTRIENT.protein]: { target: targets.macros.proteinG },
    [NUTRIENT.fat]: { target: targets.macros.fatG },
    [NUTRIENT.carbohydrate]: { target: targets.macros.carbohydrateG },
    [NUTRIENT.fiber]: { target: targets.macros.fibreG },
  };
  for (const [number, t] of Object.entries(targets.micronutrients)) out[number] = { target: t.target, upperLimit: t.upperLimit };
  return out;
}

export interface NutrientProgress {
  readonly number: string;
  readonly amount: number;
  readonly target: number | null;
  readonly upperLimit: number | null;
  /** What is left to reach the target; negative once past it. */
  readonly remaining: number | null;
}

const tidy = (value: number): number => Math.round(value * 100) / 100;

/** Each nutrient eaten or targeted: the amount so far, the target and what remains. */
export function dayProgress(totals: NutrientValues, targets: Readonly<Record<string, NutrientTarget>> | undefined): NutrientProgress[] {
  const numbers = new Set([...Object.keys(totals), ...Object.keys(targets ?? {})]);
  return [...numbers].map((number) => {
    const amount = tidy(totals[number] ?? 0);
    const t = targets?.[number];
    return {
      number,
      amount,
      target: t ? t.target : null,
      upperLimit: t?.upperLimit ?? null,
      remaining: t ? tidy(t.target - amount) : null,
    };
  });
}
