import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyCalorieFloor,
  bmr,
  bmrKatchMcArdle,
  bmrMifflinStJeor,
  CALORIE_FLOORS,
  dailyEnergyAdjustment,
  energyTargets,
  leanMassKg,
} from './energy-targets.ts';
import { ACTIVITY_LEVELS, GOALS, SEXES, type BodyProfile } from './profile.ts';

type Body = Omit<BodyProfile, 'birthDate'>;

// A 30-year-old man, 70 kg, 175 cm; a 30-year-old woman, 60 kg, 165 cm.
const man: Body = { sex: 'male', heightCm: 175, weightKg: 70, activity: 'moderate', goal: 'maintain', rateKgPerWeek: 0 };
const woman: Body = { sex: 'female', heightCm: 165, weightKg: 60, activity: 'sedentary', goal: 'maintain', rateKgPerWeek: 0 };

describe('basal metabolic rate', () => {
  it('Mifflin-St Jeor, man: 10·70 + 6.25·175 − 5·30 + 5 = 700 + 1093.75 − 150 + 5 = 1648.75', () => {
    expect(bmrMifflinStJeor('male', 70, 175, 30)).toBeCloseTo(1648.75, 10);
  });

  it('Mifflin-St Jeor, woman: 10·60 + 6.25·165 − 5·30 − 161 = 600 + 1031.25 − 150 − 161 = 1320.25', () => {
    expect(bmrMifflinStJeor('female', 60, 165, 30)).toBeCloseTo(1320.25, 10);
  });

  it('Mifflin-St Jeor: same body, the man is 166 kcal above the woman; each year of age costs 5 kcal', () => {
    expect(bmrMifflinStJeor('male', 80, 180, 40) - bmrMifflinStJeor('female', 80, 180, 40)).toBeCloseTo(166, 10);
    expect(bmrMifflinStJeor('male', 80, 180, 40) - bmrMifflinStJeor('male', 80, 180, 41)).toBeCloseTo(5, 10);
  });

  it('Katch-McArdle, 80 kg at 20 % fat: lean mass 64 kg; 370 + 21.6·64 = 1752.4', () => {
    expect(leanMassKg(80, 20)).toBeCloseTo(64, 10);
    expect(bmrKatchMcArdle(80, 20)).toBeCloseTo(1752.4, 10);
  });

  it('uses Katch-McArdle when body fat is known and says so', () => {
    const withFat = bmr({ ...man, weightKg: 80, bodyFatPct: 20 }, 30);
    expect(withFat.formula).toBe('katch-mcardle');
    expect(withFat.kcal).toBeCloseTo(1752.4, 10);
    const without = bmr({ ...man, bodyFatPct: undefined }, 30);
    expect(without.formula).toBe('mifflin-st-jeor');
    expect(without.kcal).toBeCloseTo(1648.75, 10);
  });
});

describe('daily energy adjustment', () => {
  it('is 7,700 kcal per kg spread over 7 days, signed by the goal', () => {
    // 0.5 kg/week × 7700 / 7 = 550 kcal/day.
    expect(dailyEnergyAdjustment('lose', 0.5)).toBeCloseTo(-550, 10);
    expect(dailyEnergyAdjustment('gain', 0.25)).toBeCloseTo(275, 10);
    expect(dailyEnergyAdjustment('maintain', 1)).toBe(0);
  });

  it('takes the rate as a magnitude: a negative rate still loses for lose', () => {
    expect(dailyEnergyAdjustment('lose', -0.5)).toBeCloseTo(-550, 10);
    expect(dailyEnergyAdjustment('gain', -0.5)).toBeCloseTo(550, 10);
  });
});

