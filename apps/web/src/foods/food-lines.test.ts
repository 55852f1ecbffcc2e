import { describe, expect, it } from 'vitest';
import { energyLine, sourceLabel } from './food-lines.ts';

describe('food lines', () => {
  it('names the brand, or whose data the food is', () => {
    expect(sourceLabel({ brand: 'Ferrero', source: 'off' })).toBe('Ferrero');
    expect(sourceLabel({ brand: null, source: 'off' })).toBe('Packaged food');
    expect(sourceLabel({ brand: null, source: 'custom' })).toBe('Your food');
    expect(sourceLabel({ brand: null, source: 'usda-sr28' })).toBe('USDA');
  });

  it('gives the energy of the usual portion, else of 100 g', () => {
    const per100g = { kcal: 89.4, protein: 1.1, carbs: 22.8, fat: 0.3 };
    const portion = { amount: 1, unit: 'medium', grams: 118, label: '1 medium', nutrients: { kcal: 105.5, protein: 1.3, carbs: 27, fat: 0.4 } };
    expect(energyLine({ per100g, defaultPortion: portion })).toEqual({ kcal: '106', per: '1 medium · 118 g' });
    expect(energyLine({ per100g, defaultPortion: null })).toEqual({ kcal: '89', per: '100 g' });
    expect(energyLine({ per100g: { ...per100g, kcal: null }, defaultPortion: null }).kcal).toBe('–');
  });

  it('gives the energy of the amount last logged when it can tell', () => {
    const per100g = { kcal: 89.4, protein: 1.1, carbs: 22.8, fat: 0.3 };
    const portion = { amount: 1, unit: 'medium', grams: 118, label: '1 medium', nutrients: { kcal: 105.5, protein: 1.3, carbs: 27, fat: 0.4 } };
    expect(energyLine({ per100g, defaultPortion: portion }, { amount: 150, unit: 'g' })).toEqual({ kcal: '134', per: 'Last time 150 g' });
    expect(energyLine({ per100g, defaultPortion: portion }, { amount: 2, unit: 'medium' })).toEqual({ kcal: '211', per: 'Last time 2 medium' });
    expect(energyLine({ per100g, defaultPortion: portion }, { amount: 1, unit: 'oz' })).toEqual({ kcal: '25', per: 'Last time 1 oz' });
    expect(energyLine({ per100g, defaultPortion: portion }, { amount: 1, unit: 'cup, sliced' })).toEqual({ kcal: '106', per: '1 medium · 118 g' });
  });
});
