import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Portion } from '../units/food-quantity.ts';
import { chooseDefaultPortion, describePortion } from './default-portion.ts';

const p = (unit: string, grams: number, amount = 1): Portion => ({ amount, unit, grams });

const MEDIUM = p('medium', 182);
const LARGE = p('large', 223);
const SLICE = p('slice', 28);
const CUP = p('cup', 125);
const CUP_SLICED = p('cup, sliced', 110);
const OZ = p('oz', 28.35);
const QNS = p('Quantity not specified', 100);

describe('chooseDefaultPortion', () => {
  it('prefers a counted item over a cup over an ounce', () => {
    expect(chooseDefaultPortion([OZ, CUP, MEDIUM])).toBe(MEDIUM);
    expect(chooseDefaultPortion([OZ, CUP, LARGE])).toBe(LARGE);
    expect(chooseDefaultPortion([OZ, CUP, SLICE])).toBe(SLICE);
    expect(chooseDefaultPortion([OZ, CUP])).toBe(CUP);
    expect(chooseDefaultPortion([OZ])).toBe(OZ);
  });

  it('prefers the usual sizes (medium, large) over small ones, and a counted item over a serving', () => {
    expect(chooseDefaultPortion([p('small', 149), MEDIUM, LARGE])).toBe(MEDIUM);
    expect(chooseDefaultPortion([p('extra small', 120), LARGE, MEDIUM])).toBe(LARGE);
    const serving = p('NLEA serving', 154);
    expect(chooseDefaultPortion([serving, LARGE])).toBe(LARGE);
    expect(chooseDefaultPortion([serving, OZ])).toBe(serving);
  });

  it('never picks a survey guideline amount or a school container over a cup', () => {
    const milk = [p('individual school container', 244), p('Guideline amount per fl oz of beverage', 2.5), CUP];
    expect(chooseDefaultPortion(milk)).toBe(CUP);
  });

  it('prefers a plain cup over a prepared one', () => {
    expect(chooseDefaultPortion([CUP_SLICED, CUP])).toBe(CUP);
    expect(chooseDefaultPortion([OZ, CUP_SLICED])).toBe(CUP_SLICED);
  });

  it('ranks a volume measure as a volume even when its description names a count word', () => {
    const cupWhole = p('cup, whole', 144);
    const cupOfEggs = p('cup (4.86 large eggs)', 243);
    expect(chooseDefaultPortion([cupWhole, LARGE])).toBe(LARGE);
    expect(chooseDefaultPortion([cupOfEggs, LARGE])).toBe(LARGE);
    expect(chooseDefaultPortion([cupWhole, CUP])).toBe(CUP);
  });

  it('keeps the dataset\'s order between equally good portions', () => {
    const a = p('slice', 20);
    const b = p('piece', 30);
    expect(chooseDefaultPortion([a, b])).toBe(a);
    expect(chooseDefaultPortion([b, a])).toBe(b);
  });

  it('skips portions with no weight or no amount', () => {
    expect(chooseDefaultPortion([p('medium', 0), CUP])).toBe(CUP);
    expect(chooseDefaultPortion([p('medium', 100, 0), OZ])).toBe(OZ);
    expect(chooseDefaultPortion([p('medium', 0), p('cup', -5)])).toBeUndefined();
  });

  it('passes over "Quantity not specified", even after an ounce', () => {
    expect(chooseDefaultPortion([QNS, CUP])).toBe(CUP);
    expect(chooseDefaultPortion([QNS, OZ])).toBe(OZ);
    expect(chooseDefaultPortion([p('quantity NOT specified', 50), p('bar', 40)])).toEqual(p('bar', 40));
  });

  it('falls back to "Quantity not specified" only when nothing else weighs anything', () => {
    expect(chooseDefaultPortion([p('medium', 0), QNS])).toBe(QNS);
  });

  it('is undefined for no portions', () => {
    expect(chooseDefaultPortion([])).toBeUndefined();
  });

  it('property: never chooses a weightless portion, and chooses something when any portion weighs something', () => {
    const portion = fc.record({
      amount: fc.constantFrom(0, 0.5, 1, 2),
      unit: fc.constantFrom('medium', 'large', 'slice', 'cup', 'cup, sliced', 'cup, whole', 'oz', 'tbsp', 'Quantity not specified', 'berries'),
      grams: fc.constantFrom(0, -1, 10, 50, 240),
    });
    fc.assert(
      fc.property(fc.array(portion, { maxLength: 8 }), (portions) => {
        const chosen = chooseDefaultPortion(portions);
        const weighed = portions.filter((x) => x.grams > 0 && x.amount > 0);
        if (weighed.length === 0) {
          expect(chosen).toBeUndefined();
        } else {
          expect(chosen).toBeDefined();
          expect(portions).toContain(chosen);
          expect(chosen?.grams).toBeGreaterThan(0);
          expect(chosen?.amount).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('property: a counted portion always beats a cup, and a cup always beats an ounce, wherever they sit', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([OZ, CUP, CUP_SLICED, QNS], { minLength: 0 }),
        fc.constantFrom(MEDIUM, LARGE, SLICE),
        fc.nat(),
        (others, counted, at) => {
          const withCount = [...others];
          withCount.splice(at % (withCount.length + 1), 0, counted);
          expect(chooseDefaultPortion(withCount)).toBe(counted);
          if (others.includes(CUP)) expect(chooseDefaultPortion(others)).toBe(CUP);
          else if (others.includes(CUP_SLICED)) expect(chooseDefaultPortion(others)).toBe(CUP_SLICED);
        },
      ),
    );
  });
});

describe('describePortion', () => {
  it('writes the amount and the unit', () => {
    expect(describePortion(p('cup, sliced', 110))).toBe('1 cup, sliced');
    expect(describePortion(p('large', 100, 2))).toBe('2 large');
    expect(describePortion(p('cup', 120, 0.5))).toBe('0.5 cup');
    expect(describePortion(p('cup', 80, 1 / 3))).toBe('0.33 cup');
  });
});
