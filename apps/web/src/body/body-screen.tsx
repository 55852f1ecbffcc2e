import { useCallback, useEffect, useState } from 'react';
import type { Water, Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { api } from '../api/api.ts';
import { shiftDate } from '../ledger/day-dates.ts';
import { failureText } from '../ui/failure-text.ts';
import { RetryProblem } from '../ui/retry-problem.tsx';
import { useDataStore, type Loadable } from '../stores/data-store.ts';
import { localToday, useUiStore } from '../stores/ui-store.ts';
import { formatBodyWeight, formatWater } from '../targets/body-units.ts';
import { defaultUnits } from '../targets/profile-form.ts';
import { useProfile } from '../targets/use-profile.ts';
import { dayLabel } from '../ui/day-label.ts';
import { usePending } from './use-pending.ts';
import { WaterCard } from './water-card.tsx';
import { WeightCard } from './weight-card.tsx';
import { WeightHistory } from './weight-history.tsx';
import './body.css';

const NO_WEIGHTS: readonly Weight[] = [];
const NO_WATER: readonly Water[] = [];
const HISTORY_DAYS = 90;

/** Weight and water for the day shown on Today, and the weight of the last 90 days. */
export function BodyScreen() {
  const date = useUiStore((s) => s.date);
  const showDate = useUiStore((s) => s.showDate);
  const toast = useUiStore((s) => s.toast);
  const day = useDataStore((s) => s.days[date]);
  const loadDay = useDataStore((s) => s.loadDay);
  const logWeight = useDataStore((s) => s.logWeight);
  const deleteWeight = useDataStore((s) => s.deleteWeight);
  const logWater = useDataStore((s) => s.logWater);
  const deleteWater = useDataStore((s) => s.deleteWater);
  const { load } = useProfile();
  const units = load.state === 'ready' ? load.profile.units : defaultUnits(navigator.language);

  const today = localToday();
  const from = shiftDate(today, -(HISTORY_DAYS - 1));
  const [history, setHistory] = useState<Loadable<readonly Weight[]>>({ state: 'loading' });
  const dayWeights = day?.state === 'ready' ? day.value.weights : NO_WEIGHTS;
  const dayWater = day?.state === 'ready' ? day.value.water.entries : NO_WATER;
  const weights = usePending(dayWeights);
  const water = usePending(dayWater);
  const past = usePending(history.state === 'ready' ? history.value : NO_WEIGHTS);

  useEffect(() => {
    void loadDay(date);
  }, [date, loadDay]);

  // The history is read again whenever the day's weights change (not on every change to the day).
  const dayWeightIds = dayWeights.map((w) => w.id).join();
  const readHistory = useCallback(() => {
    api.weights(from, today).then(
      (r) => setHistory({ state: 'ready', value: r.weights }),
      (error: unknown) => setHistory({ state: 'failed', error: failureText(error, 'Your weights could not be read. Try again.') }),
    );
  }, [from, today]);
  useEffect(readHistory, [readHistory, dayWeightIds]);

  const label = dayLabel(date, today);
  const latest = [...past.items, ...weights.items].sort((a, b) => (a.measuredAt < b.measuredAt ? -1 : 1)).at(-1);

  const addWeight = (kg: number) => {
    const weight: Weight = { id: crypto.randomUUID(), date, kg, measuredAt: new Date().toISOString() };
    weights.add(weight);
    if (date >= from && date <= today) past.add(weight);
    logWeight({ id: weight.id, date, kg, ...(date === today ? { measuredAt: weight.measuredAt } : {}) });
    toast(`${formatBodyWeight(kg, units)} logged for ${label}`);
  };
  const removeWeight = (weight: Weight) => {
    weights.remove(weight.id);
    past.remove(weight.id);
    deleteWeight(weight.date, weight.id);
    toast(`${formatBodyWeight(weight.kg, units)} deleted`, {
      label: 'Undo',
      run: () => {
        const again: Weight = { ...weight, id: crypto.randomUUID() };
        if (weight.date === date) weights.add(again);
        past.add(again);
        logWeight({ id: again.id, date: weight.date, kg: weight.kg, measuredAt: weight.measuredAt });
      },
    });
  };
  const addWater = (ml: number) => {
    const entry: Water = { id: crypto.randomUUID(), date, ml, createdAt: new Date().toISOString() };
    water.add(entry);
    logWater({ id: entry.id, date, ml });
  };
  const removeWater = (entry: Water) => {
    water.remove(entry.id);
    deleteWater(entry.date, entry.id);
    toast(`${formatWater(entry.ml, units)} of water deleted`, {
      label: 'Undo',
      run: () => {
        const again: Water = { ...entry, id: crypto.randomUUID() };
        water.add(again);
        logWater({ id: again.id, date: entry.date, ml: entry.ml });
      },
    });
  };

  return (
    <main className="body-log">
      <header className="body-head">
        <h1>Body</h1>
        <p className="muted">
          {date === today ? 'Logging for today.' : `Logging for ${label}, the day shown on Today.`}
          {date !== today && (
            <button type="button" className="link" onClick={() => showDate(today)}>
              Switch to today
            </button>
          )}
        </p>
      </header>
      {(!day || day.state === 'loading' || load.state === 'loading') && (
        <p className="card loading" aria-live="polite">
          Loading your day…
        </p>
      )}
      {day?.state === 'failed' && <RetryProblem card error={day.error} onRetry={() => void loadDay(date)} />}
      {day?.state === 'ready' && load.state !== 'loading' && (
        <>
          <WeightCard weights={weights.items} latestKg={latest?.kg} units={units} day={label} onLog={addWeight} onDelete={removeWeight} />
          <WaterCard entries={water.items} units={units} day={label} onAdd={addWater} onDelete={removeWater} />
        </>
      )}
      {load.state !== 'loading' && (
        <WeightHistory
          weights={history.state === 'ready' ? { state: 'ready', value: past.items } : history}
          from={from}
          to={today}
          units={units}
          onDelete={removeWeight}
          onRetry={() => {
            setHistory({ state: 'loading' });
            readHistory();
          }}
        />
      )}
    </main>
  );
}
