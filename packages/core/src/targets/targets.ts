import {
  lifeStageGroup,
  micronutrientTargets,
  type LifeStageGroup,
  type MicronutrientTarget,
  type MicronutrientTargets,
} from './dietary-reference-intakes.ts';
import { applyCalorieFloor, energyTargets, type EnergyTargets } from './energy-targets.ts';
import {
  applyMacroOverrides,
  DEFAULT_MACRO_SETTINGS,
  macroTargets,
  type FinalMacroTargets,
  type MacroOverrides,
  type MacroSettings,
  type MacroWarning,
} from './macro-targets.ts';
import { ageOn, type BodyProfile } from './profile.ts';

/** Targets set by hand: macronutrients by name, vitamins and minerals by USDA nutrient number. */
export interface TargetOverrides extends MacroOverrides {
  readonly micronutrients?: Readonly<Record<string, number>> | undefined;
}

export interface ComputeTargetsOptions {
  /** Let the calorie target, computed or set by hand, go below the safe floor. */
  readonly allowBelowFloor?: boolean | undefined;
  /** How protein and fat are set; each part left out takes its default. */
  readonly macros?: Partial<MacroSettings> | undefined;
  readonly overrides?: TargetOverrides | undefined;
}

export interface FinalMicronutrientTarget extends MicronutrientTarget {
  /** True when the target was set by hand rather than taken from the DRI tables. */
  readonly manual: boolean;
}

export type TargetWarning = MacroWarning | 'manual-kcal-raised-to-floor';

export interface NutritionTargets {
  /** The date the targets were computed for (YYYY-MM-DD). */
  readonly onDate: string;
  readonly ageYears: number;
  /** DRI life-stage group, absent under one year of age. */
  readonly lifeStageGroup?: LifeStageGroup;
  /** Energy as computed from the body and goal, before any calorie target set by hand. */
  readonly energy: EnergyTargets;
  readonly macroSettings: MacroSettings;
  /** Final daily targets: kcal, protein, fat, carbohydrate and fibre, with those set by hand marked. */
  readonly macros: FinalMacroTargets;
  /** Final daily vitamin and mineral targets, keyed by USDA nutrient number. */
  readonly micronutrients: Readonly<Record<string, FinalMicronutrientTarget>>;
  readonly warnings: readonly TargetWarning[];
}

/**
 * Replaces DRI targets with those set by hand and marks them. A number with no DRI, or a value
 * that is not a number ≥ 0, is a RangeError.
 */
export function applyMicronutrientOverrides(
  targets: MicronutrientTargets,
  overrides: Readonly<Record<string, number>> = {},
): Readonly<Record<string, FinalMicronutrientTarget>> {
  for (const [number, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(targets, number)) throw new RangeError(`nutrient ${number} has no vitamin or mineral target to override`);
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`nutrient ${number} target must be a number ≥ 0, got ${value}`);
  }
  return Object.fromEntries(
    Object.entries(targets).map(([number, target]) => {
      const manual = overrides[number];
      return [number, manual === undefined ? { ...target, manual: false } : { ...target, target: manual, manual: true }];
    }),
  );
}

/**
 * Everything a person's day is measured against, on a given date: energy from the body and goal,
 * macronutrients from that energy, vitamins and minerals from the DRI tables for sex and age, and
 * the targets set by hand in place of the computed ones. A calorie target set by hand is held to
 * the same floor as a computed one unless `allowBelowFloor` is set. Plain data: JSON round-trips it.
 */
export function computeTargets(profile: BodyProfile, onDate: string, options: ComputeTargetsOptions = {}): NutritionTargets {
  const ageYears = ageOn(profile.birthDate, onDate);
  const floorOptions = { allowBelowFloor: options.allowBelowFloor };
  const energy = energyTargets(profile, ageYears, floorOptions);
  const macroSettings: MacroSettings = {
    protein: options.macros?.protein ?? DEFAULT_MACRO_SETTINGS.protein,
    fatPct: options.macros?.fatPct ?? DEFAULT_MACRO_SETTINGS.fatPct,
  };
  const overrides = options.overrides ?? {};
  const warnings: TargetWarning[] = [];

  let kcalOverride = overrides.kcal;
  if (kcalOverride !== undefined && Number.isFinite(kcalOverride) && kcalOverride >= 0) {
    const floored = applyCalorieFloor(kcalOverride, profile.sex, floorOptions);
    if (floored.floorApplied) warnings.push('manual-kcal-raised-to-floor');
    kcalOverride = floored.kcal;
  }
  // Percent-of-energy settings follow a calorie target set by hand.
  const computedMacros = macroTargets(kcalOverride ?? energy.kcal, profile.weightKg, macroSettings);
  const macros = applyMacroOverrides(computedMacros, {
    kcal: kcalOverride,
    proteinG: overrides.proteinG,
    fatG: overrides.fatG,
    carbohydrateG: overrides.carbohydrateG,
    fibreG: overrides.fibreG,
  });
  if (macros.warning !== undefined) warnings.push(macros.warning);

  const group = lifeStageGroup(ageYears);
  return {
    onDate,
    ageYears,
    ...(group === undefined ? {} : { lifeStageGroup: group }),
    energy,
    macroSettings,
    macros,
    micronutrients: applyMicronutrientOverrides(micronutrientTargets(profile.sex, ageYears), overrides.micronutrients),
    warnings,
  };
}
