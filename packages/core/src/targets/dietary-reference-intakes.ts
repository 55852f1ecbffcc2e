/**
 * Vitamin and mineral targets from the US Dietary Reference Intakes (DRIs), Food and Nutrition
 * Board, National Academies of Sciences, Engineering, and Medicine. Values come from the summary
 * tables as updated through 2019 (printed in "Dietary Reference Intakes for Sodium and
 * Potassium", 2019, and on NCBI Bookshelf NBK545442):
 *   - Recommended Dietary Allowances and Adequate Intakes, Vitamins
 *   - Recommended Dietary Allowances and Adequate Intakes, Elements
 *   - Tolerable Upper Intake Levels, Vitamins
 *   - Tolerable Upper Intake Levels, Elements
 * which gather the reports: Calcium, Phosphorus, Magnesium, Vitamin D, and Fluoride (1997);
 * Thiamin, Riboflavin, Niacin, Vitamin B6, Folate, Vitamin B12, Pantothenic Acid, Biotin, and
 * Choline (1998); Vitamin C, Vitamin E, Selenium, and Carotenoids (2000); Vitamin A, Vitamin K,
 * Arsenic, Boron, Chromium, Copper, Iodine, Iron, Manganese, Molybdenum, Nickel, Silicon,
 * Vanadium, and Zinc (2001); Calcium and Vitamin D (2011: calcium and vitamin D RDAs and ULs);
 * Sodium and Potassium (2019: potassium AI 2,600 mg women / 3,400 mg men; sodium AI 1,500 mg
 * and Chronic Disease Risk Reduction intake (CDRR) 2,300 mg for ages 14 and over; no UL for
 * either).
 *
 * Every vitamin and mineral USDA SR28 reports that has a DRI is here, keyed by its USDA
 * nutrient number and in USDA's unit for that number: the tables give copper in µg and
 * fluoride, phosphorus UL and choline UL in mg or g, converted below. Nutrients with DRIs that
 * SR28 does not report (biotin, chromium, iodine, molybdenum, chloride) are left out.
 * Pregnancy and lactation are not covered; infants under one year get no targets here.
 */
import { NUTRIENT, type NutrientNumber } from '../nutrients/nutrient-numbers.ts';
import type { Sex } from './profile.ts';

/** Life-stage groups of the DRI tables from age 1, in order. */
export const LIFE_STAGE_GROUPS = ['1-3', '4-8', '9-13', '14-18', '19-30', '31-50', '51-70', '>70'] as const;
export type LifeStageGroup = (typeof LIFE_STAGE_GROUPS)[number];

/** RDA: meets the needs of 97-98 % of healthy people; AI: used where no RDA could be set. */
export type DriKind = 'RDA' | 'AI';

/** UL: tolerable upper intake level; CDRR: intake above which lowering it reduces chronic disease risk. */
export type UpperLimitKind = 'UL' | 'CDRR';

/** One value per life-stage group, in the order of LIFE_STAGE_GROUPS. */
type ByGroup = readonly [number, number, number, number, number, number, number, number];

export interface DietaryReferenceIntake {
  readonly number: NutrientNumber;
  /** USDA's name for the nutrient number. */
  readonly name: string;
  /** USDA's unit for the nutrient number. */
  readonly unit: string;
  readonly kind: DriKind;
  readonly female: ByGroup;
  readonly male: ByGroup;
  /** The same for both sexes in every DRI table. */
  readonly upperLimit?: ByGroup;
  readonly upperLimitKind?: UpperLimitKind;
  readonly upperLimitNote?: string;
  /** The USDA nutrient number the upper limit is about, when it concerns only part of this nutrient. */
  readonly upperLimitAppliesTo?: NutrientNumber;
  readonly note?: string;
  /** Another USDA number measuring the same nutrient in another way (IU for µg, total for DFE). */
  readonly sameNutrientAs?: NutrientNumber;
}

