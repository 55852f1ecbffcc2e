import { z } from 'zod';

export const importStatusSchema = z.object({
  source: z.string(),
  state: z.enum(['pending', 'running', 'done', 'failed']),
  file: z.string().nullable(),
  rowsRead: z.number(),
  rowsWritten: z.number(),
  rowsSkipped: z.number(),
  percent: z.number().nullable(),
  error: z.string().nullable(),
});

export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  uptimeSeconds: z.number(),
  catalog: z.object({
    foods: z.number(),
    indexed: z.number(),
    indexReady: z.boolean(),
    imports: z.array(importStatusSchema),
  }),
});
export type Health = z.infer<typeof healthSchema>;
