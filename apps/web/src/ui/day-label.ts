import { shiftDate } from '../ledger/day-dates.ts';

const asDate = (date: string): Date => new Date(`${date}T12:00:00Z`);

/** A day as words: "today", "yesterday", "tomorrow", or "Tuesday 3 March". */
export function dayLabel(date: string, today: string, locale?: string): string {
  if (date === today) return 'today';
  if (date === shiftDate(today, -1)) return 'yesterday';
  if (date === shiftDate(today, 1)) return 'tomorrow';
  return asDate(date).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** A day in a list: "Tue 3 Mar". */
export const shortDay = (date: string, locale?: string): string => asDate(date).toLocaleDateString(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** A time of day on this device's clock: "07:45". */
export const clockTime = (iso: string, locale?: string): string => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