export interface MicronutrientTarget {
  readonly number: NutrientNumber;
  readonly name: string;
  readonly unit: string;
  /** RDA or AI for the person's sex and life-stage group, in `unit` per day. */
  readonly target: number;
  readonly kind: DriKind;
  readonly upperLimit?: number;
  readonly upperLimitKind?: UpperLimitKind;
  readonly upperLimitNote?: string;
  readonly upperLimitAppliesTo?: NutrientNumber;
  readonly note?: string;
  readonly sameNutrientAs?: NutrientNumber;
}

/** Targets keyed by USDA nutrient number. */
export type MicronutrientTargets = Readonly<Record<string, MicronutrientTarget>>;

const nbr = (n: string): NutrientNumber => n as NutrientNumber;

const RETINOL = nbr('319');
const VITAMIN_E_ADDED = nbr('573');
const FOLIC_ACID = nbr('431');
const FOLATE_DFE = nbr('435');
const VITAMIN_D_UG = NUTRIENT.vitaminD;

const same = (values: ByGroup): { female: ByGroup; male: ByGroup } => ({ female: values, male: values });

const SUPPLEMENTS_AND_FORTIFIED_FOODS =
  'applies to synthetic forms from supplements, fortified foods, or a combination of the two, not to the form that occurs naturally in food';