describe('energyTargets', () => {
  it('maintain, moderate: TDEE = 1648.75 × 1.55 = 2555.5625 → 2556 kcal', () => {
    const result = energyTargets(man, 30);
    expect(result).toEqual({
      bmr: 1649,
      bmrFormula: 'mifflin-st-jeor',
      activityFactor: 1.55,
      tdee: 2556,
      dailyAdjustment: 0,
      floor: 1500,
      kcal: 2556,
      floorApplied: false,
    });
  });

  it('lose 0.5 kg/week: 2555.5625 − 550 = 2005.5625 → 2006 kcal', () => {
    const result = energyTargets({ ...man, goal: 'lose', rateKgPerWeek: 0.5 }, 30);
    expect(result.dailyAdjustment).toBe(-550);
    expect(result.kcal).toBe(2006);
    expect(result.floorApplied).toBe(false);
  });

  it('gain 0.25 kg/week: 2555.5625 + 275 = 2830.5625 → 2831 kcal', () => {
    expect(energyTargets({ ...man, goal: 'gain', rateKgPerWeek: 0.25 }, 30).kcal).toBe(2831);
  });

  it('maintain ignores the rate', () => {
    expect(energyTargets({ ...man, rateKgPerWeek: 1 }, 30).kcal).toBe(2556);
  });

  it('raises a woman losing 1 kg/week to 1,200 kcal: 1320.25 × 1.2 − 1100 = 484.3', () => {
    const losing = { ...woman, goal: 'lose' as const, rateKgPerWeek: 1 };
    const floored = energyTargets(losing, 30);
    expect(floored.kcal).toBe(1200);
    expect(floored.floorApplied).toBe(true);
    expect(floored.tdee).toBe(1584);
    const allowed = energyTargets(losing, 30, { allowBelowFloor: true });
    expect(allowed.kcal).toBe(484);
    expect(allowed.floorApplied).toBe(false);
  });

  it('raises a man losing 1 kg/week, sedentary, to 1,500 kcal: 1648.75 × 1.2 − 1100 = 878.5', () => {
    const losing = { ...man, activity: 'sedentary' as const, goal: 'lose' as const, rateKgPerWeek: 1 };
    expect(energyTargets(losing, 30).kcal).toBe(1500);
    expect(energyTargets(losing, 30, { allowBelowFloor: true }).kcal).toBe(879);
  });

  it('never goes below 0 even when allowed below the floor', () => {
    const extreme = { ...woman, goal: 'lose' as const, rateKgPerWeek: 5 };
    expect(energyTargets(extreme, 30, { allowBelowFloor: true }).kcal).toBe(0);
  });

  it('applyCalorieFloor keeps a target at or above the floor as it is', () => {
    expect(applyCalorieFloor(1500, 'male')).toEqual({ kcal: 1500, floorApplied: false });
    expect(applyCalorieFloor(1499.6, 'male')).toEqual({ kcal: 1500, floorApplied: false });
    expect(applyCalorieFloor(1499, 'male')).toEqual({ kcal: 1500, floorApplied: true });
    expect(applyCalorieFloor(1300, 'female')).toEqual({ kcal: 1300, floorApplied: false });
  });
});

const body: fc.Arbitrary<Body> = fc.record({
  sex: fc.constantFrom(...SEXES),
  heightCm: fc.double({ min: 120, max: 220, noNaN: true }),
  weightKg: fc.double({ min: 35, max: 200, noNaN: true }),
  activity: fc.constantFrom(...ACTIVITY_LEVELS),
  goal: fc.constantFrom(...GOALS),
  rateKgPerWeek: fc.double({ min: 0, max: 2, noNaN: true }),
});
const age = fc.integer({ min: 18, max: 100 });

describe('energyTargets properties', () => {
  it('never crosses the floor without the override', () => {
    fc.assert(
      fc.property(body, age, (profile, years) => {
        const result = energyTargets(profile, years);
        expect(result.kcal).toBeGreaterThanOrEqual(CALORIE_FLOORS[profile.sex]);
        expect(Number.isInteger(result.kcal)).toBe(true);
      }),
    );
  });

  it('with the override, is never above the floored target and equal to it when no floor was applied', () => {
    fc.assert(
      fc.property(body, age, (profile, years) => {
        const floored = energyTargets(profile, years);
        const allowed = energyTargets(profile, years, { allowBelowFloor: true });
        expect(allowed.kcal).toBeLessThanOrEqual(floored.kcal);
        expect(allowed.kcal).toBeGreaterThanOrEqual(0);
        if (!floored.floorApplied) expect(allowed.kcal).toBe(floored.kcal);
        else expect(allowed.kcal).toBeLessThan(CALORIE_FLOORS[profile.sex]);
      }),
    );
  });

  it('is TDEE plus the adjustment within rounding when no floor applies', () => {
    fc.assert(
      fc.property(body, age, (profile, years) => {
        const result = energyTargets(profile, years, { allowBelowFloor: true });
        if (result.kcal > 0) expect(Math.abs(result.kcal - (result.tdee + result.dailyAdjustment))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is monotonic in the rate: faster loss never gives more, faster gain never gives less', () => {
    const rate = fc.double({ min: 0, max: 2, noNaN: true });
    fc.assert(
      fc.property(body, age, rate, rate, fc.boolean(), (profile, years, a, b, allowBelowFloor) => {
        const [slow, fast] = a <= b ? [a, b] : [b, a];
        const at = (goal: 'lose' | 'gain', r: number): number =>
          energyTargets({ ...profile, goal, rateKgPerWeek: r }, years, { allowBelowFloor }).kcal;
        expect(at('lose', fast)).toBeLessThanOrEqual(at('lose', slow));
        expect(at('gain', fast)).toBeGreaterThanOrEqual(at('gain', slow));
        expect(at('lose', slow)).toBeLessThanOrEqual(at('gain', slow));
      }),
    );
  });

  it('rises with activity level', () => {
    fc.assert(
      fc.property(body, age, (profile, years) => {
        const tdees = ACTIVITY_LEVELS.map((activity) => energyTargets({ ...profile, activity }, years).tdee);
        for (let i = 1; i < tdees.length; i++) expect(tdees[i]).toBeGreaterThanOrEqual(tdees[i - 1] ?? Infinity);
      }),
    );
  });
});
