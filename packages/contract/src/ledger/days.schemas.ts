import { z } from 'zod';
import { calendarDateSchema, clientIdSchema, nutrientMapSchema } from '../common.schemas.ts';
import { entrySchema, mealNameSchema } from './entries.schemas.ts';
import { waterSchema, weightSchema } from './body-log.schemas.ts';

export const copyDaySchema = z
  .object({
    /** Names this copy: sending it again copies nothing more. */
    id: clientIdSchema,
    to: calendarDateSchema,
    /** Copy only this meal (default: the whole day). */
    meal: mealNameSchema.optional(),
    /** Put the copies in this meal (default: the meal each came from). */
    toMeal: mealNameSchema.optional(),
  })
  .strict();
export type CopyDay = z.infer<typeof copyDaySchema>;

export const copyDayResultSchema = z.object({ date: z.string(), copied: z.array(entrySchema) });

const nutrientTotalSchema = z.object({ number: z.string(), name: z.string(), unit: z.string(), amount: z.number() });

export const nutrientProgressSchema = nutrientTotalSchema.extend({
  target: z.number().nullable(),
  upperLimit: z.number().nullable(),
  /** target - amount; negative once over. */
  remaining: z.number().nullable(),
});

export const mealSummarySchema = z.object({
  name: z.string(),
  entries: z.array(entrySchema),
  totals: nutrientMapSchema,
});

export const daySchema = z.object({
  date: z.string(),
  meals: z.array(mealSummarySchema),
  /** The day's totals by USDA number. */
  totals: nutrientMapSchema,
  /** Every nutrient logged or targeted, with its target and what remains; null targets without a profile. */
  nutrients: z.array(nutrientProgressSchema),
  energy: z.object({ kcal: z.number(), target: z.number().nullable(), remaining: z.number().nullable() }),
  water: z.object({ totalMl: z.number(), entries: z.array(waterSchema) }),
  weights: z.array(weightSchema),
});
export type Day = z.infer<typeof daySchema>;
