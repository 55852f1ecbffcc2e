import { describe, expect, it } from 'vitest';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { defaultUnits, editProfileForm, emptyProfileForm, formFromProfile, nearestPace, paceOptions, profileInput, profileInputFromForm, switchUnits } from './profile-form.ts';

const saved: Profile = {
  sex: 'male',
  birthDate: '1990-04-02',
  heightCm: 180,
  weightKg: 80,
  bodyFatPct: null,
  activity: 'moderate',
  goal: 'lose',
  rateKgPerWeek: 0.5,
  units: 'us',
  timeZone: 'America/Chicago',
  meals: ['breakfast', 'lunch', 'dinner'],
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const kept = { meals: saved.meals, timeZone: saved.timeZone };

describe('profile form', () => {
  it('guesses US units from the locale', () => {
    expect(defaultUnits('en-US')).toBe('us');
    expect(defaultUnits('en-GB')).toBe('metric');
    expect(defaultUnits('fr')).toBe('metric');
  });

  it('shows a saved profile in its own units', () => {
    const form = formFromProfile(saved);
    expect(form.heightFt).toBe('5');
    expect(form.heightIn).toBe('10.9');
    expect(form.weightLb).toBe('176.4');
    expect(form.weightKg).toBe('80');
    expect(form.rateKgPerWeek).toBe('0.454');
  });

  it('keeps height and weight in step in both units as they are typed', () => {
    let form = editProfileForm(emptyProfileForm('metric'), 'heightCm', '180');
    form = editProfileForm(form, 'weightKg', '80');
    expect([form.heightFt, form.heightIn, form.weightLb]).toEqual(['5', '10.9', '176.4']);
    // Switching back and forth changes nothing typed.
    const back = switchUnits(switchUnits(form, 'us'), 'metric');
    expect([back.heightCm, back.weightKg]).toEqual(['180', '80']);
    form = editProfileForm(switchUnits(form, 'us'), 'heightIn', '2');
    expect(form.heightCm).toBe('157.5');
    form = editProfileForm(form, 'weightLb', '150');
    expect(form.weightKg).toBe('68');
    // Half-typed text stays as typed.
    expect(editProfileForm(form, 'weightLb', '').weightKg).toBe('68');
  });

  it('sends kilograms and centimetres whatever the units', () => {
    const form = { ...emptyProfileForm('us'), birthDate: '1990-04-02', heightFt: '5', heightIn: '10', weightLb: '150', goal: 'lose', rateKgPerWeek: '0.454' };
    const result = profileInputFromForm(form, kept);
    expect(result).toEqual({
      input: {
        sex: 'female',
        birthDate: '1990-04-02',
        heightCm: 177.8,
        weightKg: 68.04,
        bodyFatPct: null,
        activity: 'light',
        goal: 'lose',
        rateKgPerWeek: 0.454,
        units: 'us',
        timeZone: 'America/Chicago',
        meals: ['breakfast', 'lunch', 'dinner'],
      },
    });
  });

  it('names missing and out-of-range fields in the units shown', () => {
    expect(profileInputFromForm(emptyProfileForm('metric'), kept)).toEqual({
      problems: { birthDate: 'Enter your birth date.', heightCm: 'Enter your height in centimetres.', weightKg: 'Enter your weight in kilograms.' },
    });
    const tooLight = { ...emptyProfileForm('us'), birthDate: '1990-01-01', heightFt: '5', weightLb: '50', bodyFatPct: '90' };
    expect(profileInputFromForm(tooLight, kept)).toEqual({
      problems: { weightKg: 'Weight must be between 67 and 881 lb.', bodyFatPct: 'Body fat must be a number from 3 to 70 %, or left empty.' },
    });
  });

  it('offers paces in the person\'s units and finds the nearest', () => {
    expect(paceOptions('us').map((p) => p.kgPerWeek)).toEqual([0.227, 0.454, 0.68, 0.907]);
    expect(nearestPace(0.5, 'us')).toBe('0.454');
    expect(nearestPace(0.454, 'metric')).toBe('0.5');
  });

  it('gives a saved profile back without the fields the server adds', () => {
    expect(profileInput(saved)).not.toHaveProperty('updatedAt');
    expect(profileInput(saved).meals).toEqual(saved.meals);
  });
});
