import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CALORIE_FLOORS } from './energy-targets.ts';
import { macroEnergyKcal } from './macro-targets.ts';
import { ACTIVITY_LEVELS, GOALS, SEXES, type BodyProfile } from './profile.ts';
import { applyMicronutrientOverrides, computeTargets } from './targets.ts';

// Turns 30 on 10 March 2024: 70 kg, 175 cm, moderately active, losing 0.5 kg a week.
const person: BodyProfile = {
  sex: 'male',
  birthDate: '1994-03-10',
  heightCm: 175,
  weightKg: 70,
  activity: 'moderate',
  goal: 'lose',
  rateKgPerWeek: 0.5,
};

describe('computeTargets', () => {
  it('puts energy, macros and micronutrients together', () => {
    // BMR 1648.75; TDEE × 1.55 = 2555.5625; − 550 = 2005.5625 → 2006 kcal.
    // Protein 1.6 × 70 = 112 g; fat 30 % × 2006 / 9 = 66.9 → 67 g;
    // carbohydrate (2006 − 448 − 603) / 4 = 238.75 → 239 g; fibre 14 × 2.006 = 28.08 → 28 g.
    const result = computeTargets(person, '2024-03-10');
    expect(result.ageYears).toBe(30);
    expect(result.lifeStageGroup).toBe('19-30');
    expect(result.energy).toMatchObject({ bmr: 1649, tdee: 2556, dailyAdjustment: -550, kcal: 2006, floorApplied: false });
    expect(result.macros).toMatchObject({ kcal: 2006, proteinG: 112, fatG: 67, carbohydrateG: 239, fibreG: 28 });
    expect(Object.values(result.macros.manual)).not.toContain(true);
    expect(result.micronutrients['303']).toMatchObject({ target: 8, unit: 'mg', manual: false });
    expect(result.warnings).toEqual([]);
  });

  it('changes age, BMR and life-stage group on the birthday, not the day before', () => {
    const born1993 = { ...person, birthDate: '1993-03-10' };
    const before = computeTargets(born1993, '2024-03-09');
    const on = computeTargets(born1993, '2024-03-10');
    expect([before.ageYears, on.ageYears]).toEqual([30, 31]);
    expect([before.lifeStageGroup, on.lifeStageGroup]).toEqual(['19-30', '31-50']);
    // Magnesium for men: 400 mg at 19-30, 420 mg from 31.
    expect(before.micronutrients['304']?.target).toBe(400);
    expect(on.micronutrients['304']?.target).toBe(420);
    // Mifflin-St Jeor: one more year is 5 kcal less BMR (1648.75 → 1643.75).
    expect(before.energy.bmr).toBe(1649);
    expect(on.energy.bmr).toBe(1644);
  });

  it('uses the macro settings given and defaults for the rest', () => {
    const result = computeTargets(person, '2024-03-10', { macros: { protein: { kind: 'percent', pct: 25 } } });
    // 25 % × 2006 / 4 = 125.4 → 125 g protein; fat still 30 % → 67 g.
    expect(result.macros).toMatchObject({ proteinG: 125, fatG: 67 });
    expect(result.macroSettings).toEqual({ protein: { kind: 'percent', pct: 25 }, fatPct: 30 });
  });

  it('a hand-set energy carries percent-of-energy fat with it and keeps the computed energy for reference', () => {
    // Fat 30 % × 2500 / 9 = 83.3 → 83 g (747 kcal); carbohydrate (2500 − 448 − 747) / 4 = 326.25 → 326 g.
    const result = computeTargets(person, '2024-03-10', { overrides: { kcal: 2500 } });
    expect(result.energy.kcal).toBe(2006);
    expect(result.macros).toMatchObject({ kcal: 2500, proteinG: 112, fatG: 83, carbohydrateG: 326, fibreG: 35 });
    expect(result.macros.manual).toEqual({ kcal: true, proteinG: false, fatG: false, carbohydrateG: false, fibreG: false });
  });

  it('holds a hand-set energy to the floor unless allowed below it', () => {
    const floored = computeTargets(person, '2024-03-10', { overrides: { kcal: 1000 } });
    expect(floored.macros.kcal).toBe(1500);
    expect(floored.warnings).toContain('manual-kcal-raised-to-floor');
    const allowed = computeTargets(person, '2024-03-10', { overrides: { kcal: 1000 }, allowBelowFloor: true });
    expect(allowed.macros.kcal).toBe(1000);
    expect(allowed.warnings).not.toContain('manual-kcal-raised-to-floor');
  });

  it('passes the carbohydrate warning on', () => {
    const result = computeTargets(person, '2024-03-10', { overrides: { proteinG: 400 } });
    expect(result.macros.carbohydrateG).toBe(0);
    expect(result.warnings).toEqual(['protein-and-fat-exceed-energy']);
  });

  it('replaces a vitamin or mineral target set by hand and marks it', () => {
    const result = computeTargets(person, '2024-03-10', { overrides: { micronutrients: { '303': 18, '307': 2000 } } });
    expect(result.micronutrients['303']).toMatchObject({ target: 18, manual: true, kind: 'RDA' });
    expect(result.micronutrients['307']).toMatchObject({ target: 2000, manual: true, upperLimit: 2300 });
    expect(result.micronutrients['401']).toMatchObject({ target: 90, manual: false });
  });

  it('refuses micronutrient overrides for numbers without a target or with bad values', () => {
    expect(() => computeTargets(person, '2024-03-10', { overrides: { micronutrients: { '208': 2000 } } })).toThrow(/208/);
    expect(() => computeTargets(person, '2024-03-10', { overrides: { micronutrients: { '303': -1 } } })).toThrow(RangeError);
    expect(() => applyMicronutrientOverrides({}, { toString: 1 })).toThrow(RangeError);
  });

  it('uses Katch-McArdle when body fat is known', () => {
    // Lean mass 70 × 0.85 = 59.5 kg; 370 + 21.6 × 59.5 = 1655.2 → 1655.
    const result = computeTargets({ ...person, bodyFatPct: 15 }, '2024-03-10');
    expect(result.energy).toMatchObject({ bmrFormula: 'katch-mcardle', bmr: 1655 });
  });

  it('refuses a date before birth', () => {
    expect(() => computeTargets(person, '1990-01-01')).toThrow(RangeError);
  });
});

