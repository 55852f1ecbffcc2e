import { z } from 'zod';

/** Every 4xx/5xx answer has this shape: what went wrong, in words, and where. */
export const errorSchema = z.object({
  error: z.string(),
  message: z.string(),
  /** The request fields at fault, for validation errors. */
  fields: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
});
export type ApiError = z.infer<typeof errorSchema>;
