import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ATWATER, estimateKcalFromMacros, KJ_PER_KCAL, kjToKcal, reconcileKcal } from './energy.ts';
import { NUTRIENT } from './nutrient-numbers.ts';

const grams = fc.double({ min: 0, max: 100, noNaN: true });

describe('kjToKcal', () => {
  it('divides by 4.184', () => {
    expect(kjToKcal(4.184)).toBeCloseTo(1, 12);
    expect(kjToKcal(2000)).toBeCloseTo(478.0115, 4);
  });
});

describe('estimateKcalFromMacros', () => {
  it('applies the general Atwater factors', () => {
    expect(estimateKcalFromMacros({ [NUTRIENT.protein]: 10, [NUTRIENT.fat]: 5, [NUTRIENT.carbohydrate]: 20 })).toBe(165);
    expect(estimateKcalFromMacros({ [NUTRIENT.protein]: 0, [NUTRIENT.fat]: 100, [NUTRIENT.carbohydrate]: 0 })).toBe(900);
  });

  it('adds alcohol at 7 kcal/g', () => {
    expect(
      estimateKcalFromMacros({ [NUTRIENT.protein]: 0, [NUTRIENT.fat]: 0, [NUTRIENT.carbohydrate]: 3, [NUTRIENT.alcohol]: 10 }),
    ).toBe(82);
  });

  it('is undefined unless protein, fat and carbohydrate are all known', () => {
    expect(estimateKcalFromMacros({})).toBeUndefined();
    expect(estimateKcalFromMacros({ [NUTRIENT.protein]: 1, [NUTRIENT.fat]: 1 })).toBeUndefined();
    expect(estimateKcalFromMacros({ [NUTRIENT.protein]: 1, [NUTRIENT.carbohydrate]: 1 })).toBeUndefined();
    expect(estimateKcalFromMacros({ [NUTRIENT.fat]: 1, [NUTRIENT.carbohydrate]: 1, [NUTRIENT.alcohol]: 5 })).toBeUndefined();
  });

  it('treats a known zero as known', () => {
    expect(estimateKcalFromMacros({ [NUTRIENT.protein]: 0, [NUTRIENT.fat]: 0, [NUTRIENT.carbohydrate]: 0 })).toBe(0);
  });

  it('property: equals 4p + 9f + 4c + 7a', () => {
    fc.assert(
      fc.property(grams, grams, grams, fc.option(grams, { nil: undefined }), (p, f, c, a) => {
        const values: Record<string, number> = { [NUTRIENT.protein]: p, [NUTRIENT.fat]: f, [NUTRIENT.carbohydrate]: c };
        if (a !== undefined) values[NUTRIENT.alcohol] = a;
        const expected = ATWATER.protein * p + ATWATER.fat * f + ATWATER.carbohydrate * c + ATWATER.alcohol * (a ?? 0);
        expect(estimateKcalFromMacros(values)).toBeCloseTo(expected, 9);
      }),
    );
  });
});

describe('reconcileKcal', () => {
  it('reads a kcal column equal to the kJ column as kJ (celery: kcal=59, kj=59 -> ~14.1 kcal)', () => {
    expect(reconcileKcal({ kcal: 59, kj: 59, macrosKcal: undefined })).toBeCloseTo(14.1, 1);
    expect(reconcileKcal({ kcal: 59, kj: 59, macrosKcal: 13 })).toBeCloseTo(59 / KJ_PER_KCAL, 9);
  });

  it('keeps kcal on a normal row (celery 2024: kcal=14, kj=59)', () => {
    expect(reconcileKcal({ kcal: 14, kj: 59, macrosKcal: undefined })).toBe(14);
    expect(reconcileKcal({ kcal: 14, kj: 59, macrosKcal: 12 })).toBe(14);
    expect(reconcileKcal({ kcal: 539, kj: 2252, macrosKcal: 545 })).toBe(539); // Nutella
  });

  it('uses kJ when kcal is missing', () => {
    expect(reconcileKcal({ kcal: undefined, kj: 418.4, macrosKcal: undefined })).toBeCloseTo(100, 9);
    expect(reconcileKcal({ kcal: undefined, kj: undefined, macrosKcal: 300 })).toBeUndefined();
  });

  it('keeps kcal when kJ is missing and the macros agree with it', () => {
    expect(reconcileKcal({ kcal: 480, kj: undefined, macrosKcal: 470 })).toBe(480);
    expect(reconcileKcal({ kcal: 480, kj: undefined, macrosKcal: undefined })).toBe(480);
  });

  it('reads a lone kcal column as kJ when it is about 4.2 times what the macros allow', () => {
    expect(reconcileKcal({ kcal: 2000, kj: undefined, macrosKcal: 480 })).toBeCloseTo(2000 / KJ_PER_KCAL, 9);
  });

  it('does not second-guess a lone kcal for foods with almost no energy from macros', () => {
    expect(reconcileKcal({ kcal: 50, kj: undefined, macrosKcal: 12 })).toBe(50);
  });

  it('picks whichever of kcal and kJ/4.184 is closer to the macros when they disagree', () => {
    // A kcal column holding kJ that differs from the kJ column by rounding more than 1.
    expect(reconcileKcal({ kcal: 2100, kj: 2000, macrosKcal: 480 })).toBeCloseTo(2000 / KJ_PER_KCAL, 9);
    expect(reconcileKcal({ kcal: 480, kj: 5000, macrosKcal: 478 })).toBe(480);
  });

  it('does not treat zero energy as kJ', () => {
    expect(reconcileKcal({ kcal: 0, kj: 0, macrosKcal: undefined })).toBe(0);
  });

  it('property: a consistent row (kj = round(kcal × 4.184)) keeps its kcal, give or take rounding', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.option(fc.double({ min: 0, max: 950, noNaN: true }), { nil: undefined }),
        (kcal, macrosKcal) => {
          const kj = Math.round(kcal * KJ_PER_KCAL);
          const result = reconcileKcal({ kcal, kj, macrosKcal });
          expect(result).toBeDefined();
          expect(Math.abs((result ?? Number.NaN) - kcal)).toBeLessThan(0.5);
        },
      ),
    );
  });

  it('property: a kcal column that repeats the kJ figure gives kJ / 4.184', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 3800 }),
        fc.option(fc.double({ min: 0, max: 950, noNaN: true }), { nil: undefined }),
        (kj, macrosKcal) => {
          expect(reconcileKcal({ kcal: kj, kj, macrosKcal })).toBeCloseTo(kj / KJ_PER_KCAL, 9);
        },
      ),
    );
  });
});
