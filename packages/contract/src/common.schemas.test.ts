import { describe, expect, it } from 'vitest';
import { calendarDateSchema, dateRangeQuerySchema } from './common.schemas.ts';

describe('calendar dates', () => {
  it('accepts real days written YYYY-MM-DD, leap days included', () => {
    for (const day of ['2026-11-24', '2024-02-29', '2000-02-29', '1900-01-01', '2099-12-31']) expect(calendarDateSchema.safeParse(day).success, day).toBe(true);
  });

  it('refuses days the calendar lacks, other spellings and the far future', () => {
    for (const day of ['2026-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '26-1-1', '2026/01/01', '3000-01-01', '1899-12-31', '']) {
      expect(calendarDateSchema.safeParse(day).success, day).toBe(false);
    }
  });

  it('refuses a range that ends before it starts, naming from', () => {
    const result = dateRangeQuerySchema.safeParse({ from: '2026-02-02', to: '2026-02-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['from']);
  });
});
