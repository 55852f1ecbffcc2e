import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePortionDescription, splitLeadingQuantity } from './portion-description.ts';
import { MEASURE_UNITS } from './units.ts';

describe('splitLeadingQuantity', () => {
  it.each([
    ['1/2 cup', 0.5, 'cup'],
    ['1 1/2 cups', 1.5, 'cups'],
    ['1-1/2 cups', 1.5, 'cups'],
    ['1 - 1/2 cup', 1.5, 'cup'],
    ['0.5', 0.5, ''],
    ['0.5 cup, sliced', 0.5, 'cup, sliced'],
    ['2 large', 2, 'large'],
    ['12oz', 12, 'oz'],
    ['3/4', 0.75, ''],
    ['  2 3/4 tbsp  ', 2.75, 'tbsp'],
    ['1 cup (8 fl oz)', 1, 'cup (8 fl oz)'],
    ['100 g', 100, 'g'],
  ] as const)('reads %j as %d and %j', (text, amount, rest) => {
    const result = splitLeadingQuantity(text);
    expect(result.amount).toBeCloseTo(amount, 12);
    expect(result.rest).toBe(rest);
  });

  it.each([
    ['cup', 'cup'],
    ['large', 'large'],
    ['  slice ', 'slice'],
    ['', ''],
    ['.5 cup', '.5 cup'],
    ['0 cup', '0 cup'],
    ['1/0 cup', '1/0 cup'],
    ['0/3 cup', '0/3 cup'],
  ] as const)('finds no positive amount in %j and keeps the text %j', (text, rest) => {
    expect(splitLeadingQuantity(text)).toEqual({ amount: undefined, rest });
  });

  it('property: "w n/d unit" reads as w + n/d and leaves the unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 15 }),
        fc.integer({ min: 1, max: 16 }),
        fc.constantFrom(' ', '-', ' - '),
        fc.constantFrom('cup', 'cups', 'tbsp', 'large', 'slice, thin'),
        (whole, numerator, denominator, separator, unit) => {
          const result = splitLeadingQuantity(`${whole}${separator}${numerator}/${denominator} ${unit}`);
          expect(result.amount).toBeCloseTo(whole + numerator / denominator, 12);
          expect(result.rest).toBe(unit);
        },
      ),
    );
  });

  it('property: "n/d" alone reads as n/d', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 999 }), (numerator, denominator) => {
        const result = splitLeadingQuantity(`${numerator}/${denominator} cup`);
        expect(result.amount).toBeCloseTo(numerator / denominator, 12);
        expect(result.rest).toBe('cup');
      }),
    );
  });

  it('property: a positive decimal reads back as itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }).map((n) => n / 1000), (value) => {
        const result = splitLeadingQuantity(`${value} oz`);
        expect(result.amount).toBe(value);
        expect(result.rest).toBe('oz');
      }),
    );
  });

  it('property: the amount, when given, is finite and positive', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 ./-abc'), maxLength: 12 }), (text) => {
        const { amount } = splitLeadingQuantity(text);
        if (amount !== undefined) {
          expect(Number.isFinite(amount)).toBe(true);
          expect(amount).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('parsePortionDescription', () => {
  it('reads "cup, sliced" as a cup measure modified by "sliced"', () => {
    expect(parsePortionDescription('cup, sliced')).toEqual({ amount: 1, unit: 'cup, sliced', measure: 'cup', modifier: 'sliced' });
  });

  it('reads "1 cup (8 fl oz)" as one cup with the parenthesis as modifier', () => {
    expect(parsePortionDescription('1 cup (8 fl oz)')).toEqual({
      amount: 1,
      unit: 'cup (8 fl oz)',
      measure: 'cup',
      modifier: '(8 fl oz)',
    });
  });

  it('reads "large" as a count with no measure', () => {
    expect(parsePortionDescription('large')).toEqual({ amount: 1, unit: 'large', measure: undefined, modifier: '' });
  });

  it('reads "1/2 cup" with its amount', () => {
    expect(parsePortionDescription('1/2 cup')).toEqual({ amount: 0.5, unit: 'cup', measure: 'cup', modifier: '' });
  });

  it('prefers the amount the dataset gives over one in the text', () => {
    expect(parsePortionDescription('1/2 cup', 3).amount).toBe(3);
    expect(parsePortionDescription('tbsp', 2)).toEqual({ amount: 2, unit: 'tbsp', measure: 'tbsp', modifier: '' });
  });

  it.each([
    ['fl oz', 'fl oz', ''],
    ['fl. oz', 'fl oz', ''],
    ['fl.oz', 'fl oz', ''],
    ['fluid ounce', 'fl oz', ''],
    ['fluid ounces, canned', 'fl oz', 'canned'],
    ['Tbsp.', 'tbsp', ''],
    ['tbsp, chopped', 'tbsp', 'chopped'],
    ['oz, boneless', 'oz', 'boneless'],
    ['oz.', 'oz', ''],
    ['cups diced', 'cup', 'diced'],
    ['g', 'g', ''],
    ['ml', 'ml', ''],
  ] as const)('reads %j as measure %s with modifier %j', (text, measure, modifier) => {
    const parsed = parsePortionDescription(text);
    expect(parsed.measure).toBe(measure);
    expect(parsed.modifier).toBe(modifier);
  });

  it.each(['large', 'medium (2-1/2" dia)', 'slice', 'cupcake', 'literally', 'package (10 oz)', 'Quantity not specified', 'constructor'])(
    'finds no measure at the start of %j',
    (text) => {
      const parsed = parsePortionDescription(text);
      expect(parsed.measure).toBeUndefined();
      expect(parsed.modifier).toBe('');
    },
  );

  it('keeps the whole description as the unit when it is only a number', () => {
    expect(parsePortionDescription('1/2')).toEqual({ amount: 0.5, unit: '1/2', measure: undefined, modifier: '' });
  });

  it('property: a canonical measure followed by ", modifier" is split into measure and modifier', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEASURE_UNITS),
        fc.constantFrom('sliced', 'chopped', 'packed', 'whole kernel', '(8 fl oz)'),
        fc.integer({ min: 1, max: 9 }),
        (measure, modifier, count) => {
          const parsed = parsePortionDescription(`${count} ${measure}, ${modifier}`);
          expect(parsed).toEqual({ amount: count, unit: `${measure}, ${modifier}`, measure, modifier });
        },
      ),
    );
  });

  it('property: the measure is always a canonical unit or undefined, and the amount positive', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const parsed = parsePortionDescription(text);
        if (parsed.measure !== undefined) expect(MEASURE_UNITS).toContain(parsed.measure);
        else expect(parsed.modifier).toBe('');
        expect(parsed.amount).toBeGreaterThan(0);
      }),
    );
  });
});
