import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DIETARY_REFERENCE_INTAKES,
  LIFE_STAGE_GROUPS,
  lifeStageGroup,
  MICRONUTRIENT_NUMBERS,
  micronutrientTargets,
  type MicronutrientTarget,
} from './dietary-reference-intakes.ts';
import { SEXES, type Sex } from './profile.ts';

/** One target, failing the test when the nutrient is missing. */
function get(sex: Sex, age: number, number: string): MicronutrientTarget {
  const target = micronutrientTargets(sex, age)[number];
  if (target === undefined) throw new Error(`no target for ${number}`);
  return target;
}
const target = (sex: Sex, age: number, number: string): number => get(sex, age, number).target;
const upper = (sex: Sex, age: number, number: string): number | undefined => get(sex, age, number).upperLimit;

/**
 * Units of SR28's NUTR_DEF for the vitamins and minerals (copied from the file, ISO-8859-1 µ as
 * U+00B5), so a target can be compared with food values without conversion.
 */
const SR28_UNITS: Record<string, string> = {
  '301': 'mg', '303': 'mg', '304': 'mg', '305': 'mg', '306': 'mg', '307': 'mg', '309': 'mg', '312': 'mg',
  '313': 'µg', '315': 'mg', '317': 'µg', '320': 'µg', '323': 'mg', '324': 'IU', '328': 'µg', '401': 'mg',
  '404': 'mg', '405': 'mg', '406': 'mg', '410': 'mg', '415': 'mg', '417': 'µg', '418': 'µg', '421': 'mg',
  '430': 'µg', '435': 'µg',
};

describe('coverage', () => {
  it('has every vitamin and mineral SR28 reports that has a DRI, once, in USDA units', () => {
    expect([...MICRONUTRIENT_NUMBERS].sort()).toEqual(Object.keys(SR28_UNITS).sort());
    for (const dri of DIETARY_REFERENCE_INTAKES) expect(dri.unit).toBe(SR28_UNITS[dri.number]);
  });

  it('gives every nutrient a positive target for each sex and life-stage group', () => {
    const ages = [1, 5, 10, 16, 25, 40, 60, 80];
    for (const sex of SEXES) {
      for (const age of ages) {
        const targets = micronutrientTargets(sex, age);
        expect(Object.keys(targets).sort()).toEqual([...MICRONUTRIENT_NUMBERS].sort());
        for (const [number, t] of Object.entries(targets)) {
          expect(t.number).toBe(number);
          expect(t.target).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives no targets under one year of age', () => {
    expect(micronutrientTargets('female', 0)).toEqual({});
    expect(micronutrientTargets('male', 0.9)).toEqual({});
  });

  it('upper limits sit above the targets, except the supplement-only magnesium UL', () => {
    for (const sex of SEXES) {
      for (const age of [2, 6, 11, 16, 25, 40, 60, 80]) {
        for (const t of Object.values(micronutrientTargets(sex, age))) {
          if (t.upperLimit === undefined || t.number === '304') continue;
          expect(t.upperLimit, `${t.name} at ${age}`).toBeGreaterThan(t.target);
        }
      }
    }
    // Magnesium: RDA 420 mg for men over 30, UL 350 mg from supplements only.
    expect(target('male', 40, '304')).toBe(420);
    expect(upper('male', 40, '304')).toBe(350);
  });
});

describe('life-stage groups', () => {
  it.each([
    [1, '1-3'], [3, '1-3'], [4, '4-8'], [8, '4-8'], [9, '9-13'], [13, '9-13'], [14, '14-18'], [18, '14-18'],
    [19, '19-30'], [30, '19-30'], [31, '31-50'], [50, '31-50'], [51, '51-70'], [70, '51-70'], [71, '>70'], [104, '>70'],
  ] as const)('age %i is in %s', (age, group) => {
    expect(lifeStageGroup(age)).toBe(group);
  });

  it('counts fractional ages by completed years (70.9 is still 51-70)', () => {
    expect(lifeStageGroup(70.9)).toBe('51-70');
    expect(lifeStageGroup(0.5)).toBeUndefined();
  });

  it('property: the group of an age is in the list and never goes back as age grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), (age) => {
        const here = LIFE_STAGE_GROUPS.indexOf(lifeStageGroup(age) ?? '1-3');
        const next = LIFE_STAGE_GROUPS.indexOf(lifeStageGroup(age + 1) ?? '1-3');
        expect(next - here === 0 || next - here === 1).toBe(true);
      }),
    );
  });
});

