import { z } from 'zod';
import { LIFE_STAGE_GROUPS } from '@macromuse/core/targets/dietary-reference-intakes';

const proteinSettingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per-kg'), gPerKg: z.number().finite().min(0.5, 'must be at least 0.5 g/kg').max(3.5, 'must be at most 3.5 g/kg') }),
  z.object({ kind: z.literal('percent'), pct: z.number().finite().min(5, 'must be at least 5 %').max(60, 'must be at most 60 %') }),
]);

const grams = (max: number) => z.number().finite().nonnegative('must not be negative').max(max, `must be at most ${max}`);

/** Targets set by hand and how the computed ones are made; every field optional. */
export const targetSettingsSchema = z
  .object({
    protein: proteinSettingSchema.optional(),
    fatPct: z.number().finite().min(10, 'must be at least 10 %').max(70, 'must be at most 70 %').optional(),
    /** Lets the calorie target go below 1,200 kcal (women) or 1,500 kcal (men). */
    allowBelowFloor: z.boolean().optional(),
    manual: z
      .object({
        kcal: grams(10000).optional(),
        proteinG: grams(1000).optional(),
        fatG: grams(1000).optional(),
        carbohydrateG: grams(2000).optional(),
        fibreG: grams(200).optional(),
      })
      .strict()
      .optional(),
    /** By USDA nutrient number, in the nutrient's unit per day. */
    micronutrients: z.record(z.string().regex(/^\d{3,4}$/, 'keys must be USDA nutrient numbers'), z.number().finite().nonnegative()).optional(),
  })
  .strict();
export type TargetSettings = z.infer<typeof targetSettingsSchema>;

const micronutrientTargetSchema = z.object({
  number: z.string(),
  name: z.string(),
  unit: z.string(),
  target: z.number(),
  kind: z.enum(['RDA', 'AI']),
  upperLimit: z.number().optional(),
  /** UL: the Tolerable Upper Intake Level; CDRR: the Chronic Disease Risk Reduction intake (sodium). */
  upperLimitKind: z.enum(['UL', 'CDRR']).optional(),
  upperLimitNote: z.string().optional(),
  /** The USDA number of the part of this nutrient the upper limit is about (e.g. folic acid of folate). */
  upperLimitAppliesTo: z.string().optional(),
  note: z.string().optional(),
  /** Another USDA number for the same nutrient, whose target this one shares. */
  sameNutrientAs: z.string().optional(),
  manual: z.boolean(),
});

export const targetsSchema = z.object({
  onDate: z.string(),
  ageYears: z.number(),
  /** The Dietary Reference Intakes' life-stage group the vitamin and mineral targets are for (years). */
  lifeStageGroup: z.enum(LIFE_STAGE_GROUPS).optional(),
  energy: z.object({
    bmr: z.number(),
    bmrFormula: z.enum(['mifflin-st-jeor', 'katch-mcardle']),
    activityFactor: z.number(),
    tdee: z.number(),
    dailyAdjustment: z.number(),
    floor: z.number(),
    kcal: z.number(),
    floorApplied: z.boolean(),
  }),
  /** How protein and fat were computed: protein in g/kg or % of energy, fat in % of energy. */
  macroSettings: z.object({ protein: proteinSettingSchema, fatPct: z.number() }),
  macros: z.object({
    kcal: z.number(),
    proteinG: z.number(),
    fatG: z.number(),
    carbohydrateG: z.number(),
    fibreG: z.number(),
    manual: z.record(z.string(), z.boolean()),
  }),
  micronutrients: z.record(z.string(), micronutrientTargetSchema),
  warnings: z.array(z.string()),
  settings: targetSettingsSchema,
});
export type Targets = z.infer<typeof targetsSchema>;
