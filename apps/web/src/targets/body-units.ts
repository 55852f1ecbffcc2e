import { MASS_UNITS, VOLUME_UNITS } from '@macromuse/core/units/units';
import { parseNumberText } from '../foods/number-text.ts';

/** How a person reads body measures: metric (kg, cm, ml) or US customary (lb, ft and in, fl oz). */
export type UnitSystem = 'metric' | 'us';

const CM_PER_INCH = 2.54;
const KG_PER_LB = MASS_UNITS.lb / MASS_UNITS.kg;
const ML_PER_FL_OZ = VOLUME_UNITS['fl oz'];

/** Rounds to `decimals` places, without the float noise of 0.1 + 0.2. */
export const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export const kgToLb = (kg: number): number => kg / KG_PER_LB;
export const lbToKg = (lb: number): number => lb * KG_PER_LB;
export const mlToFlOz = (ml: number): number => ml / ML_PER_FL_OZ;
export const flOzToMl = (flOz: number): number => flOz * ML_PER_FL_OZ;

/** A height in whole feet and inches to one decimal: 180 cm is 5 ft 10.9 in (never 5 ft 12.0 in). */
export function cmToFeetInches(cm: number): { readonly feet: number; readonly inches: number } {
  const totalInches = roundTo(cm / CM_PER_INCH, 1);
  const feet = Math.floor(totalInches / 12);
  return { feet, inches: roundTo(totalInches - feet * 12, 1) };
}

export const feetInchesToCm = (feet: number, inches: number): number => (feet * 12 + inches) * CM_PER_INCH;

/** A body weight in the person's unit, to the tenth: "80.5 kg", "177.5 lb". */
export function formatBodyWeight(kg: number, units: UnitSystem): string {
  return units === 'us' ? `${kgToLb(kg).toFixed(1)} lb` : `${kg.toFixed(1)} kg`;
}

/** A body weight in the person's unit as a number to the tenth (for an input field). */
export const bodyWeightIn = (kg: number, units: UnitSystem): number => roundTo(units === 'us' ? kgToLb(kg) : kg, 1);

/** Kilograms from a number typed in the person's unit. */
export const bodyWeightToKg = (value: number, units: UnitSystem): number => (units === 'us' ? lbToKg(value) : value);

/** A volume of water in the person's unit: "1,250 ml", "42 fl oz". */
export function formatWater(ml: number, units: UnitSystem): string {
  return units === 'us' ? `${Math.round(mlToFlOz(ml)).toLocaleString('en-US')} fl oz` : `${Math.round(ml).toLocaleString('en-US')} ml`;
}

/** Millilitres from a number typed in the person's unit, to the whole ml. */
export const waterToMl = (value: number, units: UnitSystem): number => Math.round(units === 'us' ? flOzToMl(value) : value);

/** A number of zero or more a person typed, accepting a decimal comma ("72,5"); undefined when it is empty or not such a number. */
export function parseDecimal(text: string): number | undefined {
  const value = parseNumberText(text);
  return value === undefined || Number.isNaN(value) || value < 0 ? undefined : value;
}
