import { ACTIVITY_FACTORS, type BodyProfile, type Goal, type Sex } from './profile.ts';

/** Energy in one kilogram of body weight gained or lost, kcal (the usual rule of thumb). */
export const KCAL_PER_KG_BODY_WEIGHT = 7700;

/** Lowest daily calorie target given without an explicit override, kcal. */
export const CALORIE_FLOORS: Readonly<Record<Sex, number>> = { female: 1200, male: 1500 };

export type BmrFormula = 'mifflin-st-jeor' | 'katch-mcardle';

/**
 * Basal metabolic rate, kcal/day, by Mifflin-St Jeor (1990):
 * 10 × weight kg + 6.25 × height cm − 5 × age years + 5 (men) or − 161 (women).
 */
export function bmrMifflinStJeor(sex: Sex, weightKg: number, heightCm: number, ageYears: number): number {
  return 10 * weightKg + 6.25 * heightCm - 5 * ageYears + (sex === 'male' ? 5 : -161);
}

/** Lean (fat-free) body mass, kg. */
export function leanMassKg(weightKg: number, bodyFatPct: number): number {
  return weightKg * (1 - bodyFatPct / 100);
}

/** Basal metabolic rate, kcal/day, by Katch-McArdle: 370 + 21.6 × lean body mass kg. */
export function bmrKatchMcArdle(weightKg: number, bodyFatPct: number): number {
  return 370 + 21.6 * leanMassKg(weightKg, bodyFatPct);
}

export interface BmrResult {
  readonly kcal: number;
  readonly formula: BmrFormula;
}

/** Katch-McArdle when body fat is known (it accounts for lean mass), Mifflin-St Jeor otherwise. */
export function bmr(
  profile: Pick<BodyProfile, 'sex' | 'weightKg' | 'heightCm' | 'bodyFatPct'>,
  ageYears: number,
): BmrResult {
  if (profile.bodyFatPct !== undefined) {
    return { kcal: bmrKatchMcArdle(profile.weightKg, profile.bodyFatPct), formula: 'katch-mcardle' };
  }
  return {
    kcal: bmrMifflinStJeor(profile.sex, profile.weightKg, profile.heightCm, ageYears),
    formula: 'mifflin-st-jeor',
  };
}

/** Weekly weight change aimed for, kg: negative to lose, positive to gain, 0 to maintain. */
export function signedRateKgPerWeek(goal: Goal, rateKgPerWeek: number): number {
  const magnitude = Math.abs(rateKgPerWeek);
  if (goal === 'maintain' || magnitude === 0) return 0;
  return goal === 'lose' ? -magnitude : magnitude;
}

/** Daily energy surplus (positive) or deficit (negative) for a weekly weight change, kcal/day. */
export function dailyEnergyAdjustment(goal: Goal, rateKgPerWeek: number): number {
  const signed = signedRateKgPerWeek(goal, rateKgPerWeek);
  return signed === 0 ? 0 : (signed * KCAL_PER_KG_BODY_WEIGHT) / 7;
}

export interface EnergyTargetOptions {
  /** Let the calorie target go below the safe floor (never below 0). */
  readonly allowBelowFloor?: boolean | undefined;
}

export interface CalorieFloorResult {
  readonly kcal: number;
  readonly floorApplied: boolean;
}

/** Raises a whole-kcal target to the floor for the sex, unless allowed below it; never below 0. */
export function applyCalorieFloor(kcal: number, sex: Sex, options: EnergyTargetOptions = {}): CalorieFloorResult {
  const rounded = Math.max(0, Math.round(kcal));
  const floor = CALORIE_FLOORS[sex];
  if (options.allowBelowFloor === true || rounded >= floor) return { kcal: rounded, floorApplied: false };
  return { kcal: floor, floorApplied: true };
}

export interface EnergyTargets {
  /** Basal metabolic rate, whole kcal/day. */
  readonly bmr: number;
  readonly bmrFormula: BmrFormula;
  readonly activityFactor: number;
  /** Total daily energy expenditure, whole kcal/day. */
  readonly tdee: number;
  /** Surplus (positive) or deficit (negative) for the goal, whole kcal/day. */
  readonly dailyAdjustment: number;
  /** The calorie floor for the sex, kcal/day. */
  readonly floor: number;
  /** Daily calorie target, whole kcal. */
  readonly kcal: number;
  /** True when the target was raised to the floor. */
  readonly floorApplied: boolean;
}

/**
 * Calorie target: BMR × activity factor, plus the daily surplus or deficit that gives the
 * weekly weight change of the goal (7,700 kcal per kg), never below the floor unless allowed.
 * The target is computed from unrounded figures; the figures reported are rounded to whole kcal.
 */
export function energyTargets(
  profile: Omit<BodyProfile, 'birthDate'>,
  ageYears: number,
  options: EnergyTargetOptions = {},
): EnergyTargets {
  const basal = bmr(profile, ageYears);
  const activityFactor = ACTIVITY_FACTORS[profile.activity];
  const tdee = basal.kcal * activityFactor;
  const dailyAdjustment = dailyEnergyAdjustment(profile.goal, profile.rateKgPerWeek);
  const { kcal, floorApplied } = applyCalorieFloor(tdee + dailyAdjustment, profile.sex, options);
  return {
    bmr: Math.round(basal.kcal),
    bmrFormula: basal.formula,
    activityFactor,
    tdee: Math.round(tdee),
    dailyAdjustment: Math.round(dailyAdjustment) + 0,
    floor: CALORIE_FLOORS[profile.sex],
    kcal,
    floorApplied,
  };
}