describe('spot checks against the published tables', () => {
  it('iron: women 19-50 18 mg, 51+ 8 mg; men 8 mg; girls 14-18 15 mg; UL 45 mg adults, 40 mg children', () => {
    expect(target('female', 19, '303')).toBe(18);
    expect(target('female', 50, '303')).toBe(18);
    expect(target('female', 51, '303')).toBe(8);
    expect(target('male', 35, '303')).toBe(8);
    expect(target('female', 16, '303')).toBe(15);
    expect(target('male', 16, '303')).toBe(11);
    expect(upper('female', 30, '303')).toBe(45);
    expect(upper('male', 10, '303')).toBe(40);
  });

  it('vitamin D: 15 µg up to 70, 20 µg over 70 (600 / 800 IU); UL 100 µg (4,000 IU)', () => {
    expect(target('female', 70, '328')).toBe(15);
    expect(target('female', 71, '328')).toBe(20);
    expect(target('male', 25, '328')).toBe(15);
    expect(upper('male', 25, '328')).toBe(100);
    expect(target('male', 25, '324')).toBe(600);
    expect(target('male', 75, '324')).toBe(800);
    expect(upper('male', 25, '324')).toBe(4000);
    expect(get('male', 25, '324').sameNutrientAs).toBe('328');
  });

  it('vitamin D in IU is 40 IU per µg of the µg values (the 1-3 UL is printed as 63 µg = 2,500 IU)', () => {
    for (const sex of SEXES) {
      for (const age of [2, 6, 11, 16, 25, 40, 60, 80]) {
        expect(target(sex, age, '324')).toBe(40 * target(sex, age, '328'));
        const iu = upper(sex, age, '324') ?? Number.NaN;
        const ug = upper(sex, age, '328') ?? Number.NaN;
        expect(Math.abs(iu - 40 * ug) / iu).toBeLessThan(0.01);
      }
    }
  });

  it('calcium: 1,000 mg 19-50, women 1,200 mg from 51, men from 71; UL 2,500 mg 19-50, 2,000 mg 51+', () => {
    expect(target('female', 30, '301')).toBe(1000);
    expect(target('female', 51, '301')).toBe(1200);
    expect(target('male', 51, '301')).toBe(1000);
    expect(target('male', 71, '301')).toBe(1200);
    expect(upper('male', 19, '301')).toBe(2500);
    expect(upper('female', 50, '301')).toBe(2500);
    expect(upper('female', 51, '301')).toBe(2000);
    expect(target('male', 15, '301')).toBe(1300);
    expect(upper('male', 15, '301')).toBe(3000);
  });

  it('vitamin C: 75 mg women, 90 mg men; UL 2,000 mg', () => {
    expect(target('female', 30, '401')).toBe(75);
    expect(target('male', 30, '401')).toBe(90);
    expect(upper('female', 30, '401')).toBe(2000);
  });

  it('potassium (2019): AI 2,600 mg women, 3,400 mg men, no UL', () => {
    expect(get('female', 40, '306')).toMatchObject({ target: 2600, kind: 'AI' });
    expect(get('male', 40, '306')).toMatchObject({ target: 3400, kind: 'AI' });
    expect(upper('male', 40, '306')).toBeUndefined();
  });

  it('sodium (2019): AI 1,500 mg and CDRR 2,300 mg adults, recorded as a CDRR with a note', () => {
    const sodium = get('male', 60, '307');
    expect(sodium).toMatchObject({ target: 1500, kind: 'AI', upperLimit: 2300, upperLimitKind: 'CDRR' });
    expect(sodium.upperLimitNote).toMatch(/Chronic Disease Risk Reduction/);
    expect(get('female', 5, '307')).toMatchObject({ target: 1000, upperLimit: 1500 });
  });

  it('magnesium: 310 / 320 mg women, 400 / 420 mg men (19-30 / 31+); UL supplement-only, noted', () => {
    expect(target('female', 30, '304')).toBe(310);
    expect(target('female', 31, '304')).toBe(320);
    expect(target('male', 30, '304')).toBe(400);
    expect(target('male', 31, '304')).toBe(420);
    expect(get('female', 30, '304').upperLimitNote).toMatch(/supplement/);
  });

  it('ULs that concern synthetic forms only say so: niacin, folate, vitamin E; vitamin A UL is preformed only', () => {
    for (const number of ['406', '435', '417', '323']) {
      expect(get('female', 30, number).upperLimitNote, number).toMatch(/supplements, fortified foods/);
    }
    expect(upper('male', 30, '406')).toBe(35);
    expect(upper('male', 30, '435')).toBe(1000);
    expect(get('male', 30, '435').upperLimitAppliesTo).toBe('431');
    expect(upper('male', 30, '323')).toBe(1000);
    expect(get('male', 30, '320')).toMatchObject({ target: 900, upperLimit: 3000, upperLimitAppliesTo: '319' });
    expect(get('male', 30, '320').upperLimitNote).toMatch(/preformed/);
    expect(target('female', 30, '320')).toBe(700);
  });

  it('B vitamins for adults: thiamin 1.1 / 1.2, riboflavin 1.1 / 1.3, niacin 14 / 16, B-6 1.3 then 1.5 / 1.7 from 51, folate 400, B-12 2.4', () => {
    expect([target('female', 30, '404'), target('male', 30, '404')]).toEqual([1.1, 1.2]);
    expect([target('female', 30, '405'), target('male', 30, '405')]).toEqual([1.1, 1.3]);
    expect([target('female', 30, '406'), target('male', 30, '406')]).toEqual([14, 16]);
    expect([target('female', 50, '415'), target('female', 51, '415'), target('male', 51, '415')]).toEqual([1.3, 1.5, 1.7]);
    expect(target('male', 30, '435')).toBe(400);
    expect(target('female', 30, '417')).toBe(target('female', 30, '435'));
    expect(target('male', 30, '418')).toBe(2.4);
    expect(get('male', 30, '410')).toMatchObject({ target: 5, kind: 'AI' });
  });

  it('choline and vitamin K (AI): 425 / 550 mg and 90 / 120 µg for women / men', () => {
    expect(get('female', 30, '421')).toMatchObject({ target: 425, kind: 'AI', upperLimit: 3500 });
    expect(target('male', 30, '421')).toBe(550);
    expect(get('female', 30, '430')).toMatchObject({ target: 90, kind: 'AI' });
    expect(target('male', 30, '430')).toBe(120);
    expect(upper('male', 30, '430')).toBeUndefined();
  });

  it('copper in mg (table 900 µg) and fluoride in µg (table 3 / 4 mg), as USDA reports them', () => {
    expect(get('male', 30, '312')).toMatchObject({ unit: 'mg', target: 0.9, upperLimit: 10 });
    expect(get('female', 30, '313')).toMatchObject({ unit: 'µg', target: 3000, kind: 'AI', upperLimit: 10000 });
    expect(target('male', 30, '313')).toBe(4000);
  });

  it('zinc 8 / 11 mg, selenium 55 µg, manganese 1.8 / 2.3 mg (AI), phosphorus 700 mg with UL 3,000 mg over 70', () => {
    expect([target('female', 30, '309'), target('male', 30, '309')]).toEqual([8, 11]);
    expect(upper('male', 30, '309')).toBe(40);
    expect(target('female', 30, '317')).toBe(55);
    expect(upper('female', 30, '317')).toBe(400);
    expect(get('female', 30, '315')).toMatchObject({ target: 1.8, kind: 'AI' });
    expect(target('male', 30, '315')).toBe(2.3);
    expect(target('male', 30, '305')).toBe(700);
    expect(upper('male', 70, '305')).toBe(4000);
    expect(upper('male', 71, '305')).toBe(3000);
  });

  it('children: calcium 700 mg at 1-3, iron 10 mg at 4-8, zinc 8 mg at 9-13, vitamin A UL 600 µg at 1-3', () => {
    expect(target('male', 2, '301')).toBe(700);
    expect(target('female', 6, '303')).toBe(10);
    expect(target('male', 12, '309')).toBe(8);
    expect(upper('female', 3, '320')).toBe(600);
    expect(target('female', 3, '401')).toBe(15);
    expect(upper('female', 3, '328')).toBe(63);
  });

  it('marks AI nutrients as AI and the rest as RDA', () => {
    const ai = new Set(['306', '307', '313', '315', '410', '421', '430']);
    for (const t of Object.values(micronutrientTargets('female', 30))) {
      expect(t.kind, t.name).toBe(ai.has(t.number) ? 'AI' : 'RDA');
    }
  });
});