// Columns of every row:  1-3   4-8   9-13  14-18  19-30  31-50  51-70   >70
export const DIETARY_REFERENCE_INTAKES: readonly DietaryReferenceIntake[] = [
  // ---- Elements ----
  {
    number: NUTRIENT.calcium, name: 'Calcium, Ca', unit: 'mg', kind: 'RDA',
    female:     [700, 1000, 1300, 1300, 1000, 1000, 1200, 1200],
    male:       [700, 1000, 1300, 1300, 1000, 1000, 1000, 1200],
    upperLimit: [2500, 2500, 3000, 3000, 2500, 2500, 2000, 2000],
  },
  {
    number: NUTRIENT.iron, name: 'Iron, Fe', unit: 'mg', kind: 'RDA',
    female:     [7, 10, 8, 15, 18, 18, 8, 8],
    male:       [7, 10, 8, 11, 8, 8, 8, 8],
    upperLimit: [40, 40, 40, 45, 45, 45, 45, 45],
    note: 'Vegetarians need 1.8 times the RDA: iron from plant foods is less well absorbed.',
  },
  {
    number: nbr('304'), name: 'Magnesium, Mg', unit: 'mg', kind: 'RDA',
    female:     [80, 130, 240, 360, 310, 320, 320, 320],
    male:       [80, 130, 240, 410, 400, 420, 420, 420],
    upperLimit: [65, 110, 350, 350, 350, 350, 350, 350],
    upperLimitNote: 'The UL is for magnesium taken as a supplement or medicine only; it does not include magnesium from food and water.',
  },
  {
    number: nbr('305'), name: 'Phosphorus, P', unit: 'mg', kind: 'RDA',
    ...same([460, 500, 1250, 1250, 700, 700, 700, 700]),
    // The UL table gives grams: 3, 3, 4, 4, 4, 4, 4, 3 g/day.
    upperLimit: [3000, 3000, 4000, 4000, 4000, 4000, 4000, 3000],
  },
  {
    number: NUTRIENT.potassium, name: 'Potassium, K', unit: 'mg', kind: 'AI',
    female: [2000, 2300, 2300, 2300, 2600, 2600, 2600, 2600],
    male:   [2000, 2300, 2500, 3000, 3400, 3400, 3400, 3400],
  },
  {
    number: NUTRIENT.sodium, name: 'Sodium, Na', unit: 'mg', kind: 'AI',
    ...same([800, 1000, 1200, 1500, 1500, 1500, 1500, 1500]),
    upperLimit: [1200, 1500, 1800, 2300, 2300, 2300, 2300, 2300],
    upperLimitKind: 'CDRR',
    upperLimitNote:
      'Chronic Disease Risk Reduction intake (2019), not a UL (no UL is set for sodium): lowering intakes above it is expected to lower the risk of high blood pressure and cardiovascular disease.',
  },
  {
    number: nbr('309'), name: 'Zinc, Zn', unit: 'mg', kind: 'RDA',
    female:     [3, 5, 8, 9, 8, 8, 8, 8],
    male:       [3, 5, 8, 11, 11, 11, 11, 11],
    upperLimit: [7, 12, 23, 34, 40, 40, 40, 40],
  },
  {
    // The tables give µg: RDA 340, 440, 700, 890, 900 µg/day; UL 1,000, 3,000, 5,000, 8,000, 10,000 µg/day.
    number: nbr('312'), name: 'Copper, Cu', unit: 'mg', kind: 'RDA',
    ...same([0.34, 0.44, 0.7, 0.89, 0.9, 0.9, 0.9, 0.9]),
    upperLimit: [1, 3, 5, 8, 10, 10, 10, 10],
  },
  {
    // The tables give mg: AI 0.7, 1, 2, 3, then 3 (women) and 4 (men) mg/day; UL 1.3, 2.2, then 10 mg/day.
    number: nbr('313'), name: 'Fluoride, F', unit: 'µg', kind: 'AI',
    female:     [700, 1000, 2000, 3000, 3000, 3000, 3000, 3000],
    male:       [700, 1000, 2000, 3000, 4000, 4000, 4000, 4000],
    upperLimit: [1300, 2200, 10000, 10000, 10000, 10000, 10000, 10000],
  },
  {
    number: nbr('315'), name: 'Manganese, Mn', unit: 'mg', kind: 'AI',
    female:     [1.2, 1.5, 1.6, 1.6, 1.8, 1.8, 1.8, 1.8],
    male:       [1.2, 1.5, 1.9, 2.2, 2.3, 2.3, 2.3, 2.3],
    upperLimit: [2, 3, 6, 9, 11, 11, 11, 11],
  },
  {
    number: nbr('317'), name: 'Selenium, Se', unit: 'µg', kind: 'RDA',
    ...same([20, 30, 40, 55, 55, 55, 55, 55]),
    upperLimit: [90, 150, 280, 400, 400, 400, 400, 400],
  },
  // ---- Vitamins ----
  {
    number: NUTRIENT.vitaminARae, name: 'Vitamin A, RAE', unit: 'µg', kind: 'RDA',
    female:     [300, 400, 600, 700, 700, 700, 700, 700],
    male:       [300, 400, 600, 900, 900, 900, 900, 900],
    upperLimit: [600, 900, 1700, 2800, 3000, 3000, 3000, 3000],
    upperLimitNote: 'The UL is for preformed vitamin A (retinol) only, not for provitamin A carotenoids.',
    upperLimitAppliesTo: RETINOL,
    note: 'As retinol activity equivalents (RAE): 1 µg RAE = 1 µg retinol = 12 µg beta-carotene in food.',
  },
  {
    number: nbr('323'), name: 'Vitamin E (alpha-tocopherol)', unit: 'mg', kind: 'RDA',
    ...same([6, 7, 11, 15, 15, 15, 15, 15]),
    upperLimit: [200, 300, 600, 800, 1000, 1000, 1000, 1000],
    upperLimitNote: `The UL is for supplemental alpha-tocopherol of any form; it ${SUPPLEMENTS_AND_FORTIFIED_FOODS}.`,
    upperLimitAppliesTo: VITAMIN_E_ADDED,
    note: 'As alpha-tocopherol (the natural RRR form and the 2R forms in fortified foods and supplements).',
  },
  {
    number: VITAMIN_D_UG, name: 'Vitamin D (D2 + D3)', unit: 'µg', kind: 'RDA',
    ...same([15, 15, 15, 15, 15, 15, 15, 20]),
    upperLimit: [63, 75, 100, 100, 100, 100, 100, 100],
    note: 'Set assuming minimal sun exposure.',
  },
  {
    // 1 µg vitamin D = 40 IU; the tables print these IU figures beside the µg ones.
    number: nbr('324'), name: 'Vitamin D', unit: 'IU', kind: 'RDA',
    ...same([600, 600, 600, 600, 600, 600, 600, 800]),
    upperLimit: [2500, 3000, 4000, 4000, 4000, 4000, 4000, 4000],
    note: 'Set assuming minimal sun exposure.',
    sameNutrientAs: VITAMIN_D_UG,
  },
  {
    number: NUTRIENT.vitaminC, name: 'Vitamin C, total ascorbic acid', unit: 'mg', kind: 'RDA',
    female:     [15, 25, 45, 65, 75, 75, 75, 75],
    male:       [15, 25, 45, 75, 90, 90, 90, 90],
    upperLimit: [400, 650, 1200, 1800, 2000, 2000, 2000, 2000],
    note: 'People who smoke need 35 mg/day more.',
  },
  {
    number: nbr('404'), name: 'Thiamin', unit: 'mg', kind: 'RDA',
    female: [0.5, 0.6, 0.9, 1.0, 1.1, 1.1, 1.1, 1.1],
    male:   [0.5, 0.6, 0.9, 1.2, 1.2, 1.2, 1.2, 1.2],
  },
  {
    number: nbr('405'), name: 'Riboflavin', unit: 'mg', kind: 'RDA',
    female: [0.5, 0.6, 0.9, 1.0, 1.1, 1.1, 1.1, 1.1],
    male:   [0.5, 0.6, 0.9, 1.3, 1.3, 1.3, 1.3, 1.3],
  },
  {
    number: nbr('406'), name: 'Niacin', unit: 'mg', kind: 'RDA',
    female:     [6, 8, 12, 14, 14, 14, 14, 14],
    male:       [6, 8, 12, 16, 16, 16, 16, 16],
    upperLimit: [10, 15, 20, 30, 35, 35, 35, 35],
    upperLimitNote: `The UL ${SUPPLEMENTS_AND_FORTIFIED_FOODS}.`,
    note: 'As niacin equivalents (1 mg niacin = 60 mg tryptophan); USDA reports preformed niacin only, so food values understate niacin equivalents.',
  },
  {
    number: nbr('410'), name: 'Pantothenic acid', unit: 'mg', kind: 'AI',
    ...same([2, 3, 4, 5, 5, 5, 5, 5]),
  },
  {
    number: nbr('415'), name: 'Vitamin B-6', unit: 'mg', kind: 'RDA',
    female:     [0.5, 0.6, 1.0, 1.2, 1.3, 1.3, 1.5, 1.5],
    male:       [0.5, 0.6, 1.0, 1.3, 1.3, 1.3, 1.7, 1.7],
    upperLimit: [30, 40, 60, 80, 100, 100, 100, 100],
  },
  {
    number: FOLATE_DFE, name: 'Folate, DFE', unit: 'µg', kind: 'RDA',
    ...same([150, 200, 300, 400, 400, 400, 400, 400]),
    upperLimit: [300, 400, 600, 800, 1000, 1000, 1000, 1000],
    upperLimitNote: `The UL is for folic acid; it ${SUPPLEMENTS_AND_FORTIFIED_FOODS}.`,
    upperLimitAppliesTo: FOLIC_ACID,
    note: 'As dietary folate equivalents: 1 µg DFE = 1 µg food folate = 0.6 µg folic acid from fortified food or a supplement taken with food.',
  },
  {
    number: nbr('417'), name: 'Folate, total', unit: 'µg', kind: 'RDA',
    ...same([150, 200, 300, 400, 400, 400, 400, 400]),
    upperLimit: [300, 400, 600, 800, 1000, 1000, 1000, 1000],
    upperLimitNote: `The UL is for folic acid; it ${SUPPLEMENTS_AND_FORTIFIED_FOODS}.`,
    upperLimitAppliesTo: FOLIC_ACID,
    note: 'The RDA is in dietary folate equivalents (nutrient 435); total folate counts folic acid like food folate, so it understates DFE in fortified foods.',
    sameNutrientAs: FOLATE_DFE,
  },
  {
    number: nbr('418'), name: 'Vitamin B-12', unit: 'µg', kind: 'RDA',
    ...same([0.9, 1.2, 1.8, 2.4, 2.4, 2.4, 2.4, 2.4]),
    note: 'Many people over 50 absorb food-bound B-12 poorly, so they are advised to meet the RDA mainly from fortified foods or a supplement.',
  },
  {
    number: nbr('421'), name: 'Choline, total', unit: 'mg', kind: 'AI',
    female:     [200, 250, 375, 400, 425, 425, 425, 425],
    male:       [200, 250, 375, 550, 550, 550, 550, 550],
    // The UL table gives grams: 1.0, 1.0, 2.0, 3.0, 3.5 g/day.
    upperLimit: [1000, 1000, 2000, 3000, 3500, 3500, 3500, 3500],
  },
  {
    number: nbr('430'), name: 'Vitamin K (phylloquinone)', unit: 'µg', kind: 'AI',
    female: [30, 55, 60, 75, 90, 90, 90, 90],
    male:   [30, 55, 60, 75, 120, 120, 120, 120],
  },
];

