import { describe, expect, it } from 'vitest';
import { dayProgress, targetsByNutrient } from './day-progress.ts';

const targets = {
  macros: { kcal: 2000, proteinG: 120, fatG: 67, carbohydrateG: 228, fibreG: 28 },
  micronutrients: { '303': { target: 18, upperLimit: 45 }, '401': { target: 75, upperLimit: 2000 } },
};

describe('day progress', () => {
  it('keys energy, macros and micronutrient targets by USDA number', () => {
    const byNumber = targetsByNutrient(targets);
    expect(byNumber['208']).toEqual({ target: 2000 });
    expect(byNumber['205']).toEqual({ target: 228 });
    expect(byNumber['291']).toEqual({ target: 28 });
    expect(byNumber['303']).toEqual({ target: 18, upperLimit: 45 });
  });

  it('says what remains of each target, negative once over, and lists nutrients eaten without a target', () => {
    const progress = dayProgress({ '208': 1500.25, '303': 20, '255': 900 }, targetsByNutrient(targets));
    const get = (n: string) => progress.find((p) => p.number === n);
    expect(get('208')).toEqual({ number: '208', amount: 1500.25, target: 2000, upperLimit: null, remaining: 499.75 });
    expect(get('303')?.remaining).toBe(-2);
    expect(get('401')).toEqual({ number: '401', amount: 0, target: 75, upperLimit: 2000, remaining: 75 });
    expect(get('255')).toEqual({ number: '255', amount: 900, target: null, upperLimit: null, remaining: null });
  });

  it('has no targets without a profile', () => {
    expect(dayProgress({ '208': 10 }, undefined)).toEqual([{ number: '208', amount: 10, target: null, upperLimit: null, remaining: null }]);
  });
});
