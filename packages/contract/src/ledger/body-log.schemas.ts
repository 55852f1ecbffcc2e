import { z } from 'zod';
import { calendarDateSchema, clientIdSchema, EARLIEST_DATE, LATEST_DATE } from '../common.schemas.ts';

export const newWeightSchema = z
  .object({
    id: clientIdSchema,
    date: calendarDateSchema,
    kg: z.number({ error: 'must be a number of kilograms' }).finite().min(20, 'must be at least 20 kg').max(400, 'must be at most 400 kg'),
    /** When it was measured (ISO time); several weights a day are kept apart by it. */
    measuredAt: z.iso
      .datetime({ offset: true, error: 'must be an ISO date-time' })
      .refine((t) => /(Z|[+-](0\d|1[0-4]):[0-5]\d)$/.test(t), 'must have a time zone offset between -14:00 and +14:00')
      .refine((t) => t.slice(0, 10) >= EARLIEST_DATE && t.slice(0, 10) <= LATEST_DATE, `must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`)
      .optional(),
  })
  .strict();
export type NewWeight = z.infer<typeof newWeightSchema>;

export const weightSchema = z.object({ id: z.uuid(), date: z.string(), kg: z.number(), measuredAt: z.string() });
export type Weight = z.infer<typeof weightSchema>;

export const newWaterSchema = z
  .object({
    id: clientIdSchema,
    date: calendarDateSchema,
    ml: z.number({ error: 'must be a number of millilitres' }).finite().positive('must be more than 0').max(5000, 'must be at most 5000 ml at once'),
  })
  .strict();
export type NewWater = z.infer<typeof newWaterSchema>;

export const waterSchema = z.object({ id: z.uuid(), date: z.string(), ml: z.number(), createdAt: z.string() });
export type Water = z.infer<typeof waterSchema>;
