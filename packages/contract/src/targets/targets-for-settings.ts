import { computeTargets } from '@macromuse/core/targets/targets';
import type { BodyProfile } from '@macromuse/core/targets/profile';
import type { TargetSettings, Targets } from './targets.schemas.ts';

/**
 * The targets for a body on a day with the settings a person saved: what GET /api/me/targets
 * answers, and what the app previews while the settings are being changed. A day before the
 * birth date (an old diary page) is measured with the targets of birth day.
 */
export function targetsForSettings(body: BodyProfile, settings: TargetSettings, onDate: string): Targets {
  const computed = computeTargets(body, onDate < body.birthDate ? body.birthDate : onDate, {
    allowBelowFloor: settings.allowBelowFloor,
    macros: { ...(settings.protein ? { protein: settings.protein } : {}), ...(settings.fatPct !== undefined ? { fatPct: settings.fatPct } : {}) },
    overrides: { ...settings.manual, micronutrients: settings.micronutrients },
  });
  return { ...computed, warnings: [...computed.warnings], settings };
}
