import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bodyWeightIn,
  bodyWeightToKg,
  cmToFeetInches,
  feetInchesToCm,
  flOzToMl,
  formatBodyWeight,
  formatWater,
  kgToLb,
  lbToKg,
  mlToFlOz,
  parseDecimal,
  waterToMl,
} from './body-units.ts';

describe('body units', () => {
  it('converts heights to feet and inches and back', () => {
    expect(cmToFeetInches(180)).toEqual({ feet: 5, inches: 10.9 });
    expect(cmToFeetInches(152.4)).toEqual({ feet: 5, inches: 0 });
    expect(cmToFeetInches(182.88)).toEqual({ feet: 6, inches: 0 });
    // 6 ft minus a hair rounds up to 6 ft 0 in, not 5 ft 12 in.
    expect(cmToFeetInches(182.8)).toEqual({ feet: 6, inches: 0 });
    expect(feetInchesToCm(5, 10)).toBeCloseTo(177.8, 6);
    expect(feetInchesToCm(6, 0)).toBeCloseTo(182.88, 6);
  });

  it('converts weights between kilograms and pounds', () => {
    expect(kgToLb(80)).toBeCloseTo(176.37, 2);
    expect(lbToKg(150)).toBeCloseTo(68.04, 2);
    expect(formatBodyWeight(80, 'us')).toBe('176.4 lb');
    expect(formatBodyWeight(80, 'metric')).toBe('80.0 kg');
    expect(bodyWeightIn(72.25, 'metric')).toBe(72.3);
    expect(bodyWeightToKg(176.4, 'us')).toBeCloseTo(80.01, 2);
    expect(bodyWeightToKg(80, 'metric')).toBe(80);
  });

  it('converts water between millilitres and US fluid ounces', () => {
    expect(flOzToMl(8)).toBeCloseTo(236.59, 2);
    expect(mlToFlOz(500)).toBeCloseTo(16.91, 2);
    expect(waterToMl(16, 'us')).toBe(473);
    expect(waterToMl(250, 'metric')).toBe(250);
    expect(formatWater(1250, 'metric')).toBe('1,250 ml');
    expect(formatWater(2000, 'us')).toBe('68 fl oz');
  });

  it('round-trips every conversion', () => {
    fc.assert(
      fc.property(fc.double({ min: 20, max: 400, noNaN: true }), (kg) => Math.abs(lbToKg(kgToLb(kg)) - kg) < 1e-9),
    );
    fc.assert(fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), (ml) => Math.abs(flOzToMl(mlToFlOz(ml)) - ml) < 1e-9));
    // Heights go through inches to one decimal: back within 0.13 cm (half a tenth of an inch).
    fc.assert(
      fc.property(fc.double({ min: 100, max: 250, noNaN: true }), (cm) => {
        const { feet, inches } = cmToFeetInches(cm);
        return inches >= 0 && inches < 12 && Math.abs(feetInchesToCm(feet, inches) - cm) <= 0.128;
      }),
    );
  });

  it('reads numbers as people type them', () => {
    expect(parseDecimal('72,5')).toBe(72.5);
    expect(parseDecimal(' 80 ')).toBe(80);
    expect(parseDecimal('.5')).toBe(0.5);
    expect(parseDecimal('')).toBeUndefined();
    expect(parseDecimal('abc')).toBeUndefined();
    expect(parseDecimal('-3')).toBeUndefined();
    expect(parseDecimal('1e3')).toBeUndefined();
  });
});
