import { domainEvent } from '@macromuse/contract/events/domain-events';
import type { Profile, ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import { targetSettingsSchema, type TargetSettings, type Targets } from '@macromuse/contract/targets/targets.schemas';
import { targetsForSettings } from '@macromuse/contract/targets/targets-for-settings';
import { MICRONUTRIENT_NUMBERS } from '@macromuse/core/targets/dietary-reference-intakes';
import { ageOn } from '@macromuse/core/targets/profile';
import type { Queryable } from '../db/client.ts';
import type { UserWork } from '../events/transactions.ts';
import { HttpError } from '../http/http-errors.ts';
import { findProfile, findTargetSettings, saveProfile, saveTargetSettings, type ProfileRow } from './profile.repository.ts';

const MIN_AGE = 13;
const MAX_AGE = 120;

/** Today's date in a time zone, YYYY-MM-DD: the calendar day the user is living. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

export function toProfile(row: ProfileRow): Profile {
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

const noProfile = (): HttpError => new HttpError(404, 'no_profile', 'Targets are computed from your profile: PUT /api/me/profile first');

/**
 * The user's targets on a date, computed from their profile (read by the caller, who may need it
 * for more) and what they set by hand; undefined before onboarding.
 */
export async function loadTargets(tx: Queryable, profile: ProfileRow | undefined, onDate?: string): Promise<Targets | undefined> {
  if (!profile) return undefined;
  return targetsOf(profile, await findTargetSettings(tx), onDate);
}

/** The targets from a profile and the settings saved with it (settings an older release saved, and no longer valid, count as none). */
export function targetsOf(profile: ProfileRow, saved: unknown, onDate?: string): Targets {
  const settings = targetSettingsSchema.catch({}).parse(saved ?? {});
  return targetsForSettings(toProfile(profile), settings, onDate ?? todayIn(profile.time_zone));
}

/** The profile, or null before the person first sets it. */
export async function profile(tx: Queryable): Promise<Profile | null> {
  const row = await findProfile(tx);
  return row ? toProfile(row) : null;
}

export async function setProfile(work: UserWork, input: ProfileInput): Promise<Profile> {
  const today = todayIn(input.timeZone);
  const age = input.birthDate > today ? -1 : ageOn(input.birthDate, today);
  if (age < MIN_AGE || age > MAX_AGE) {
    throw new HttpError(400, 'bad_request', `birthDate: MacroMuse is for people aged ${MIN_AGE} to ${MAX_AGE}`, [
      { field: 'birthDate', problem: `must give an age from ${MIN_AGE} to ${MAX_AGE}` },
    ]);
  }
  const row = await saveProfile(work.tx, work.userId, {
    sex: input.sex,
    birth_date: input.birthDate,
    height_cm: input.heightCm,
    weight_kg: input.weightKg,
    body_fat_pct: input.bodyFatPct,
    activity: input.activity,
    goal: input.goal,
    rate_kg_per_week: input.goal === 'maintain' ? 0 : input.rateKgPerWeek,
    units: input.units,
    time_zone: input.timeZone,
    meals: input.meals,
  });
  work.events.raise(domainEvent('profile.saved', { userId: work.userId }));
  return toProfile(row);
}

export async function targets(tx: Queryable): Promise<Targets> {
  const found = await loadTargets(tx, await findProfile(tx));
  if (!found) throw noProfile();
  return found;
}

export async function setTargets(work: UserWork, settings: TargetSettings): Promise<Targets> {
  for (const number of Object.keys(settings.micronutrients ?? {})) {
    if (!(MICRONUTRIENT_NUMBERS as readonly string[]).includes(number)) {
      throw new HttpError(400, 'bad_request', `micronutrients.${number}: no vitamin or mineral target has this USDA number`, [
        { field: `micronutrients.${number}`, problem: 'has no vitamin or mineral target' },
      ]);
    }
  }
  const row = await findProfile(work.tx);
  if (!row) throw noProfile();
  await saveTargetSettings(work.tx, work.userId, settings);
  work.events.raise(domainEvent('targets.saved', { userId: work.userId }));
  return targetsForSettings(toProfile(row), settings, todayIn(row.time_zone));
}
