import { waterToMl, type UnitSystem } from '../targets/body-units.ts';

export interface WaterAmount {
  readonly ml: number;
  /** "+250 ml", "+8 fl oz". */
  readonly label: string;
}

/** One-tap amounts: a glass and a bottle, in round numbers of the person's unit. */
export function quickWaterAmounts(units: UnitSystem): readonly WaterAmount[] {
  const amounts = units === 'us' ? [8, 16] : [250, 500];
  const unit = units === 'us' ? 'fl oz' : 'ml';
  return amounts.map((a) => ({ ml: waterToMl(a, units), label: `+${a} ${unit}` }));
}

/** A simple daily goal: 2,000 ml, or eight 8 fl oz glasses (64 fl oz). */
export const waterGoalMl = (units: UnitSystem): number => waterToMl(units === 'us' ? 64 : 2000, units);

/** The share of the goal drunk, for a bar: from 0 to 1. */
export const waterShare = (totalMl: number, goalMl: number): number => (goalMl <= 0 ? 0 : Math.min(Math.max(totalMl / goalMl, 0), 1));
