import { profileInputSchema, profileSchema, type Profile } from '@macromuse/contract/targets/profile.schemas';
import { targetSettingsSchema, targetsSchema, type TargetSettings, type Targets } from '@macromuse/contract/targets/targets.schemas';
import { MICRONUTRIENT_NUMBERS } from '@macromuse/core/targets/dietary-reference-intakes';
import { ageOn } from '@macromuse/core/targets/profile';
import { targetsForSettings } from '@macromuse/contract/targets/targets-for-settings';
import type { Queryable } from '../db/client.ts';
import type { ApiRouter } from '../http/api-router.ts';
import { HttpError } from '../http/http-errors.ts';
import { findProfile, findTargetSettings, saveProfile, saveTargetSettings, type ProfileRow } from './profile.repository.ts';

const TAG = 'profile and targets';
const MIN_AGE = 13;
const MAX_AGE = 120;

/** Today's date in a time zone, YYYY-MM-DD: the calendar day the user is living. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function toProfile(row: ProfileRow): Profile {
  return {
    sex: row.sex,
    birthDate: row.birth_date,
    heightCm: row.height_cm,
    weightKg: row.weight_kg,
    bodyFatPct: row.body_fat_pct,
    activity: row.activity,
    goal: row.goal,
    rateKgPerWeek: row.rate_kg_per_week,
    units: row.units,
    timeZone: row.time_zone,
    meals: row.meals,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/**
 * The user's targets on a date, computed from their profile (read by the caller, who may need it
 * for more) and what they set by hand; undefined before onboarding.
 */
export async function loadTargets(tx: Queryable, profile: ProfileRow | undefined, onDate?: string): Promise<Targets | undefined> {
  if (!profile) return undefined;
  const settings = targetSettingsSchema.catch({}).parse((await findTargetSettings(tx)) ?? {});
  return targetsFor(profile, settings, onDate ?? todayIn(profile.time_zone));
}

function targetsFor(profile: ProfileRow, settings: TargetSettings, onDate: string): Targets {
  return targetsForSettings(toProfile(profile), settings, onDate);
}

export function registerTargetRoutes(api: ApiRouter): void {
  api.route({
    method: 'GET',
    path: '/api/me/profile',
    tag: TAG,
    access: 'user',
    summary: 'Your body, goal, units, time zone and meals',
    response: profileSchema,
    handler: async ({ tx }) => {
      const row = await findProfile(tx);
      if (!row) throw new HttpError(404, 'no_profile', 'No profile yet: PUT /api/me/profile to set it');
      return toProfile(row);
    },
  });

  api.route({
    method: 'PUT',
    path: '/api/me/profile',
    tag: TAG,
    access: 'user',
    summary: 'Set your profile; your targets follow from it',
    body: profileInputSchema,
    response: profileSchema,
    handler: async ({ body, user, tx }) => {
      const today = todayIn(body.timeZone);
      const age = body.birthDate > today ? -1 : ageOn(body.birthDate, today);
      if (age < MIN_AGE || age > MAX_AGE) {
        throw new HttpError(400, 'bad_request', `birthDate: MacroMuse is for people aged ${MIN_AGE} to ${MAX_AGE}`, [
          { field: 'birthDate', problem: `must give an age from ${MIN_AGE} to ${MAX_AGE}` },
        ]);
      }
      const row = await saveProfile(tx, user.id, {
        sex: body.sex,
        birth_date: body.birthDate,
        height_cm: body.heightCm,
        weight_kg: body.weightKg,
        body_fat_pct: body.bodyFatPct,
        activity: body.activity,
        goal: body.goal,
        rate_kg_per_week: body.goal === 'maintain' ? 0 : body.rateKgPerWeek,
        units: body.units,
        time_zone: body.timeZone,
        meals: body.meals,
      });
      return toProfile(row);
    },
  });

  api.route({
    method: 'GET',
    path: '/api/me/targets',
    tag: TAG,
    access: 'user',
    summary: 'Your daily targets: energy (BMR, TDEE, goal), macros, vitamins and minerals with upper limits',
    response: targetsSchema,
    handler: async ({ tx }) => {
      const targets = await loadTargets(tx, await findProfile(tx));
      if (!targets) throw new HttpError(404, 'no_profile', 'Targets are computed from your profile: PUT /api/me/profile first');
      return targets;
    },
  });

  api.route({
    method: 'PUT',
    path: '/api/me/targets',
    tag: TAG,
    access: 'user',
    summary: 'Set targets by hand or change how they are computed (protein g/kg or %, fat %, calorie floor)',
    description: 'Replaces the previous settings: a field left out goes back to its computed value.',
    body: targetSettingsSchema,
    response: targetsSchema,
    handler: async ({ body, user, tx }) => {
      for (const number of Object.keys(body.micronutrients ?? {})) {
        if (!(MICRONUTRIENT_NUMBERS as readonly string[]).includes(number)) {
          throw new HttpError(400, 'bad_request', `micronutrients.${number}: no vitamin or mineral target has this USDA number`, [
            { field: `micronutrients.${number}`, problem: 'has no vitamin or mineral target' },
          ]);
        }
      }
      const profile = await findProfile(tx);
      if (!profile) throw new HttpError(404, 'no_profile', 'Targets are computed from your profile: PUT /api/me/profile first');
      await saveTargetSettings(tx, user.id, body);
      return targetsFor(profile, body, todayIn(profile.time_zone));
    },
  });
}
