import { useEffect } from 'react';
import { useDataStore } from '../stores/data-store.ts';
import { localToday, useUiStore } from '../stores/ui-store.ts';
import { EnergyRing } from './energy-ring.tsx';
import { MacroBars } from './macro-bars.tsx';
import { MealCard } from './meal-card.tsx';
import { mealForNow, shiftDate } from './day-dates.ts';

function dateTitle(date: string): string {
  const today = localToday();
  if (date === today) return 'Today';
  if (date === shiftDate(today, -1)) return 'Yesterday';
  if (date === shiftDate(today, 1)) return 'Tomorrow';
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** The home screen: the day's calories and macros against targets, then each meal. */
export function TodayScreen() {
  const date = useUiStore((s) => s.date);
  const showDate = useUiStore((s) => s.showDate);
  const day = useDataStore((s) => s.days[date]);
  const loadDay = useDataStore((s) => s.loadDay);
  const openAddFood = useUiStore((s) => s.openAddFood);

  useEffect(() => {
    void loadDay(date);
  }, [date, loadDay]);

  return (
    <main className="today">
      <nav className="date-nav" aria-label="Day">
        <button type="button" aria-label="Previous day" onClick={() => showDate(shiftDate(date, -1))}>
          ‹
        </button>
        <h1>{dateTitle(date)}</h1>
        <button type="button" aria-label="Next day" onClick={() => showDate(shiftDate(date, 1))}>
          ›
        </button>
      </nav>
      {(!day || day.state === 'loading') && <p className="card loading" aria-live="polite">Loading your day…</p>}
      {day?.state === 'failed' && (
        <div className="card problem" role="alert">
          <p>{day.error}</p>
          <button type="button" onClick={() => void loadDay(date)}>
            Try again
          </button>
        </div>
      )}
      {day?.state === 'ready' && (
        <>
          <section className="card summary" aria-label="Energy and macros">
            <EnergyRing kcal={day.value.energy.kcal} target={day.value.energy.target} />
            <MacroBars day={day.value} />
          </section>
          {day.value.energy.target === null && (
            <div className="card hint-card">
              <p>Tell us a little about you to see how much to eat.</p>
              <button type="button" className="primary" onClick={() => useUiStore.getState().editProfile(true)}>
                Set my targets
              </button>
            </div>
          )}
          {day.value.meals.map((meal) => (
            <MealCard key={meal.name} meal={meal} onAdd={() => openAddFood(meal.name)} />
          ))}
          <button type="button" className="fab primary" aria-label="Add food" onClick={() => openAddFood(mealForNow(day.value.meals.map((m) => m.name)))}>
            +
          </button>
        </>
      )}
    </main>
  );
}