/** The USDA nutrient numbers that have a vitamin or mineral target. */
export const MICRONUTRIENT_NUMBERS: readonly NutrientNumber[] = DIETARY_REFERENCE_INTAKES.map((dri) => dri.number);

/** The DRI life-stage group for an age in years, or undefined under one year. */
export function lifeStageGroup(ageYears: number): LifeStageGroup | undefined {
  const age = Math.floor(ageYears);
  if (!(age >= 1)) return undefined;
  if (age <= 3) return '1-3';
  if (age <= 8) return '4-8';
  if (age <= 13) return '9-13';
  if (age <= 18) return '14-18';
  if (age <= 30) return '19-30';
  if (age <= 50) return '31-50';
  if (age <= 70) return '51-70';
  return '>70';
}

function targetFor(dri: DietaryReferenceIntake, sex: Sex, group: number): MicronutrientTarget {
  const target = (sex === 'female' ? dri.female : dri.male)[group];
  const upperLimit = dri.upperLimit?.[group];
  if (target === undefined) throw new RangeError(`no DRI for group ${group}`);
  return {
    number: dri.number,
    name: dri.name,
    unit: dri.unit,
    target,
    kind: dri.kind,
    ...(upperLimit === undefined ? {} : { upperLimit, upperLimitKind: dri.upperLimitKind ?? 'UL' }),
    ...(upperLimit !== undefined && dri.upperLimitNote !== undefined ? { upperLimitNote: dri.upperLimitNote } : {}),
    ...(upperLimit !== undefined && dri.upperLimitAppliesTo !== undefined ? { upperLimitAppliesTo: dri.upperLimitAppliesTo } : {}),
    ...(dri.note === undefined ? {} : { note: dri.note }),
    ...(dri.sameNutrientAs === undefined ? {} : { sameNutrientAs: dri.sameNutrientAs }),
  };
}

/**
 * Daily vitamin and mineral targets (RDA, or AI where no RDA exists) with upper limits, for a
 * sex and an age in years, keyed by USDA nutrient number. Empty under one year of age.
 */
export function micronutrientTargets(sex: Sex, ageYears: number): MicronutrientTargets {
  const group = lifeStageGroup(ageYears);
  if (group === undefined) return {};
  const index = LIFE_STAGE_GROUPS.indexOf(group);
  return Object.fromEntries(DIETARY_REFERENCE_INTAKES.map((dri) => [dri.number, targetFor(dri, sex, index)]));
}
