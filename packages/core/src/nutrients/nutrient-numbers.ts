/**
 * Nutrients are keyed by their USDA nutrient number (SR28 `Nutr_No`, FoodData Central
 * `nutrient_nbr`) in every source, so one food model serves USDA and Open Food Facts alike.
 */
export type NutrientNumber = string & { readonly __kind: 'NutrientNumber' };

const nbr = (n: string): NutrientNumber => n as NutrientNumber;

export const NUTRIENT = {
  energyKcal: nbr('208'),
  energyKj: nbr('268'),
  protein: nbr('203'),
  fat: nbr('204'),
  carbohydrate: nbr('205'),
  fiber: nbr('291'),
  sugars: nbr('269'),
  alcohol: nbr('221'),
  water: nbr('255'),
  sodium: nbr('307'),
  saturatedFat: nbr('606'),
  monounsaturatedFat: nbr('645'),
  polyunsaturatedFat: nbr('646'),
  transFat: nbr('605'),
  cholesterol: nbr('601'),
  calcium: nbr('301'),
  iron: nbr('303'),
  potassium: nbr('306'),
  vitaminC: nbr('401'),
  vitaminARae: nbr('320'),
  vitaminD: nbr('328'),
  caffeine: nbr('262'),
} as const;

/** Nutrients per 100 g of a food, by USDA nutrient number. */
export type NutrientValues = Readonly<Record<string, number>>;

export interface NutrientDefinition {
  readonly number: NutrientNumber;
  readonly name: string;
  readonly unit: string;
}

/** Units of the nutrients that sources other than SR28 report (SR28 brings its own table). */
export const NUTRIENT_UNITS: Readonly<Record<string, string>> = {
  [NUTRIENT.energyKcal]: 'kcal',
  [NUTRIENT.energyKj]: 'kJ',
  [NUTRIENT.protein]: 'g',
  [NUTRIENT.fat]: 'g',
  [NUTRIENT.carbohydrate]: 'g',
  [NUTRIENT.fiber]: 'g',
  [NUTRIENT.sugars]: 'g',
  [NUTRIENT.alcohol]: 'g',
  [NUTRIENT.water]: 'g',
  [NUTRIENT.sodium]: 'mg',
  [NUTRIENT.saturatedFat]: 'g',
  [NUTRIENT.monounsaturatedFat]: 'g',
  [NUTRIENT.polyunsaturatedFat]: 'g',
  [NUTRIENT.transFat]: 'g',
  [NUTRIENT.cholesterol]: 'mg',
  [NUTRIENT.calcium]: 'mg',
  [NUTRIENT.iron]: 'mg',
  [NUTRIENT.potassium]: 'mg',
  [NUTRIENT.vitaminC]: 'mg',
  [NUTRIENT.vitaminARae]: 'µg',
  [NUTRIENT.vitaminD]: 'µg',
  [NUTRIENT.caffeine]: 'mg',
};

/** Names of the nutrients above, for foods whose source brings no nutrient table of its own. */
export const NUTRIENT_NAMES: Readonly<Record<string, string>> = {
  [NUTRIENT.energyKcal]: 'Energy',
  [NUTRIENT.energyKj]: 'Energy',
  [NUTRIENT.protein]: 'Protein',
  [NUTRIENT.fat]: 'Total lipid (fat)',
  [NUTRIENT.carbohydrate]: 'Carbohydrate, by difference',
  [NUTRIENT.fiber]: 'Fiber, total dietary',
  [NUTRIENT.sugars]: 'Sugars, total',
  [NUTRIENT.alcohol]: 'Alcohol, ethyl',
  [NUTRIENT.water]: 'Water',
  [NUTRIENT.sodium]: 'Sodium, Na',
  [NUTRIENT.saturatedFat]: 'Fatty acids, total saturated',
  [NUTRIENT.monounsaturatedFat]: 'Fatty acids, total monounsaturated',
  [NUTRIENT.polyunsaturatedFat]: 'Fatty acids, total polyunsaturated',
  [NUTRIENT.transFat]: 'Fatty acids, total trans',
  [NUTRIENT.cholesterol]: 'Cholesterol',
  [NUTRIENT.calcium]: 'Calcium, Ca',
  [NUTRIENT.iron]: 'Iron, Fe',
  [NUTRIENT.potassium]: 'Potassium, K',
  [NUTRIENT.vitaminC]: 'Vitamin C, total ascorbic acid',
  [NUTRIENT.vitaminARae]: 'Vitamin A, RAE',
  [NUTRIENT.vitaminD]: 'Vitamin D (D2 + D3)',
  [NUTRIENT.caffeine]: 'Caffeine',
};
