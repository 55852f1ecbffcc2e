import type { Targets } from '@macromuse/contract/targets/targets.schemas';

/** A warning about the targets, in plain words, with what to do about it. */
export function warningText(code: string, energy: Pick<Targets['energy'], 'floor'>): string {
  switch (code) {
    case 'manual-kcal-raised-to-floor':
      return `Your calorie target is below the safe minimum of ${energy.floor.toLocaleString('en-US')} kcal a day, so ${energy.floor.toLocaleString('en-US')} kcal is used instead.`;
    case 'protein-and-fat-exceed-energy':
      return 'Protein and fat alone add up to more calories than your target, so carbs are 0 g. Lower protein or fat, or raise calories.';
    default:
      return code;
  }
}

/** True when the calorie target was held at the safe minimum: the person may choose to go below it. */
export const floorReached = (shown: Pick<Targets, 'energy' | 'warnings'>): boolean =>
  shown.energy.floorApplied || shown.warnings.includes('manual-kcal-raised-to-floor');
