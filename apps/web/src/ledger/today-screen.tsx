import { useEffect, useMemo, useRef, useState } from 'react';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { useDataStore } from '../stores/data-store.ts';
import { localToday, useUiStore } from '../stores/ui-store.ts';
import { entryIdOf } from '../offline/pending-writes.ts';
import { dayLabel } from '../ui/day-label.ts';
import { EnergyRing } from './energy-ring.tsx';
import { EntryEditor } from './entry-editor.tsx';
import { MacroBars } from './macro-bars.tsx';
import { MealCard } from './meal-card.tsx';
import { mealForNow, shiftDate } from './day-dates.ts';
import { capitalised } from '../ui/capitalised.ts';

const dateTitle = (date: string): string => capitalised(dayLabel(date, localToday()));

/** A horizontal swipe of at least this many pixels changes the day. */
const SWIPE_PX = 70;

/** The home screen: the day's calories and macros against targets, then each meal. */
export function TodayScreen() {
  const date = useUiStore((s) => s.date);
  const showDate = useUiStore((s) => s.showDate);
  const openAddFood = useUiStore((s) => s.openAddFood);
  const toast = useUiStore((s) => s.toast);
  const day = useDataStore((s) => s.days[date]);
  const yesterday = useDataStore((s) => s.days[shiftDate(date, -1)]);
  const fromDevice = useDataStore((s) => s.fromDevice[date] === true);
  const pending = useDataStore((s) => s.pending);
  const loadDay = useDataStore((s) => s.loadDay);
  const copyDay = useDataStore((s) => s.copyDay);
  const [editing, setEditing] = useState<Entry | undefined>();
  const touch = useRef<{ x: number; y: number } | undefined>(undefined);

  useEffect(() => {
    void loadDay(date).then(() => loadDay(shiftDate(date, -1)));
  }, [date, loadDay]);

  const unsynced = useMemo(() => new Set(pending.flatMap((w) => entryIdOf(w.action) ?? (w.action.kind === 'copy' ? w.action.previews.map((p) => p.id) : []))), [pending]);

  const copyYesterday = (meal: string) => {
    copyDay(shiftDate(date, -1), { id: crypto.randomUUID(), to: date, meal });
    toast(`Yesterday's ${meal} copied`);
  };

  return (
    <main
      className="today"
      onTouchStart={(e) => {
        const t = e.touches[0];
        touch.current = t ? { x: t.clientX, y: t.clientY } : undefined;
      }}
      onTouchEnd={(e) => {
        const start = touch.current;
        const t = e.changedTouches[0];
        touch.current = undefined;
        if (!start || !t || editing) return;
        const dx = t.clientX - start.x;
        if (Math.abs(dx) >= SWIPE_PX && Math.abs(dx) > 2 * Math.abs(t.clientY - start.y)) showDate(shiftDate(date, dx < 0 ? 1 : -1));
      }}
    >
      <nav className="date-nav" aria-label="Day">
        <button type="button" aria-label="Previous day" onClick={() => showDate(shiftDate(date, -1))}>
          ‹
        </button>
        <div className="date-title">
          <h1>{dateTitle(date)}</h1>
          {date !== localToday() && (
            <button type="button" className="link" onClick={() => showDate(localToday())}>
              Back to today
            </button>
          )}
        </div>
        <button type="button" aria-label="Next day" onClick={() => showDate(shiftDate(date, 1))}>
          ›
        </button>
      </nav>
      {(!day || day.state === 'loading') && (
        <p className="card loading" aria-live="polite">
          Loading your day…
        </p>
      )}
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
          {fromDevice && <p className="device-note">Shown from this device: you're offline.</p>}
          <section className="card summary" aria-label="Energy and macros">
            <EnergyRing kcal={day.value.energy.kcal} target={day.value.energy.target} />
            <MacroBars day={day.value} />
          </section>
          {day.value.energy.target === null && !fromDevice && (
            <div className="card hint-card">
              <p>Tell us a little about you to see how much to eat.</p>
              <button type="button" className="primary" onClick={() => useUiStore.getState().editProfile(true)}>
                Set my targets
              </button>
            </div>
          )}
          {day.value.meals.map((meal) => (
            <MealCard
              key={meal.name}
              meal={meal}
              yesterday={yesterday?.state === 'ready' ? yesterday.value.meals.find((m) => m.name === meal.name) : undefined}
              unsynced={unsynced}
              onAdd={() => openAddFood(meal.name)}
              onOpen={setEditing}
              onCopyYesterday={() => copyYesterday(meal.name)}
            />
          ))}
          <button type="button" className="fab primary" aria-label="Add food" onClick={() => openAddFood(mealForNow(day.value.meals.map((m) => m.name)))}>
            +
          </button>
          {editing && <EntryEditor entry={editing} meals={day.value.meals.map((m) => m.name)} onClose={() => setEditing(undefined)} />}
        </>
      )}
    </main>
  );
}
