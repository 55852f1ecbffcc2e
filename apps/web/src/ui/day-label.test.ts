import { describe, expect, it } from 'vitest';
import { dayLabel, shortDay } from './day-label.ts';

describe('day labels', () => {
  it('names days near today in words and others by date', () => {
    expect(dayLabel('2026-03-03', '2026-03-03')).toBe('today');
    expect(dayLabel('2026-03-02', '2026-03-03')).toBe('yesterday');
    expect(dayLabel('2026-03-04', '2026-03-03')).toBe('tomorrow');
    expect(dayLabel('2026-02-24', '2026-03-03', 'en-GB')).toBe('Tuesday 24 February');
    expect(shortDay('2026-03-03', 'en-GB')).toBe('Tue 3 Mar');
  });
});
