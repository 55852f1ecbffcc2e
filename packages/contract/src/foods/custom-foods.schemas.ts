import { z } from 'zod';
import { clientIdSchema, nutrientMapSchema, queryInteger, shortText } from '../common.schemas.ts';
import { foodRefSchema, foodSummarySchema } from './foods.schemas.ts';

const customPortionSchema = z.object({
  amount: z.number().finite().positive('must be more than 0').max(1000, 'must be at most 1000'),
  unit: shortText(60),
  grams: z.number().finite().positive('must be more than 0').max(5000, 'must be at most 5000 g'),
});

const customFoodFields = {
  name: shortText(200),
  brand: shortText(120).nullable().optional(),
  /** EAN-13, EAN-8, UPC-A or GTIN-14 digits. */
  barcode: z.string().regex(/^\d{8,14}$/, 'must be 8 to 14 digits').nullable().optional(),
  /** What the nutrient amounts are given for: 100 g (the label's table) or one serving. */
  per: z.enum(['100g', 'serving']).default('100g'),
  /** Required when per is serving: what one serving weighs. */
  servingGrams: z.number().finite().min(0.1, 'must be at least 0.1 g').max(5000, 'must be at most 5000 g').optional(),
  servingLabel: shortText(60).optional(),
  /** By USDA nutrient number: "208" kcal, "203" protein g, "204" fat g, "205" carbohydrate g, "307" sodium mg, ... */
  nutrients: nutrientMapSchema.refine((n) => n['208'] !== undefined, 'must include energy ("208", kcal)'),
  portions: z.array(customPortionSchema).max(20, 'at most 20 portions').default([]),
};

function servingGiven(f: { per: '100g' | 'serving'; servingGrams?: number | undefined }): boolean {
  return f.per === '100g' || f.servingGrams !== undefined;
}

export const newCustomFoodSchema = z
  .object({ id: clientIdSchema, ...customFoodFields })
  .strict()
  .refine(servingGiven, { error: 'is required when per is "serving"', path: ['servingGrams'] });
export type NewCustomFood = z.infer<typeof newCustomFoodSchema>;

export const customFoodUpdateSchema = z
  .object(customFoodFields)
  .strict()
  .refine(servingGiven, { error: 'is required when per is "serving"', path: ['servingGrams'] });
export type CustomFoodUpdate = z.infer<typeof customFoodUpdateSchema>;

export const customFoodListSchema = z.object({ foods: z.array(foodSummarySchema) });

export const myFoodsQuerySchema = z.object({
  meal: shortText(40).optional(),
  limit: queryInteger('limit', 1, 100).default(20),
});

/** A food the user logged before, with how they last logged it (for one-tap logging). */
export const usualFoodSchema = z.object({
  food: foodSummarySchema,
  lastAmount: z.number(),
  lastUnit: z.string(),
  lastMeal: z.string(),
  lastLoggedAt: z.string(),
  timesLogged: z.number().int(),
});
export const usualFoodsSchema = z.object({ foods: z.array(usualFoodSchema) });
export type UsualFoods = z.infer<typeof usualFoodsSchema>;

export const favouriteParamsSchema = z.object({ foodId: foodRefSchema });
export const favouritesSchema = z.object({ foods: z.array(foodSummarySchema) });
