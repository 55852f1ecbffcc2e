import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  applyMacroOverrides,
  DEFAULT_MACRO_SETTINGS,
  fibreForEnergy,
  MACRO_KEYS,
  macroEnergyKcal,
  macroTargets,
  type MacroOverrides,
  type MacroSettings,
} from './macro-targets.ts';

describe('defaults', () => {
  it('are protein 1.6 g/kg and fat 30 % of energy', () => {
    expect(DEFAULT_MACRO_SETTINGS).toEqual({ protein: { kind: 'per-kg', gPerKg: 1.6 }, fatPct: 30 });
  });
});

describe('fibre', () => {
  it('is 14 g per 1,000 kcal: 28 g at 2,000 kcal, 35 g at 2,500, 25 g at 1,800 (25.2)', () => {
    expect(fibreForEnergy(2000)).toBe(28);
    expect(fibreForEnergy(2500)).toBe(35);
    expect(fibreForEnergy(1800)).toBe(25);
  });
});

describe('macroTargets', () => {
  it('2,000 kcal, 70 kg, defaults', () => {
    // protein 1.6 × 70 = 112 g (448 kcal); fat 30 % × 2000 / 9 = 66.7 → 67 g (603 kcal);
    // carbohydrate (2000 − 448 − 603) / 4 = 949 / 4 = 237.25 → 237 g; fibre 28 g.
    expect(macroTargets(2000, 70)).toEqual({ kcal: 2000, proteinG: 112, fatG: 67, carbohydrateG: 237, fibreG: 28 });
  });

  it('protein by percent of energy: 25 % of 2,000 kcal = 500 kcal = 125 g', () => {
    // carbohydrate (2000 − 500 − 603) / 4 = 224.25 → 224 g.
    const settings: MacroSettings = { protein: { kind: 'percent', pct: 25 }, fatPct: 30 };
    expect(macroTargets(2000, 70, settings)).toEqual({ kcal: 2000, proteinG: 125, fatG: 67, carbohydrateG: 224, fibreG: 28 });
  });

  it('per-kg protein does not depend on energy; percent protein does', () => {
    expect(macroTargets(1800, 80).proteinG).toBe(macroTargets(3000, 80).proteinG);
    const percent: MacroSettings = { protein: { kind: 'percent', pct: 20 }, fatPct: 30 };
    expect(macroTargets(3000, 80, percent).proteinG).toBeGreaterThan(macroTargets(1800, 80, percent).proteinG);
  });

  it('gives 0 g carbohydrate and a warning when protein and fat exceed the energy', () => {
    // 120 kg × 2.2 g/kg = 264 g protein = 1056 kcal; fat 30 % × 1200 / 9 = 40 g = 360 kcal; 1416 > 1200.
    const result = macroTargets(1200, 120, { protein: { kind: 'per-kg', gPerKg: 2.2 }, fatPct: 30 });
    expect(result.proteinG).toBe(264);
    expect(result.fatG).toBe(40);
    expect(result.carbohydrateG).toBe(0);
    expect(result.warning).toBe('protein-and-fat-exceed-energy');
  });

  it('gives no warning when protein and fat fill the energy exactly', () => {
    // 50 % protein = 250 g of 2000 kcal, 50 % fat = 1000 / 9 = 111.1 → 111 g (999 kcal): 1 kcal left.
    const result = macroTargets(2000, 70, { protein: { kind: 'percent', pct: 50 }, fatPct: 50 });
    expect(result.carbohydrateG).toBe(0);
    expect(result.warning).toBeUndefined();
  });
});

