import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ACTIVITY_FACTORS, ACTIVITY_LEVELS, ageOn, parseCalendarDate } from './profile.ts';

const MS_PER_DAY = 86_400_000;

/** YYYY-MM-DD of a UTC timestamp (an independent calendar to check ageOn against). */
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

describe('activity levels', () => {
  it('list the five levels from least to most active with the usual factors', () => {
    expect(ACTIVITY_LEVELS).toEqual(['sedentary', 'light', 'moderate', 'active', 'very-active']);
    expect(ACTIVITY_LEVELS.map((level) => ACTIVITY_FACTORS[level])).toEqual([1.2, 1.375, 1.55, 1.725, 1.9]);
  });
});

describe('parseCalendarDate', () => {
  it('reads a YYYY-MM-DD date', () => {
    expect(parseCalendarDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2023-02-29', '1900-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-01-00', '2024-1-5', '05/01/2024', ''])(
    'rejects %j',
    (text) => {
      expect(() => parseCalendarDate(text)).toThrow(RangeError);
    },
  );

  it('accepts 29 February in leap years, 2000 included', () => {
    expect(parseCalendarDate('2000-02-29').day).toBe(29);
  });
});

describe('ageOn', () => {
  it('turns a year older on the birthday, not the day before', () => {
    // Born 15 June 1990: 29 on 14 June 2020, 30 from 15 June 2020.
    expect(ageOn('1990-06-15', '2020-06-14')).toBe(29);
    expect(ageOn('1990-06-15', '2020-06-15')).toBe(30);
    expect(ageOn('1990-06-15', '2020-06-16')).toBe(30);
  });

  it('is 0 on the day of birth and before the first birthday', () => {
    expect(ageOn('2020-05-05', '2020-05-05')).toBe(0);
    expect(ageOn('2020-05-05', '2021-05-04')).toBe(0);
    expect(ageOn('2020-05-05', '2021-05-05')).toBe(1);
  });

  it('counts across the turn of the year', () => {
    expect(ageOn('1999-12-31', '2000-12-30')).toBe(0);
    expect(ageOn('1999-12-31', '2000-12-31')).toBe(1);
    expect(ageOn('1999-12-31', '2001-01-01')).toBe(1);
  });

  it('lets someone born on 29 February turn a year older on 1 March in common years', () => {
    expect(ageOn('2000-02-29', '2001-02-28')).toBe(0);
    expect(ageOn('2000-02-29', '2001-03-01')).toBe(1);
    expect(ageOn('2000-02-29', '2004-02-28')).toBe(3);
    expect(ageOn('2000-02-29', '2004-02-29')).toBe(4);
  });

  it('refuses a date before birth and dates that do not exist', () => {
    expect(() => ageOn('2000-01-02', '2000-01-01')).toThrow(RangeError);
    expect(() => ageOn('2001-02-29', '2020-01-01')).toThrow(RangeError);
  });

  it('property: n years after a birthday the age is n, and n - 1 the day before', () => {
    const birthMs = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2020, 11, 31) }).map((ms) => ms - (ms % MS_PER_DAY));
    fc.assert(
      fc.property(birthMs, fc.integer({ min: 1, max: 110 }), (ms, years) => {
        const birth = isoDay(ms);
        if (birth.endsWith('-02-29')) return; // checked separately above
        const birthday = `${pad(Number(birth.slice(0, 4)) + years, 4)}${birth.slice(4)}`;
        const dayBefore = isoDay(Date.parse(`${birthday}T00:00:00Z`) - MS_PER_DAY);
        expect(ageOn(birth, birthday)).toBe(years);
        expect(ageOn(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });

  it('property: age never decreases as the date moves on', () => {
    const day = fc.integer({ min: 0, max: 60_000 });
    fc.assert(
      fc.property(day, day, day, (birthOffset, a, b) => {
        const birth = isoDay(Date.UTC(1900, 0, 1) + birthOffset * MS_PER_DAY);
        const earlier = isoDay(Date.UTC(1900, 0, 1) + (birthOffset + Math.min(a, b)) * MS_PER_DAY);
        const later = isoDay(Date.UTC(1900, 0, 1) + (birthOffset + Math.max(a, b)) * MS_PER_DAY);
        expect(ageOn(birth, later)).toBeGreaterThanOrEqual(ageOn(birth, earlier));
      }),
    );
  });
});
