/** The date `days` away from `date` (YYYY-MM-DD), on the calendar. */
export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The meal a person is most likely logging now, by the clock: breakfast before 10:30, and so on. */
export function mealForNow(meals: readonly string[], now: Date = new Date()): string {
  const minutes = now.getHours() * 60 + now.getMinutes();
  const guess = minutes < 630 ? 'breakfast' : minutes < 900 ? 'lunch' : minutes < 1260 ? 'dinner' : 'snacks';
  return meals.find((m) => m.toLowerCase() === guess) ?? meals[0] ?? 'breakfast';
}
