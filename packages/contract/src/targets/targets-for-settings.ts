import { computeTargets } from '@macromuse/core/targets/targets';
import { ACTIVITY_LEVELS, type ActivityLevel, type BodyProfile } from '@macromuse/core/targets/profile';
import type { Profile } from './profile.schemas.ts';
import type { TargetSettings, Targets } from './targets.schemas.ts';

const isActivity = (value: string): value is ActivityLevel => (ACTIVITY_LEVELS as readonly string[]).includes(value);

/** The body and goal targets are computed from, out of a saved profile (its activity was checked when saved). */
export function bodyOf(profile: Profile): BodyProfile {
  return {
    sex: profile.sex,
    birthDate: profile.birthDate,
    heightCm: profile.heightCm,
    weightKg: profile.weightKg,
    bodyFatPct: profile.bodyFatPct ?? undefined,
    activity: isActivity(profile.activity) ? profile.activity : 'light',
    goal: profile.goal,
    rateKgPerWeek: profile.rateKgPerWeek,
  };
}

/**
 * The targets for a person on a day with the settings they saved: what GET /api/me/targets
 * answers, and what the app previews while the settings are being changed. A day before the
 * birth date (an old diary page) is measured with the targets of birth day.
 */
export function targetsForSettings(profile: Profile, settings: TargetSettings, onDate: string): Targets {
  const body = bodyOf(profile);
  const computed = computeTargets(body, onDate < body.birthDate ? body.birthDate : onDate, {
    allowBelowFloor: settings.allowBelowFloor,
    macros: { ...(settings.protein ? { protein: settings.protein } : {}), ...(settings.fatPct !== undefined ? { fatPct: settings.fatPct } : {}) },
    overrides: { ...settings.manual, micronutrients: settings.micronutrients },
  });
  return { ...computed, warnings: [...computed.warnings], settings };
}