const profile: fc.Arbitrary<BodyProfile> = fc.record({
  sex: fc.constantFrom(...SEXES),
  birthDate: fc
    .integer({ min: Date.UTC(1920, 0, 1), max: Date.UTC(2005, 11, 31) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10)),
  heightCm: fc.double({ min: 140, max: 210, noNaN: true }),
  weightKg: fc.double({ min: 40, max: 180, noNaN: true }),
  bodyFatPct: fc.option(fc.double({ min: 5, max: 50, noNaN: true }), { nil: undefined }),
  activity: fc.constantFrom(...ACTIVITY_LEVELS),
  goal: fc.constantFrom(...GOALS),
  rateKgPerWeek: fc.double({ min: 0, max: 1.5, noNaN: true }),
});

describe('computeTargets properties', () => {
  it('is plain data: JSON gives back the same value, with every number finite', () => {
    fc.assert(
      fc.property(profile, (p) => {
        const result = computeTargets(p, '2024-06-01', { overrides: { fibreG: 30, micronutrients: { '301': 1100 } } });
        expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
        const numbers: number[] = [];
        JSON.stringify(result, (_key, value: unknown) => {
          if (typeof value === 'number') numbers.push(value);
          return value;
        });
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
    );
  });

  it('never gives a final energy below the floor without the override, and macros add up', () => {
    fc.assert(
      fc.property(profile, fc.option(fc.integer({ min: 0, max: 4000 }), { nil: undefined }), (p, kcal) => {
        const result = computeTargets(p, '2024-06-01', { overrides: { kcal } });
        expect(result.macros.kcal).toBeGreaterThanOrEqual(CALORIE_FLOORS[p.sex]);
        const { proteinG, fatG, carbohydrateG } = result.macros;
        if (result.macros.warning === undefined) {
          expect(Math.abs(macroEnergyKcal(proteinG, fatG, carbohydrateG) - result.macros.kcal)).toBeLessThanOrEqual(2);
        } else {
          expect(carbohydrateG).toBe(0);
        }
      }),
    );
  });
});
