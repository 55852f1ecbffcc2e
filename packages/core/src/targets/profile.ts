/** The body and goal a person's nutrition targets are computed from. */

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/** Multipliers of the basal metabolic rate for total daily energy expenditure. */
export const ACTIVITY_FACTORS = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  'very-active': 1.9,
} as const;

export type ActivityLevel = keyof typeof ACTIVITY_FACTORS;

/** From least to most active. */
export const ACTIVITY_LEVELS: readonly ActivityLevel[] = ['sedentary', 'light', 'moderate', 'active', 'very-active'];

export const GOALS = ['lose', 'maintain', 'gain'] as const;
export type Goal = (typeof GOALS)[number];

export interface BodyProfile {
  readonly sex: Sex;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  readonly heightCm: number;
  readonly weightKg: number;
  /** Body fat in percent of body weight (0-100), when known. */
  readonly bodyFatPct?: number | undefined;
  readonly activity: ActivityLevel;
  readonly goal: Goal;
  /** Magnitude of the weekly weight change aimed for (≥ 0); its sign comes from the goal; ignored for maintain. */
  readonly rateKgPerWeek: number;
}

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A YYYY-MM-DD calendar date, or a RangeError naming the text when it is not a real date. */
export function parseCalendarDate(text: string): CalendarDate {
  const match = ISO_DATE.exec(text);
  if (match === null) throw new RangeError(`"${text}" is not a date in the form YYYY-MM-DD`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`"${text}" is not a real calendar date`);
  }
  return { year, month, day };
}

/**
 * Age in whole years on a given date. A birthday counts from its own day; someone born on
 * 29 February turns a year older on 1 March in years without a 29 February.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseCalendarDate(birthDate);
  const on = parseCalendarDate(onDate);
  const birthdayReached = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  const age = on.year - birth.year - (birthdayReached ? 0 : 1);
  if (age < 0) throw new RangeError(`${onDate} is before the birth date ${birthDate}`);
  return age;
}
