import type { CustomFoodUpdate } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { barcodeForPeople } from './barcode-digits.ts';
import type { FieldProblems } from './field-problems.ts';
import { numberForInput, parseNumberText } from './number-text.ts';

/** The nutrients the form asks for, by USDA number: energy and the macros, then four often on labels. */
export const FORM_NUTRIENTS = [
  { key: 'kcal', number: '208', label: 'Calories', unit: 'kcal', optional: false },
  { key: 'protein', number: '203', label: 'Protein', unit: 'g', optional: false },
  { key: 'carbs', number: '205', label: 'Carbohydrate', unit: 'g', optional: false },
  { key: 'fat', number: '204', label: 'Fat', unit: 'g', optional: false },
  { key: 'fibre', number: '291', label: 'Fibre', unit: 'g', optional: true },
  { key: 'sugars', number: '269', label: 'Sugars', unit: 'g', optional: true },
  { key: 'saturatedFat', number: '606', label: 'Saturated fat', unit: 'g', optional: true },
  { key: 'sodium', number: '307', label: 'Sodium', unit: 'mg', optional: true },
] as const;
export type FormNutrientKey = (typeof FORM_NUTRIENTS)[number]['key'];

/** What the form holds: text as typed. */
export interface CustomFoodForm {
  readonly name: string;
  readonly brand: string;
  readonly barcode: string;
  /** What the nutrient amounts are for. */
  readonly per: '100g' | 'serving';
  readonly servingGrams: string;
  readonly servingLabel: string;
  readonly nutrients: Readonly<Record<FormNutrientKey, string>>;
}

/** What an edited food has that the form does not show, kept as it is. */
export interface KeptValues {
  /** Nutrients per 100 g the form has no field for. */
  readonly otherNutrients: Readonly<Record<string, number>>;
  /** Portions other than the serving. */
  readonly otherPortions: readonly { readonly amount: number; readonly unit: string; readonly grams: number }[];
}

export const NOTHING_KEPT: KeptValues = { otherNutrients: {}, otherPortions: [] };

const NO_NUTRIENTS = Object.fromEntries(FORM_NUTRIENTS.map((n) => [n.key, ''])) as Record<FormNutrientKey, string>;

/** An empty form, with the barcode of a product not found and the name searched for, if any. */
export function emptyCustomFoodForm(start: { readonly barcode?: string; readonly name?: string } = {}): CustomFoodForm {
  return { name: start.name ?? '', brand: '', barcode: start.barcode ?? '', per: '100g', servingGrams: '', servingLabel: '', nutrients: NO_NUTRIENTS };
}

/**
 * The form for editing a custom food. A food with a serving is shown per serving (the way it
 * was most likely typed from a label), one without per 100 g.
 */
export function formFromFood(food: FoodDetail): { readonly form: CustomFoodForm; readonly kept: KeptValues } {
  const [serving, ...rest] = food.portions;
  const gramsEach = serving ? serving.grams / serving.amount : undefined;
  const factor = gramsEach === undefined ? 1 : gramsEach / 100;
  const amounts = new Map(food.nutrients.map((n) => [n.number, n.amount]));
  const nutrients = { ...NO_NUTRIENTS };
  for (const n of FORM_NUTRIENTS) {
    const amount = amounts.get(n.number);
    if (amount !== undefined) nutrients[n.key] = numberForInput(amount * factor);
  }
  const shown = new Set<string>(FORM_NUTRIENTS.map((n) => n.number));
  const form: CustomFoodForm = {
    name: food.name,
    brand: food.brand ?? '',
    barcode: food.barcode === null ? '' : barcodeForPeople(food.barcode),
    per: serving ? 'serving' : '100g',
    servingGrams: gramsEach === undefined ? '' : numberForInput(gramsEach, 1),
    servingLabel: serving && serving.unit !== 'serving' ? serving.unit : '',
    nutrients,
  };
  return {
    form,
    kept: {
      otherNutrients: Object.fromEntries(food.nutrients.filter((n) => !shown.has(n.number)).map((n) => [n.number, n.amount])),
      otherPortions: rest.map((p) => ({ amount: p.amount, unit: p.unit, grams: p.grams })),
    },
  };
}

export type BuiltCustomFood = { readonly ok: true; readonly food: CustomFoodUpdate } | { readonly ok: false; readonly problems: FieldProblems };

/**
 * The food to send from what was typed, or what is wrong with it by field (named as the
 * server names them: name, barcode, servingGrams, nutrients.208...). Per 100 g with a serving
 * size, the serving becomes the food's first portion; per serving, the server does that.
 */
export function buildCustomFood(form: CustomFoodForm, kept: KeptValues = NOTHING_KEPT): BuiltCustomFood {
  const problems: Record<string, string> = {};
  const name = form.name.trim();
  if (name === '') problems.name = 'is required';
  const barcode = form.barcode.replace(/[\s-]/g, '');
  if (barcode !== '' && !/^\d{8,14}$/.test(barcode)) problems.barcode = 'must be 8 to 14 digits';

  const servingGrams = parseNumberText(form.servingGrams);
  if (servingGrams === undefined && form.per === 'serving') problems.servingGrams = 'is required for nutrition per serving';
  else if (servingGrams !== undefined && !(servingGrams > 0)) problems.servingGrams = Number.isNaN(servingGrams) ? 'must be a number of grams' : 'must be more than 0 g';
  const servingLabel = form.servingLabel.trim();

  const nutrients: Record<string, number> = {};
  for (const n of FORM_NUTRIENTS) {
    const value = parseNumberText(form.nutrients[n.key]);
    const field = `nutrients.${n.number}`;
    if (value === undefined) {
      if (n.key === 'kcal') problems[field] = 'are required';
    } else if (Number.isNaN(value)) problems[field] = 'must be a number';
    else if (value < 0) problems[field] = 'must not be negative';
    else nutrients[n.number] = value;
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };

  // Kept nutrients are per 100 g; per serving they go in per serving like the rest.
  const keptFactor = form.per === 'serving' && servingGrams !== undefined ? servingGrams / 100 : 1;
  for (const [number, amount] of Object.entries(kept.otherNutrients)) nutrients[number] ??= Math.round(amount * keptFactor * 10000) / 10000;

  const servingUnit = servingLabel === '' ? 'serving' : servingLabel;
  const others = kept.otherPortions.filter((p) => servingGrams === undefined || p.unit !== servingUnit);
  const portions = form.per === '100g' && servingGrams !== undefined ? [{ amount: 1, unit: servingUnit, grams: servingGrams }, ...others] : [...others];
  return {
    ok: true,
    food: {
      name,
      brand: form.brand.trim() === '' ? null : form.brand.trim(),
      barcode: barcode === '' ? null : barcode,
      per: form.per,
      ...(form.per === 'serving' && servingGrams !== undefined ? { servingGrams } : {}),
      ...(form.per === 'serving' && servingLabel !== '' ? { servingLabel } : {}),
      nutrients,
      portions,
    },
  };
}
