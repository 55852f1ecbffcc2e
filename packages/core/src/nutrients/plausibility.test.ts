import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NUTRIENT, NUTRIENT_UNITS } from './nutrient-numbers.ts';
import { checkPlausibility } from './plausibility.ts';

const NAMES = {
  [NUTRIENT.protein]: 'protein',
  [NUTRIENT.fat]: 'fat',
  [NUTRIENT.carbohydrate]: 'carbohydrate',
  [NUTRIENT.sodium]: 'sodium',
  [NUTRIENT.energyKcal]: 'energy',
  [NUTRIENT.sugars]: 'sugars',
};

describe('checkPlausibility', () => {
  it('keeps a plausible food as it is (raw apple)', () => {
    const apple = {
      [NUTRIENT.energyKcal]: 52,
      [NUTRIENT.protein]: 0.26,
      [NUTRIENT.fat]: 0.17,
      [NUTRIENT.carbohydrate]: 13.81,
      [NUTRIENT.sugars]: 10.39,
      [NUTRIENT.sodium]: 1,
    };
    expect(checkPlausibility(apple, NAMES)).toEqual({ values: apple, problems: [], implausible: false });
  });

  it('removes a negative value and names it', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: 3, [NUTRIENT.sugars]: -2 }, NAMES);
    expect(report.values).toEqual({ [NUTRIENT.protein]: 3 });
    expect(report.problems).toEqual(['sugars -2 g per 100 g is negative']);
    expect(report.implausible).toBe(false);
  });

  it('removes fat of 120 g per 100 g', () => {
    const report = checkPlausibility({ [NUTRIENT.fat]: 120, [NUTRIENT.protein]: 1 }, NAMES);
    expect(report.values).toEqual({ [NUTRIENT.protein]: 1 });
    expect(report.problems).toEqual(['fat 120 g per 100 g is more than the food can hold']);
    expect(report.implausible).toBe(false);
  });

  it('keeps exactly 100 g (pure fat, pure sugar)', () => {
    const report = checkPlausibility({ [NUTRIENT.fat]: 100, [NUTRIENT.energyKcal]: 900 }, NAMES);
    expect(report.values).toEqual({ [NUTRIENT.fat]: 100, [NUTRIENT.energyKcal]: 900 });
    expect(report.problems).toEqual([]);
  });

  it('uses the unit of each nutrient for its limit', () => {
    const report = checkPlausibility({ [NUTRIENT.sodium]: 38_758, [NUTRIENT.energyKcal]: 950 }, NAMES);
    expect(report.values).toEqual({ [NUTRIENT.sodium]: 38_758 });
    expect(report.problems).toEqual(['energy 950 kcal per 100 g is more than the food can hold']);
    expect(checkPlausibility({ [NUTRIENT.sodium]: 100_001 }).values).toEqual({});
  });

  it('names unknown nutrients by number when no name is given', () => {
    expect(checkPlausibility({ [NUTRIENT.fiber]: -1 }).problems).toEqual(['nutrient 291 -1 g per 100 g is negative']);
  });

  it('marks a food implausible when protein + fat + carbohydrate exceed 105 g', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: 40, [NUTRIENT.fat]: 40, [NUTRIENT.carbohydrate]: 30 }, NAMES);
    expect(report.implausible).toBe(true);
    expect(report.values).toEqual({ [NUTRIENT.protein]: 40, [NUTRIENT.fat]: 40, [NUTRIENT.carbohydrate]: 30 });
    expect(report.problems).toEqual(['protein + fat + carbohydrate add up to 110 g per 100 g']);
  });

  it('allows rounding up to 105 g', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: 35, [NUTRIENT.fat]: 35, [NUTRIENT.carbohydrate]: 35 });
    expect(report.implausible).toBe(false);
    expect(report.problems).toEqual([]);
  });

  it('leaves removed values out of the macro sum', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: 10, [NUTRIENT.fat]: 120, [NUTRIENT.carbohydrate]: 10 }, NAMES);
    expect(report.implausible).toBe(false);
    expect(report.problems).toHaveLength(1);
  });

  it('rounds the macro sum in its message to one decimal', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: 50.04, [NUTRIENT.fat]: 30.03, [NUTRIENT.carbohydrate]: 30.01 });
    expect(report.problems).toEqual(['protein + fat + carbohydrate add up to 110.1 g per 100 g']);
  });

  it('removes values that are not finite numbers', () => {
    const report = checkPlausibility({ [NUTRIENT.protein]: Number.NaN, [NUTRIENT.fat]: Number.POSITIVE_INFINITY, [NUTRIENT.carbohydrate]: 5 });
    expect(report.values).toEqual({ [NUTRIENT.carbohydrate]: 5 });
    expect(report.problems).toHaveLength(2);
  });

  const nutrientNumber = fc.constantFrom(...Object.keys(NUTRIENT_UNITS), '999');
  const anyValue = fc.oneof(
    fc.double({ min: -50, max: 200, noNaN: true }),
    fc.double({ min: 0, max: 200_000, noNaN: true }),
    fc.constant(Number.NaN),
  );

  it('property: every value is either kept unchanged or named in a problem, and kept values are within limits', () => {
    fc.assert(
      fc.property(fc.dictionary(nutrientNumber, anyValue, { maxKeys: 10 }), (values) => {
        const report = checkPlausibility(values);
        const removed = Object.keys(values).filter((number) => !(number in report.values));
        for (const [number, value] of Object.entries(report.values)) {
          expect(value).toBe(values[number]);
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(0);
          const unit = NUTRIENT_UNITS[number] ?? 'g';
          if (unit === 'g') expect(value).toBeLessThanOrEqual(100);
          if (unit === 'mg') expect(value).toBeLessThanOrEqual(100_000);
          if (unit === 'kcal') expect(value).toBeLessThanOrEqual(902);
        }
        for (const number of removed) {
          expect(report.problems.some((problem) => problem.startsWith(`nutrient ${number} `))).toBe(true);
        }
        expect(report.problems).toHaveLength(removed.length + (report.implausible ? 1 : 0));
      }),
    );
  });

  it('property: implausible exactly when the kept protein + fat + carbohydrate exceed 105 g', () => {
    const macro = fc.double({ min: 0, max: 100, noNaN: true });
    fc.assert(
      fc.property(macro, macro, macro, (p, f, c) => {
        const report = checkPlausibility({ [NUTRIENT.protein]: p, [NUTRIENT.fat]: f, [NUTRIENT.carbohydrate]: c });
        expect(report.implausible).toBe(p + f + c > 105);
        expect(report.values).toEqual({ [NUTRIENT.protein]: p, [NUTRIENT.fat]: f, [NUTRIENT.carbohydrate]: c });
      }),
    );
  });
});
