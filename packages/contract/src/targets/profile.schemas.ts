import { z } from 'zod';
import { ACTIVITY_LEVELS, GOALS, SEXES } from '@macromuse/core/targets/profile';
import { calendarDateSchema, shortText } from '../common.schemas.ts';

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

export const profileInputSchema = z
  .object({
    sex: z.enum(SEXES),
    birthDate: calendarDateSchema,
    heightCm: z.number({ error: 'must be a number of centimetres' }).finite().min(100, 'must be at least 100 cm').max(250, 'must be at most 250 cm'),
    weightKg: z.number({ error: 'must be a number of kilograms' }).finite().min(30, 'must be at least 30 kg').max(400, 'must be at most 400 kg'),
    bodyFatPct: z.number().finite().min(3, 'must be at least 3 %').max(70, 'must be at most 70 %').nullable().default(null),
    activity: z.enum(ACTIVITY_LEVELS as [string, ...string[]]),
    goal: z.enum(GOALS),
    /** How fast to lose or gain, kg per week (ignored for maintain). */
    rateKgPerWeek: z.number().finite().min(0, 'must not be negative').max(1.5, 'must be at most 1.5 kg a week').default(0),
    units: z.enum(['metric', 'us']).default('metric'),
    /** IANA time zone: which calendar day "today" is. */
    timeZone: z.string().max(64).refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('UTC'),
    /** The meals of a day, in order. */
    meals: z
      .array(shortText(40))
      .min(1, 'must name at least one meal')
      .max(10, 'at most 10 meals')
      .refine((m) => new Set(m.map((x) => x.toLowerCase())).size === m.length, 'must not name a meal twice')
      .default(['breakfast', 'lunch', 'dinner', 'snacks']),
  })
  .strict();
export type ProfileInput = z.infer<typeof profileInputSchema>;

export const profileSchema = profileInputSchema.extend({ activity: z.string(), updatedAt: z.string() });
export type Profile = z.infer<typeof profileSchema>;
