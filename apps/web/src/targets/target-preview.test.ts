import { describe, expect, it } from 'vitest';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { previewTargets, startingText } from './target-preview.ts';
import { floorReached, warningText } from './target-warnings.ts';

const profile: Profile = {
  sex: 'female',
  birthDate: '1990-01-01',
  heightCm: 165,
  weightKg: 60,
  bodyFatPct: null,
  activity: 'light',
  goal: 'maintain',
  rateKgPerWeek: 0,
  units: 'metric',
  timeZone: 'UTC',
  meals: ['breakfast'],
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('target preview', () => {
  it('computes the targets the server computes', () => {
    const shown = previewTargets(profile, {}, '2026-01-01');
    // Mifflin-St Jeor: 10 × 60 + 6.25 × 165 − 5 × 36 − 161 = 1290.25 kcal; × 1.375 = 1774 kcal.
    expect(shown.energy.bmr).toBe(1290);
    expect(shown.macros.kcal).toBe(1774);
    // Protein 1.6 g/kg × 60 kg; fat 30 % of 1774 kcal / 9.
    expect(shown.macros.proteinG).toBe(96);
    expect(shown.macros.fatG).toBe(59);
    expect(shown.warnings).toEqual([]);
  });

  it('holds a calorie target set by hand to the floor unless allowed below it', () => {
    const held = previewTargets(profile, { manual: { kcal: 1000 } }, '2026-01-01');
    expect(held.macros.kcal).toBe(1200);
    expect(floorReached(held)).toBe(true);
    expect(warningText(held.warnings[0] ?? '', held.energy)).toBe('Your calorie target is below the safe minimum of 1,200 kcal a day, so 1,200 kcal is used instead.');
    const allowed = previewTargets(profile, { manual: { kcal: 1000 }, allowBelowFloor: true }, '2026-01-01');
    expect(allowed.macros.kcal).toBe(1000);
    expect(floorReached(allowed)).toBe(false);
  });

  it('starts a target switched to another way from today\'s value', () => {
    const { macros } = previewTargets(profile, {}, '2026-01-01');
    expect(startingText('protein', 'per-kg', macros, 60)).toBe('1.6');
    expect(startingText('protein', 'amount', macros, 60)).toBe('96');
    expect(startingText('protein', 'percent', macros, 60)).toBe('22');
    expect(startingText('fat', 'percent', macros, 60)).toBe('30');
    expect(startingText('kcal', 'amount', macros, 60)).toBe('1774');
    expect(startingText('fibre', 'computed', macros, 60)).toBe('');
  });
});
