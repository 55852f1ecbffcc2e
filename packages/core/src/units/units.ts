/** Quantities carry their unit in the type so grams and millilitres cannot be mixed by accident. */
export type Grams = number & { readonly __unit: 'g' };
export type Millilitres = number & { readonly __unit: 'ml' };

export const grams = (value: number): Grams => value as Grams;
export const millilitres = (value: number): Millilitres => value as Millilitres;

/** Grams in one unit of each mass unit (exact definitions: avoirdupois ounce and pound). */
export const MASS_UNITS = {
  g: 1,
  kg: 1000,
  mg: 0.001,
  oz: 28.349523125,
  lb: 453.59237,
} as const;

/** Millilitres in one unit of each volume unit (US customary measures, as USDA uses them). */
export const VOLUME_UNITS = {
  ml: 1,
  l: 1000,
  tsp: 4.92892159375,
  tbsp: 14.78676478125,
  cup: 236.5882365,
  'fl oz': 29.5735295625,
} as const;

export type MassUnit = keyof typeof MASS_UNITS;
export type VolumeUnit = keyof typeof VOLUME_UNITS;
export type MeasureUnit = MassUnit | VolumeUnit;

export const MEASURE_UNITS: readonly MeasureUnit[] = [
  ...(Object.keys(MASS_UNITS) as MassUnit[]),
  ...(Object.keys(VOLUME_UNITS) as VolumeUnit[]),
];

export function isMassUnit(unit: string): unit is MassUnit {
  return Object.hasOwn(MASS_UNITS, unit);
}

export function isVolumeUnit(unit: string): unit is VolumeUnit {
  return Object.hasOwn(VOLUME_UNITS, unit);
}

export function massToGrams(amount: number, unit: MassUnit): Grams {
  return grams(amount * MASS_UNITS[unit]);
}

export function gramsToMass(value: Grams, unit: MassUnit): number {
  return value / MASS_UNITS[unit];
}

export function volumeToMillilitres(amount: number, unit: VolumeUnit): Millilitres {
  return millilitres(amount * VOLUME_UNITS[unit]);
}

export function millilitresToVolume(value: Millilitres, unit: VolumeUnit): number {
  return value / VOLUME_UNITS[unit];
}

/** Spellings people and datasets use for the units above, mapped to the canonical unit. */
const UNIT_ALIASES: Record<string, MeasureUnit> = {
  g: 'g', gram: 'g', grams: 'g', gr: 'g', grm: 'g',
  kg: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg',
  mg: 'mg', milligram: 'mg', milligrams: 'mg',
  oz: 'oz', ounce: 'oz', ounces: 'oz',
  lb: 'lb', lbs: 'lb', pound: 'lb', pounds: 'lb',
  ml: 'ml', millilitre: 'ml', milliliter: 'ml', millilitres: 'ml', milliliters: 'ml', cc: 'ml',
  l: 'l', litre: 'l', liter: 'l', litres: 'l', liters: 'l',
  tsp: 'tsp', teaspoon: 'tsp', teaspoons: 'tsp',
  tbsp: 'tbsp', tablespoon: 'tbsp', tablespoons: 'tbsp', tbs: 'tbsp',
  cup: 'cup', cups: 'cup',
  'fl oz': 'fl oz', 'fl. oz': 'fl oz', 'fl.oz': 'fl oz', floz: 'fl oz', 'fluid ounce': 'fl oz', 'fluid ounces': 'fl oz',
};

/** The canonical unit for a spelling such as "Tablespoons" or "fl. oz", or undefined. */
export function parseMeasureUnit(text: string): MeasureUnit | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  return Object.hasOwn(UNIT_ALIASES, key) ? UNIT_ALIASES[key] : undefined;
}
