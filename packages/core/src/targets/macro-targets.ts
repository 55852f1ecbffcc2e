import { ATWATER } from '../nutrients/energy.ts';

/** Protein set by grams per kg of body weight, or by percent of energy. */
export type ProteinSetting =
  | { readonly kind: 'per-kg'; readonly gPerKg: number }
  | { readonly kind: 'percent'; readonly pct: number };

export interface MacroSettings {
  readonly protein: ProteinSetting;
  /** Fat in percent of energy. */
  readonly fatPct: number;
}

export const DEFAULT_PROTEIN_G_PER_KG = 1.6;
export const DEFAULT_FAT_PCT = 30;

export const DEFAULT_MACRO_SETTINGS: MacroSettings = {
  protein: { kind: 'per-kg', gPerKg: DEFAULT_PROTEIN_G_PER_KG },
  fatPct: DEFAULT_FAT_PCT,
};

/** Adequate Intake of dietary fibre: 14 g per 1,000 kcal (Dietary Reference Intakes for macronutrients, 2005). */
export const FIBRE_G_PER_1000_KCAL = 14;

export type MacroWarning = 'protein-and-fat-exceed-energy';

export interface MacroTargets {
  readonly kcal: number;
  readonly proteinG: number;
  readonly fatG: number;
  readonly carbohydrateG: number;
  readonly fibreG: number;
  /** Set when protein and fat alone hold more energy than the target: carbohydrate is then 0. */
  readonly warning?: MacroWarning;
}

export const MACRO_KEYS = ['kcal', 'proteinG', 'fatG', 'carbohydrateG', 'fibreG'] as const;
export type MacroKey = (typeof MACRO_KEYS)[number];

export type MacroOverrides = { readonly [K in MacroKey]?: number | undefined };

export interface FinalMacroTargets extends MacroTargets {
  /** Which targets were set by hand. */
  readonly manual: Readonly<Record<MacroKey, boolean>>;
}

/** Energy of the given grams of protein, fat and carbohydrate, kcal (4/9/4 kcal per g). */
export function macroEnergyKcal(proteinG: number, fatG: number, carbohydrateG: number): number {
  return ATWATER.protein * proteinG + ATWATER.fat * fatG + ATWATER.carbohydrate * carbohydrateG;
}

export function fibreForEnergy(kcal: number): number {
  return Math.round((kcal * FIBRE_G_PER_1000_KCAL) / 1000);
}

/**
 * Targets from final energy, protein, fat and fibre: carbohydrate as given, or else the energy
 * protein and fat leave (whole g, never negative). The warning says when protein and fat alone
 * hold more energy than the target.
 */
function assemble(kcal: number, proteinG: number, fatG: number, carbohydrateG: number | undefined, fibreG: number): MacroTargets {
  const left = kcal - ATWATER.protein * proteinG - ATWATER.fat * fatG;
  const carbohydrate = carbohydrateG ?? (left > 0 ? Math.round(left / ATWATER.carbohydrate) : 0);
  return {
    kcal,
    proteinG,
    fatG,
    carbohydrateG: carbohydrate,
    fibreG,
    ...(left < 0 ? { warning: 'protein-and-fat-exceed-energy' as const } : {}),
  };
}

/**
 * Macronutrient targets for a calorie target: protein by g/kg of body weight or % of energy,
 * fat by % of energy, carbohydrate the energy left (4/9/4 kcal per g), fibre 14 g per 1,000 kcal.
 * Grams are whole; protein and fat are rounded first so the three add up to the target within 2 kcal.
 */
export function macroTargets(kcal: number, weightKg: number, settings: MacroSettings = DEFAULT_MACRO_SETTINGS): MacroTargets {
  const proteinG = Math.round(
    settings.protein.kind === 'per-kg'
      ? settings.protein.gPerKg * weightKg
      : (kcal * settings.protein.pct) / 100 / ATWATER.protein,
  );
  const fatG = Math.round((kcal * settings.fatPct) / 100 / ATWATER.fat);
  return assemble(kcal, proteinG, fatG, undefined, fibreForEnergy(kcal));
}

function checkOverride(key: MacroKey, value: number | undefined): number | undefined {
  if (value !== undefined && !(Number.isFinite(value) && value >= 0)) {
    throw new RangeError(`${key} must be a number ≥ 0, got ${value}`);
  }
  return value;
}

/**
 * The final targets: each value set by hand replaces the computed one and is marked manual.
 * Carbohydrate stays the energy left by protein and fat unless it is set by hand, so it follows
 * a hand-set energy, protein or fat; fibre follows a hand-set energy unless it is set by hand.
 */
export function applyMacroOverrides(computed: MacroTargets, overrides: MacroOverrides): FinalMacroTargets {
  const kcal = checkOverride('kcal', overrides.kcal);
  const proteinG = checkOverride('proteinG', overrides.proteinG);
  const fatG = checkOverride('fatG', overrides.fatG);
  const carbohydrateG = checkOverride('carbohydrateG', overrides.carbohydrateG);
  const fibreG = checkOverride('fibreG', overrides.fibreG);
  const manual = {
    kcal: kcal !== undefined,
    proteinG: proteinG !== undefined,
    fatG: fatG !== undefined,
    carbohydrateG: carbohydrateG !== undefined,
    fibreG: fibreG !== undefined,
  };
  const finalKcal = kcal ?? computed.kcal;
  const remainderChanged = manual.kcal || manual.proteinG || manual.fatG;
  const targets = assemble(
    finalKcal,
    proteinG ?? computed.proteinG,
    fatG ?? computed.fatG,
    carbohydrateG ?? (remainderChanged ? undefined : computed.carbohydrateG),
    fibreG ?? (manual.kcal ? fibreForEnergy(finalKcal) : computed.fibreG),
  );
  return { ...targets, manual };
}
