import { z } from 'zod';
import { UUID_PATTERN } from '@macromuse/core/foods/food-ref';

export { UUID_PATTERN };

/** A client-generated id: every write carries one, so a replayed write applies once. */
export const clientIdSchema = z
  .string({ error: 'must be a UUID (the client generates it)' })
  .regex(UUID_PATTERN, 'must be a UUID written in lower case (the client generates it)')
  .meta({ format: 'uuid' });

/**
 * A whole number in a query string, written as the document describes an integer: digits alone
 * (no sign, space, leading zero, exponent or hex), between `min` and `max`.
 */
export const queryInteger = (name: string, min: number, max: number) =>
  z
    .string({ error: `${name} must be a whole number` })
    .regex(/^(0|[1-9]\d{0,8})$/, `${name} must be a whole number written in digits`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))
    .meta({ type: 'integer', minimum: min, maximum: max });

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD. */
function isCalendarDate(value: string): boolean {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2099-12-31';

/** A calendar day in the user's own time zone, YYYY-MM-DD, within the years a diary can hold. */
export const calendarDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .regex(DATE_PATTERN, 'must be a date written YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a day of the calendar')
  .refine((d) => d >= EARLIEST_DATE && d <= LATEST_DATE, `must lie between ${EARLIEST_DATE} and ${LATEST_DATE}`);

export const dateParamsSchema = z.object({ date: calendarDateSchema });
export const idParamsSchema = z.object({ id: clientIdSchema });

/** A range of days, both ends included. */
export const dateRangeQuerySchema = z
  .object({ from: calendarDateSchema, to: calendarDateSchema })
  .refine((r) => r.from <= r.to, { error: 'from must not be after to', path: ['from'] });

/** A short line of text a person typed: trimmed, not empty, of bounded length. */
export const shortText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** Nutrient amounts by USDA nutrient number ("208" energy, "203" protein, ...). */
export const nutrientMapSchema = z
  .record(
    z.string().regex(/^[1-9]\d{2,3}$/, 'keys must be USDA nutrient numbers such as "208"'),
    z.number().finite().nonnegative('nutrient amounts must not be negative').max(1_000_000, 'nutrient amounts must be at most 1000000'),
  )
  .refine((m) => Object.keys(m).length <= 200, 'at most 200 nutrients');
export type NutrientMap = z.infer<typeof nutrientMapSchema>;

export const okSchema = z.object({ ok: z.literal(true) });
