import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import type { TargetSettings, Targets } from '@macromuse/contract/targets/targets.schemas';
import { ATWATER } from '@macromuse/core/nutrients/energy';
import { targetsForSettings } from '@macromuse/contract/targets/targets-for-settings';
import { roundTo } from './body-units.ts';
import type { TargetKey, TargetMode } from './target-form.ts';

/** What the targets step shows: energy, the five targets and the warnings. */
export type TargetsShown = Pick<Targets, 'energy' | 'macros' | 'warnings'>;

/**
 * The targets the server will compute for these settings (the same pure computation), shown while
 * they are being changed and before they are saved.
 */
export function previewTargets(profile: Profile, settings: TargetSettings, onDate: string): TargetsShown {
  const { energy, macros, warnings } = targetsForSettings(profile, settings, onDate);
  return { energy, macros, warnings };
}

/** The number to start from when a target is switched to being set a new way: today's target, in that way. */
export function startingText(key: TargetKey, mode: TargetMode, macros: Targets['macros'], weightKg: number): string {
  if (mode === 'computed') return '';
  const grams = { kcal: macros.kcal, protein: macros.proteinG, carbs: macros.carbohydrateG, fat: macros.fatG, fibre: macros.fibreG }[key];
  if (mode === 'amount') return String(grams);
  if (mode === 'per-kg') return String(roundTo(macros.proteinG / weightKg, 1));
  const kcalPerGram = key === 'fat' ? ATWATER.fat : ATWATER.protein;
  return macros.kcal > 0 ? String(Math.round(((grams * kcalPerGram) / macros.kcal) * 100)) : '';
}
