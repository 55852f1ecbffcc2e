import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  gramsToMass,
  isMassUnit,
  isVolumeUnit,
  MASS_UNITS,
  massToGrams,
  MEASURE_UNITS,
  millilitresToVolume,
  parseMeasureUnit,
  VOLUME_UNITS,
  volumeToMillilitres,
  type MassUnit,
  type VolumeUnit,
} from './units.ts';

const massUnits = Object.keys(MASS_UNITS) as MassUnit[];
const volumeUnits = Object.keys(VOLUME_UNITS) as VolumeUnit[];
const amount = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

const closeTo = (actual: number, expected: number, relative = 1e-9): void => {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.max(1, Math.abs(expected)));
};

describe('unit tables', () => {
  it('use the exact definitions', () => {
    expect(massToGrams(1, 'oz')).toBe(28.349523125);
    expect(massToGrams(1, 'lb')).toBe(453.59237);
    expect(massToGrams(2, 'kg')).toBe(2000);
    expect(massToGrams(500, 'mg')).toBe(0.5);
    expect(volumeToMillilitres(1, 'cup')).toBe(236.5882365);
    expect(volumeToMillilitres(1, 'l')).toBe(1000);
  });

  it('are consistent with each other (16 oz = 1 lb, 3 tsp = 1 tbsp, 2 tbsp = 1 fl oz, 8 fl oz = 1 cup)', () => {
    closeTo(massToGrams(16, 'oz'), massToGrams(1, 'lb'));
    closeTo(volumeToMillilitres(3, 'tsp'), volumeToMillilitres(1, 'tbsp'));
    closeTo(volumeToMillilitres(2, 'tbsp'), volumeToMillilitres(1, 'fl oz'));
    closeTo(volumeToMillilitres(8, 'fl oz'), volumeToMillilitres(1, 'cup'));
  });

  it('list every unit once in MEASURE_UNITS, each either mass or volume', () => {
    expect(new Set(MEASURE_UNITS).size).toBe(MEASURE_UNITS.length);
    expect(MEASURE_UNITS).toHaveLength(massUnits.length + volumeUnits.length);
    for (const unit of MEASURE_UNITS) expect(isMassUnit(unit) !== isVolumeUnit(unit)).toBe(true);
  });

  it('isMassUnit / isVolumeUnit know only canonical units and not object prototype names', () => {
    expect(isMassUnit('oz')).toBe(true);
    expect(isMassUnit('fl oz')).toBe(false);
    expect(isVolumeUnit('fl oz')).toBe(true);
    expect(isVolumeUnit('cup')).toBe(true);
    expect(isMassUnit('cup')).toBe(false);
    expect(isMassUnit('toString')).toBe(false);
    expect(isVolumeUnit('constructor')).toBe(false);
  });
});

describe('mass conversions', () => {
  it('convert 100 g to ounces and pounds', () => {
    closeTo(gramsToMass(massToGrams(100, 'g'), 'oz'), 3.527396194958041);
    closeTo(gramsToMass(massToGrams(1, 'kg'), 'lb'), 2.2046226218487757);
  });

  it('property: unit -> g -> unit round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...massUnits), amount, (unit, value) => {
        closeTo(gramsToMass(massToGrams(value, unit), unit), value, 1e-12);
      }),
    );
  });

  it('property: g -> any unit -> g round-trips through two units', () => {
    fc.assert(
      fc.property(fc.constantFrom(...massUnits), fc.constantFrom(...massUnits), amount, (a, b, value) => {
        const inB = gramsToMass(massToGrams(value, a), b);
        closeTo(gramsToMass(massToGrams(inB, b), a), value, 1e-12);
      }),
    );
  });

  it('property: more of a unit is never fewer grams', () => {
    fc.assert(
      fc.property(fc.constantFrom(...massUnits), amount, amount, (unit, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(massToGrams(low, unit)).toBeLessThanOrEqual(massToGrams(high, unit));
      }),
    );
  });
});

describe('volume conversions', () => {
  it('property: unit -> ml -> unit round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...volumeUnits), amount, (unit, value) => {
        closeTo(millilitresToVolume(volumeToMillilitres(value, unit), unit), value, 1e-12);
      }),
    );
  });

  it('property: converting between two volume units and back round-trips', () => {
    fc.assert(
      fc.property(fc.constantFrom(...volumeUnits), fc.constantFrom(...volumeUnits), amount, (a, b, value) => {
        const inB = millilitresToVolume(volumeToMillilitres(value, a), b);
        closeTo(millilitresToVolume(volumeToMillilitres(inB, b), a), value, 1e-12);
      }),
    );
  });
});

describe('parseMeasureUnit', () => {
  it.each([
    ['g', 'g'],
    ['grams', 'g'],
    ['Gram', 'g'],
    ['gr', 'g'],
    ['kilo', 'kg'],
    ['Kilograms', 'kg'],
    ['milligrams', 'mg'],
    ['oz', 'oz'],
    ['OZ.', 'oz'],
    ['ounces', 'oz'],
    ['lbs', 'lb'],
    ['Pound', 'lb'],
    ['mL', 'ml'],
    ['cc', 'ml'],
    ['millilitres', 'ml'],
    ['milliliter', 'ml'],
    ['L', 'l'],
    ['Liters', 'l'],
    ['tsp.', 'tsp'],
    ['Teaspoons', 'tsp'],
    ['Tablespoons', 'tbsp'],
    ['tbs', 'tbsp'],
    ['TBSP', 'tbsp'],
    ['cups', 'cup'],
    ['Cup', 'cup'],
    ['fl oz', 'fl oz'],
    ['fl. oz', 'fl oz'],
    ['fl.oz', 'fl oz'],
    ['FL  OZ', 'fl oz'],
    ['floz', 'fl oz'],
    ['fluid ounce', 'fl oz'],
    ['  Fluid   Ounces  ', 'fl oz'],
  ] as const)('reads %j as %s', (text, unit) => {
    expect(parseMeasureUnit(text)).toBe(unit);
  });

  it.each(['', 'large', 'slice', 'cupcake', 'ounce of', 'fl', 'pinch', 'constructor', 'Constructor', '__proto__', 'hasownproperty'])(
    'does not read %j as a unit',
    (text) => {
      expect(parseMeasureUnit(text)).toBeUndefined();
    },
  );

  it('property: every canonical unit reads as itself, in any case and with spaces around it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MEASURE_UNITS), fc.boolean(), fc.string({ unit: fc.constantFrom(' ', '\t'), maxLength: 3 }), (unit, upper, pad) => {
        const text = pad + (upper ? unit.toUpperCase() : unit) + pad;
        expect(parseMeasureUnit(text)).toBe(unit);
      }),
    );
  });

  it('property: the answer is always a canonical unit or undefined', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 16 }), (text) => {
        const unit = parseMeasureUnit(text);
        if (unit !== undefined) expect(MEASURE_UNITS).toContain(unit);
      }),
    );
  });
});
