import { describe, expect, it } from 'vitest';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { dailyTargetsOf, nutrientGroup, nutritionFacts, percentOfTarget, plainName } from './nutrition-facts.ts';

const n = (number: string, name: string, unit: string, amount: number) => ({ number, name, unit, amount });

// Dark chocolate, 70-85 % cacao (SR28 19904), a few of its nutrients per 100 g in USDA's order.
const chocolate = [
  n('255', 'Water', 'g', 1.37),
  n('208', 'Energy', 'kcal', 598),
  n('203', 'Protein', 'g', 7.79),
  n('204', 'Total lipid (fat)', 'g', 42.63),
  n('205', 'Carbohydrate, by difference', 'g', 45.9),
  n('291', 'Fiber, total dietary', 'g', 10.9),
  n('269', 'Sugars, total', 'g', 23.99),
  n('301', 'Calcium, Ca', 'mg', 73),
  n('303', 'Iron, Fe', 'mg', 11.9),
  n('307', 'Sodium, Na', 'mg', 20),
  n('404', 'Thiamin', 'mg', 0.034),
  n('606', 'Fatty acids, total saturated', 'g', 24.489),
  n('601', 'Cholesterol', 'mg', 3),
  n('262', 'Caffeine', 'mg', 80),
];

const targets: Targets = {
  onDate: '2026-01-01',
  ageYears: 35,
  energy: { bmr: 1400, bmrFormula: 'mifflin-st-jeor', activityFactor: 1.375, tdee: 1925, dailyAdjustment: 0, floor: 1200, kcal: 2000, floorApplied: false },
  macroSettings: { protein: { kind: 'per-kg', gPerKg: 1.6 }, fatPct: 30 },
  macros: { kcal: 2000, proteinG: 100, fatG: 70, carbohydrateG: 250, fibreG: 28, manual: {} },
  micronutrients: {
    '303': { number: '303', name: 'Iron, Fe', unit: 'mg', target: 18, kind: 'RDA', manual: false },
    '307': { number: '307', name: 'Sodium, Na', unit: 'mg', target: 1500, kind: 'AI', manual: false },
  },
  warnings: [],
  settings: {},
};

describe('nutrition facts', () => {
  it('scales every nutrient to the amount chosen', () => {
    const facts = nutritionFacts(chocolate, 40, undefined);
    expect(facts.kcal).toBeCloseTo(239.2, 5);
    expect(facts.main.find((r) => r.number === '204')?.amount).toBeCloseTo(17.052, 5);
    expect(facts.groups.flatMap((g) => g.rows).find((r) => r.number === '303')?.amount).toBeCloseTo(4.76, 5);
  });

  it('puts the familiar rows first, in the order of a US label, with parts marked', () => {
    const facts = nutritionFacts(chocolate, 100, undefined);
    expect(facts.main.map((r) => r.name)).toEqual(['Total fat', 'Saturated fat', 'Cholesterol', 'Sodium', 'Total carbohydrate', 'Dietary fibre', 'Total sugars', 'Protein']);
    expect(facts.main.filter((r) => r.part).map((r) => r.number)).toEqual(['606', '291', '269']);
  });

  it('groups every other nutrient the food has, keeping the food\'s order within a group', () => {
    const facts = nutritionFacts(chocolate, 100, undefined);
    expect(facts.groups.map((g) => [g.title, g.rows.map((r) => r.name)])).toEqual([
      ['Carbohydrates and more', ['Water']],
      ['Minerals', ['Calcium', 'Iron']],
      ['Vitamins', ['Thiamin']],
      ['Other', ['Caffeine']],
    ]);
    const shown = facts.main.length + facts.groups.reduce((sum, g) => sum + g.rows.length, 0) + 1;
    expect(shown).toBe(chocolate.length);
  });

  it('gives each nutrient its share of the daily target where there is one', () => {
    const facts = nutritionFacts(chocolate, 50, dailyTargetsOf(targets));
    expect(facts.kcalPercent).toBe(15);
    expect(facts.main.find((r) => r.number === '204')?.percent).toBe(30);
    expect(facts.main.find((r) => r.number === '307')?.percent).toBe(1);
    expect(facts.main.find((r) => r.number === '601')?.percent).toBeUndefined();
    expect(facts.groups.flatMap((g) => g.rows).find((r) => r.number === '303')?.percent).toBe(33);
  });

  it('shows no percentages without targets', () => {
    const facts = nutritionFacts(chocolate, 50, undefined);
    expect(facts.kcalPercent).toBeUndefined();
    expect(facts.main.every((r) => r.percent === undefined)).toBe(true);
  });

  it('leaves energy out when the food states none', () => {
    expect(nutritionFacts([n('203', 'Protein', 'g', 5)], 100, undefined).kcal).toBeUndefined();
  });
});

describe('nutrient groups, names and percentages', () => {
  it('files numbers as USDA does', () => {
    expect(nutrientGroup('255')).toBe('composition');
    expect(nutrientGroup('317')).toBe('minerals');
    expect(nutrientGroup('320')).toBe('vitamins');
    expect(nutrientGroup('578')).toBe('vitamins');
    expect(nutrientGroup('504')).toBe('amino-acids');
    expect(nutrientGroup('645')).toBe('lipids');
    expect(nutrientGroup('851')).toBe('lipids');
    expect(nutrientGroup('221')).toBe('other');
  });

  it('drops chemical symbols from names', () => {
    expect(plainName('Calcium, Ca')).toBe('Calcium');
    expect(plainName('Vitamin C, total ascorbic acid')).toBe('Vitamin C, total ascorbic acid');
  });

  it('takes every target from the macros and the micronutrients', () => {
    const daily = dailyTargetsOf(targets);
    expect(daily).toMatchObject({ '208': 2000, '203': 100, '204': 70, '205': 250, '291': 28, '303': 18, '307': 1500 });
    expect(percentOfTarget(5, 0)).toBeUndefined();
    expect(percentOfTarget(5, undefined)).toBeUndefined();
    expect(percentOfTarget(1, 3)).toBe(33);
  });
});
