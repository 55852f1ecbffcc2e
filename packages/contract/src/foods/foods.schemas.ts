import { z } from 'zod';
import { queryInteger } from '../common.schemas.ts';
import { FOOD_REF_TOO_LARGE, foodIdPattern, parseFoodRef } from '@macromuse/core/foods/food-ref';
import { FOOD_SOURCES } from '@macromuse/core/foods/food-source';

/** Catalog sources, and `custom` for a food the user made. */
export const foodSourceSchema = z.enum([...FOOD_SOURCES, 'custom']);

export const portionSchema = z.object({
  amount: z.number().positive(),
  unit: z.string(),
  grams: z.number().positive(),
});
export type PortionDto = z.infer<typeof portionSchema>;

/** Energy and macros of an amount of food; kcal is null where the source states none and macros are too incomplete to estimate. */
export const macrosSchema = z.object({
  kcal: z.number().nullable(),
  protein: z.number().nullable(),
  carbs: z.number().nullable(),
  fat: z.number().nullable(),
});
export type Macros = z.infer<typeof macrosSchema>;

export const foodSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  source: foodSourceSchema,
  /** True when kcal was computed from macros, not stated by the source. */
  energyEstimated: z.boolean(),
  per100g: macrosSchema,
  defaultPortion: portionSchema.extend({ label: z.string(), nutrients: macrosSchema }).nullable(),
  /** How many identical branded products this result stands for. */
  duplicates: z.number().int().nonnegative(),
});
export type FoodSummary = z.infer<typeof foodSummarySchema>;

export const foodSearchQuerySchema = z.object({
  // Not trimmed: a trailing space says the last word is finished (no longer a prefix).
  q: z
    .string({ error: 'q is required: the text to search for' })
    .max(200, 'q must be at most 200 characters')
    .refine((q) => q.trim() !== '', 'q must not be empty'),
  limit: queryInteger('limit', 1, 100).default(20),
});
export type FoodSearchQuery = z.infer<typeof foodSearchQuerySchema>;

export const foodSearchResponseSchema = z.object({
  query: z.string(),
  results: z.array(foodSummarySchema),
  /** False while the catalog is still being indexed (results may miss products not yet imported). */
  complete: z.boolean(),
  tookMs: z.number(),
});
export type FoodSearchResponse = z.infer<typeof foodSearchResponseSchema>;

export const nutrientAmountSchema = z.object({
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  amount: z.number(),
});

export const foodDetailSchema = z.object({
  id: z.string(),
  name: z.string(),
  brand: z.string().nullable(),
  category: z.string().nullable(),
  source: foodSourceSchema,
  sourceId: z.string(),
  dataset: z.string(),
  fdcId: z.number().int().nullable(),
  barcode: z.string().nullable(),
  energyEstimated: z.boolean(),
  /** Every nutrient the source gives, per 100 g, with units, in USDA's order. */
  nutrients: z.array(nutrientAmountSchema),
  portions: z.array(portionSchema.extend({ label: z.string() })),
  defaultPortion: portionSchema.extend({ label: z.string() }).nullable(),
  /** Values removed as impossible, and why. */
  qualityNotes: z.array(z.string()),
});
export type FoodDetail = z.infer<typeof foodDetailSchema>;

/** A food's id in a path: a catalog food or a custom food, read by the one parser of food references. */
export const foodIdParamsSchema = z.object({
  id: z.string().regex(foodIdPattern(19), 'id must be a food id (digits) or a custom food id (a UUID in lower case)').superRefine((id, ctx) => {
    const parsed = parseFoodRef(id);
    if (parsed.ok && parsed.ref.kind !== 'recipe') return;
    const tooLarge = !parsed.ok && parsed.reason === FOOD_REF_TOO_LARGE;
    ctx.addIssue({ code: 'custom', message: tooLarge ? `id ${FOOD_REF_TOO_LARGE}` : 'id must be a food id (digits) or a custom food id (UUID)' });
  }),
});

export const barcodeParamsSchema = z.object({ code: z.string() });

/** A catalog food id (digits) or a custom food id (a UUID). */
export const foodRefSchema = z
  .string({ error: 'is required: a food id' })
  .regex(foodIdPattern(18), 'must be a food id (digits) or a custom food id (a UUID in lower case)');

