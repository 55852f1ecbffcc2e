import { z } from 'zod';
import { calendarDateSchema, clientIdSchema, nutrientMapSchema, shortText } from '../common.schemas.ts';
import { foodRefSchema } from '../foods/foods.schemas.ts';

export const MAX_QUICK_ADD_KCAL = 10000;

export const mealNameSchema = shortText(40);

/** `g`, `oz`, `cup`, ..., a portion of the food by its unit ("large", "cup, sliced"), or `serving`. */
export const unitSchema = z.string({ error: 'is required: g, oz, cup, ... or one of the food\'s portions' }).trim().min(1, 'must not be empty').max(80, 'must be at most 80 characters');

const amountSchema = z
  .number({ error: 'must be a number' })
  .finite('must be a finite number')
  .positive('must be more than 0')
  .max(100000, 'must be at most 100000');

export const newEntrySchema = z.object({
  id: clientIdSchema,
  date: calendarDateSchema,
  meal: mealNameSchema,
  foodId: foodRefSchema,
  amount: amountSchema,
  unit: unitSchema,
});
export type NewEntry = z.infer<typeof newEntrySchema>;

const quickMacro = (name: string) =>
  z.number({ error: `${name} must be a number of grams` }).finite().nonnegative('must not be negative').max(2000, 'must be at most 2000 g');

export const quickAddValuesSchema = z.object({
  name: shortText(120).optional(),
  kcal: z.number({ error: 'must be a number' }).finite().nonnegative('must not be negative').max(MAX_QUICK_ADD_KCAL, `must be at most ${MAX_QUICK_ADD_KCAL}`),
  protein: quickMacro('protein').optional(),
  carbs: quickMacro('carbs').optional(),
  fat: quickMacro('fat').optional(),
});

export const newQuickAddSchema = z.object({
  id: clientIdSchema,
  date: calendarDateSchema,
  meal: mealNameSchema,
  ...quickAddValuesSchema.shape,
});
export type NewQuickAdd = z.infer<typeof newQuickAddSchema>;

export const entryPatchSchema = z
  .object({
    date: calendarDateSchema.optional(),
    meal: mealNameSchema.optional(),
    amount: amountSchema.optional(),
    unit: unitSchema.optional(),
    quickAdd: quickAddValuesSchema.partial().optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), 'send at least one of date, meal, amount, unit, quickAdd');
export type EntryPatch = z.infer<typeof entryPatchSchema>;

export const entrySchema = z.object({
  id: z.uuid(),
  date: z.string(),
  meal: z.string(),
  kind: z.enum(['food', 'quick']),
  foodId: z.string().nullable(),
  name: z.string(),
  brand: z.string().nullable(),
  amount: z.number(),
  unit: z.string(),
  grams: z.number().nullable(),
  /** Nutrients of the amount logged, by USDA number. */
  nutrients: nutrientMapSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.infer<typeof entrySchema>;

export const entryListQuerySchema = z.object({ date: calendarDateSchema });
