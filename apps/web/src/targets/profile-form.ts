import type { Profile, ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import { bodyWeightIn, bodyWeightToKg, cmToFeetInches, feetInchesToCm, lbToKg, parseDecimal, roundTo, type UnitSystem } from './body-units.ts';

/** The profile as typed: numbers as text, height and weight in the person's units. */
export interface ProfileForm {
  readonly units: UnitSystem;
  readonly sex: string;
  readonly birthDate: string;
  readonly heightCm: string;
  readonly heightFt: string;
  readonly heightIn: string;
  readonly weightKg: string;
  readonly weightLb: string;
  readonly bodyFatPct: string;
  readonly activity: string;
  readonly goal: string;
  /** The pace chosen, in kg a week, as the option value. */
  readonly rateKgPerWeek: string;
}

/** US customary units where people weigh themselves in pounds by default (the US, Liberia, Myanmar). */
export function defaultUnits(locale: string): UnitSystem {
  const region = /[-_]([A-Z]{2})\b/.exec(locale)?.[1];
  return region === 'US' || region === 'LR' || region === 'MM' ? 'us' : 'metric';
}

/** The paces offered for losing or gaining: quarter kilograms, or half pounds, a week. */
export function paceOptions(units: UnitSystem): readonly { readonly kgPerWeek: number; readonly label: string }[] {
  return units === 'us'
    ? [0.5, 1, 1.5, 2].map((lb) => ({ kgPerWeek: roundTo(lbToKg(lb), 3), label: `${lb} lb a week` }))
    : [0.25, 0.5, 0.75, 1].map((kg) => ({ kgPerWeek: kg, label: `${kg} kg a week` }));
}

/** The offered pace closest to `kgPerWeek`, as its option value. */
export function nearestPace(kgPerWeek: number, units: UnitSystem): string {
  const options = paceOptions(units);
  let best = options[0]?.kgPerWeek ?? 0.5;
  for (const o of options) if (Math.abs(o.kgPerWeek - kgPerWeek) < Math.abs(best - kgPerWeek)) best = o.kgPerWeek;
  return String(best);
}

function heightFields(cm: number | undefined): Pick<ProfileForm, 'heightCm' | 'heightFt' | 'heightIn'> {
  if (cm === undefined) return { heightCm: '', heightFt: '', heightIn: '' };
  const { feet, inches } = cmToFeetInches(cm);
  return { heightCm: String(roundTo(cm, 1)), heightFt: String(feet), heightIn: String(inches) };
}

function weightFields(kg: number | undefined): Pick<ProfileForm, 'weightKg' | 'weightLb'> {
  return kg === undefined ? { weightKg: '', weightLb: '' } : { weightKg: String(bodyWeightIn(kg, 'metric')), weightLb: String(bodyWeightIn(kg, 'us')) };
}

/** A blank form for a first visit. */
export function emptyProfileForm(units: UnitSystem): ProfileForm {
  return { units, sex: 'female', birthDate: '', ...heightFields(undefined), ...weightFields(undefined), bodyFatPct: '', activity: 'light', goal: 'maintain', rateKgPerWeek: nearestPace(0.5, units) };
}

/** The form showing a saved profile in its own units. */
export function formFromProfile(profile: Profile): ProfileForm {
  return {
    units: profile.units,
    sex: profile.sex,
    birthDate: profile.birthDate,
    ...heightFields(profile.heightCm),
    ...weightFields(profile.weightKg),
    bodyFatPct: profile.bodyFatPct === null ? '' : String(profile.bodyFatPct),
    activity: profile.activity,
    goal: profile.goal,
    rateKgPerWeek: nearestPace(profile.rateKgPerWeek || 0.5, profile.units),
  };
}

/** Height in cm as typed, in either unit; undefined while incomplete or not a number. */
function typedHeightCm(form: ProfileForm): number | undefined {
  if (form.units === 'metric') return parseDecimal(form.heightCm);
  const feet = parseDecimal(form.heightFt);
  const inches = form.heightIn.trim() === '' ? 0 : parseDecimal(form.heightIn);
  return feet === undefined || inches === undefined ? undefined : feetInchesToCm(feet, inches);
}

/**
 * The form with one field changed as typed; a height or weight typed in one unit is kept in step
 * in the other, so switching units shows the same measure without converting it back and forth.
 */
export function editProfileForm(form: ProfileForm, name: keyof ProfileForm, value: string): ProfileForm {
  const next = { ...form, [name]: value };
  if (name === 'heightCm') {
    const cm = parseDecimal(value);
    return cm === undefined ? next : { ...next, ...heightFields(cm), heightCm: value };
  }
  if (name === 'heightFt' || name === 'heightIn') {
    const cm = typedHeightCm({ ...next, units: 'us' });
    return cm === undefined ? next : { ...next, heightCm: String(roundTo(cm, 1)) };
  }
  if (name === 'weightKg' || name === 'weightLb') {
    const typed = parseDecimal(value);
    if (typed === undefined) return next;
    const kg = bodyWeightToKg(typed, name === 'weightLb' ? 'us' : 'metric');
    return name === 'weightKg' ? { ...next, weightLb: String(bodyWeightIn(kg, 'us')) } : { ...next, weightKg: String(bodyWeightIn(kg, 'metric')) };
  }
  return next;
}

/** The same form in the other units: the height and weight were kept in both; the pace moves to the nearest offered. */
export function switchUnits(form: ProfileForm, units: UnitSystem): ProfileForm {
  return form.units === units ? form : { ...form, units, rateKgPerWeek: nearestPace(Number(form.rateKgPerWeek), units) };
}

/** Problems with the form, by the API's field name, in the person's own units. */
export type ProfileProblems = Partial<Record<'birthDate' | 'heightCm' | 'weightKg' | 'bodyFatPct', string>>;

/**
 * What to send for the form, with what the form does not show kept from before (meals, time zone);
 * or the problems found before asking the server.
 */
export function profileInputFromForm(
  form: ProfileForm,
  kept: Pick<ProfileInput, 'meals' | 'timeZone'>,
): { readonly input: ProfileInput } | { readonly problems: ProfileProblems } {
  const problems: ProfileProblems = {};
  const us = form.units === 'us';
  if (form.birthDate === '') problems.birthDate = 'Enter your birth date.';
  const cm = typedHeightCm(form);
  if (cm === undefined) problems.heightCm = us ? 'Enter your height in feet and inches.' : 'Enter your height in centimetres.';
  else if (cm < 100 || cm > 250) problems.heightCm = us ? 'Height must be between 3 ft 3.4 in and 8 ft 2.4 in.' : 'Height must be between 100 and 250 cm.';
  const typedWeight = parseDecimal(us ? form.weightLb : form.weightKg);
  const kg = typedWeight === undefined ? undefined : bodyWeightToKg(typedWeight, form.units);
  if (kg === undefined) problems.weightKg = us ? 'Enter your weight in pounds.' : 'Enter your weight in kilograms.';
  else if (kg < 30 || kg > 400) problems.weightKg = us ? 'Weight must be between 67 and 881 lb.' : 'Weight must be between 30 and 400 kg.';
  const bodyFat = form.bodyFatPct.trim() === '' ? null : parseDecimal(form.bodyFatPct);
  if (bodyFat === undefined || (bodyFat !== null && (bodyFat < 3 || bodyFat > 70))) problems.bodyFatPct = 'Body fat must be a number from 3 to 70 %, or left empty.';
  if (Object.keys(problems).length > 0 || cm === undefined || kg === undefined || bodyFat === undefined) return { problems };
  return {
    input: {
      sex: form.sex === 'male' ? 'male' : 'female',
      birthDate: form.birthDate,
      heightCm: roundTo(cm, 1),
      weightKg: roundTo(kg, 2),
      bodyFatPct: bodyFat,
      activity: form.activity,
      goal: form.goal === 'lose' || form.goal === 'gain' ? form.goal : 'maintain',
      rateKgPerWeek: form.goal === 'maintain' ? 0 : Number(form.rateKgPerWeek),
      units: form.units,
      timeZone: kept.timeZone,
      meals: kept.meals,
    },
  };
}

/** A saved profile as the API takes it back (without the fields it adds). */
export function profileInput(profile: Profile): ProfileInput {
  return {
    sex: profile.sex,
    birthDate: profile.birthDate,
    heightCm: profile.heightCm,
    weightKg: profile.weightKg,
    bodyFatPct: profile.bodyFatPct,
    activity: profile.activity,
    goal: profile.goal,
    rateKgPerWeek: profile.rateKgPerWeek,
    units: profile.units,
    timeZone: profile.timeZone,
    meals: profile.meals,
  };
}