describe('applyMacroOverrides', () => {
  const computed = macroTargets(2000, 70); // 112 g protein, 67 g fat, 237 g carbohydrate, 28 g fibre

  it('changes nothing and marks nothing manual without overrides', () => {
    const result = applyMacroOverrides(computed, {});
    expect(result).toEqual({ ...computed, manual: { kcal: false, proteinG: false, fatG: false, carbohydrateG: false, fibreG: false } });
  });

  it('hand-set protein: carbohydrate stays the remainder, (2000 − 600 − 603) / 4 = 199.25 → 199 g', () => {
    const result = applyMacroOverrides(computed, { proteinG: 150 });
    expect(result).toMatchObject({ kcal: 2000, proteinG: 150, fatG: 67, carbohydrateG: 199, fibreG: 28 });
    expect(result.manual).toEqual({ kcal: false, proteinG: true, fatG: false, carbohydrateG: false, fibreG: false });
  });

  it('hand-set energy: carbohydrate (2500 − 448 − 603) / 4 = 362.25 → 362 g and fibre 35 g follow', () => {
    const result = applyMacroOverrides(computed, { kcal: 2500 });
    expect(result).toMatchObject({ kcal: 2500, proteinG: 112, fatG: 67, carbohydrateG: 362, fibreG: 35 });
    expect(result.manual.kcal).toBe(true);
    expect(result.manual.carbohydrateG).toBe(false);
  });

  it('hand-set carbohydrate and fibre are kept as typed', () => {
    const result = applyMacroOverrides(computed, { proteinG: 150, carbohydrateG: 300, fibreG: 40 });
    expect(result).toMatchObject({ proteinG: 150, carbohydrateG: 300, fibreG: 40 });
    expect(result.manual).toEqual({ kcal: false, proteinG: true, fatG: false, carbohydrateG: true, fibreG: true });
  });

  it('warns when hand-set protein and fat exceed the energy', () => {
    // 300 g × 4 + 100 g × 9 = 2100 kcal > 2000.
    const result = applyMacroOverrides(computed, { proteinG: 300, fatG: 100 });
    expect(result.carbohydrateG).toBe(0);
    expect(result.warning).toBe('protein-and-fat-exceed-energy');
  });

  it('treats undefined as not set and refuses negative or non-finite values', () => {
    expect(applyMacroOverrides(computed, { fatG: undefined }).manual.fatG).toBe(false);
    expect(() => applyMacroOverrides(computed, { fatG: -1 })).toThrow(RangeError);
    expect(() => applyMacroOverrides(computed, { kcal: Number.NaN })).toThrow(RangeError);
    expect(() => applyMacroOverrides(computed, { proteinG: Infinity })).toThrow(RangeError);
  });
});

const settings: fc.Arbitrary<MacroSettings> = fc.record({
  protein: fc.oneof(
    fc.record({ kind: fc.constant('per-kg' as const), gPerKg: fc.double({ min: 0.8, max: 3, noNaN: true }) }),
    fc.record({ kind: fc.constant('percent' as const), pct: fc.double({ min: 10, max: 40, noNaN: true }) }),
  ),
  fatPct: fc.double({ min: 15, max: 45, noNaN: true }),
});
const kcal = fc.integer({ min: 800, max: 6000 });
const weight = fc.double({ min: 35, max: 200, noNaN: true });

describe('macro properties', () => {
  it('macro energy adds up to the target within 2 kcal, or protein and fat exceed it with a warning', () => {
    fc.assert(
      fc.property(kcal, weight, settings, (energy, kg, s) => {
        const result = macroTargets(energy, kg, s);
        for (const grams of [result.proteinG, result.fatG, result.carbohydrateG, result.fibreG]) {
          expect(Number.isInteger(grams) && grams >= 0).toBe(true);
        }
        const total = macroEnergyKcal(result.proteinG, result.fatG, result.carbohydrateG);
        if (result.warning === undefined) {
          expect(Math.abs(total - energy)).toBeLessThanOrEqual(2);
        } else {
          expect(result.carbohydrateG).toBe(0);
          expect(macroEnergyKcal(result.proteinG, result.fatG, 0)).toBeGreaterThan(energy);
        }
      }),
    );
  });

  it('fat is the asked share of energy within rounding', () => {
    fc.assert(
      fc.property(kcal, weight, settings, (energy, kg, s) => {
        const result = macroTargets(energy, kg, s);
        expect(Math.abs(result.fatG * 9 - (energy * s.fatPct) / 100)).toBeLessThanOrEqual(4.5);
      }),
    );
  });

  it('overrides mark exactly the keys set, keep their values, and keep the remainder rule', () => {
    const grams = fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined });
    const overrides: fc.Arbitrary<MacroOverrides> = fc.record({
      kcal: fc.option(fc.integer({ min: 1000, max: 5000 }), { nil: undefined }),
      proteinG: grams,
      fatG: grams,
      carbohydrateG: grams,
      fibreG: grams,
    });
    fc.assert(
      fc.property(kcal, weight, overrides, (energy, kg, set) => {
        const result = applyMacroOverrides(macroTargets(energy, kg), set);
        for (const key of MACRO_KEYS) {
          expect(result.manual[key]).toBe(set[key] !== undefined);
          if (set[key] !== undefined) expect(result[key]).toBe(set[key]);
        }
        if (set.carbohydrateG === undefined && result.warning === undefined) {
          expect(Math.abs(macroEnergyKcal(result.proteinG, result.fatG, result.carbohydrateG) - result.kcal)).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});
