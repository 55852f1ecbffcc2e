import { useState, type FormEvent } from 'react';
import type { Water } from '@macromuse/contract/ledger/body-log.schemas';
import { NumberField } from '../targets/number-field.tsx';
import { formatWater, parseDecimal, waterToMl, type UnitSystem } from '../targets/body-units.ts';
import { clockTime } from '../ui/day-label.ts';
import { DeleteButton } from './delete-button.tsx';
import { quickWaterAmounts, waterGoalMl, waterShare } from './water-amounts.ts';

const MAX_ML = 5000;

interface Props {
  readonly entries: readonly Water[];
  readonly units: UnitSystem;
  /** "today", "yesterday", "Tuesday 3 March". */
  readonly day: string;
  onAdd(ml: number): void;
  onDelete(entry: Water): void;
}

/** The day's water against a simple goal, one-tap glasses, any other amount, and each drink deletable. */
export function WaterCard({ entries, units, day, onAdd, onDelete }: Props) {
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const total = entries.reduce((sum, e) => sum + e.ml, 0);
  const goal = waterGoalMl(units);
  const unit = units === 'us' ? 'fl oz' : 'ml';

  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    const value = parseDecimal(custom);
    const ml = value === undefined ? undefined : waterToMl(value, units);
    if (ml === undefined || ml <= 0) {
      setProblem(`Enter an amount in ${unit}, such as ${units === 'us' ? '12' : '330'}.`);
      return;
    }
    if (ml > MAX_ML) {
      setProblem(`Log at most ${formatWater(MAX_ML, units)} at once.`);
      return;
    }
    setProblem(undefined);
    setCustom('');
    onAdd(ml);
  };

  return (
    <section className="card water" aria-labelledby="water-title">
      <header className="card-head">
        <h2 id="water-title">Water</h2>
        <span className="figures">
          <strong>{formatWater(total, units)}</strong> <span className="muted">of {formatWater(goal, units)}</span>
        </span>
      </header>
      <div
        className="bar water-bar"
        role="progressbar"
        aria-label="Water drunk"
        aria-valuemin={0}
        aria-valuemax={goal}
        aria-valuenow={total}
        aria-valuetext={`${formatWater(total, units)} of ${formatWater(goal, units)}`}
      >
        <div style={{ width: `${waterShare(total, goal) * 100}%` }} />
      </div>
      <div className="quick-water">
        {quickWaterAmounts(units).map((a) => (
          <button key={a.label} type="button" className="quick" onClick={() => onAdd(a.ml)}>
            {a.label}
          </button>
        ))}
      </div>
      <form className="inline-form" onSubmit={addCustom} noValidate>
        <NumberField id="water-amount" label={`Other amount (${unit})`} unit={unit} value={custom} onChange={setCustom} problem={problem} labelHidden placeholder="Other amount" />
        <button type="submit">Add water</button>
      </form>
      {entries.length === 0 ? (
        <p className="empty">No water logged {day === 'today' ? 'today' : `for ${day}`} yet. Tap a glass above.</p>
      ) : (
        <ul className="body-list" aria-label="Water logged">
          {[...entries].reverse().map((e) => (
            <li key={e.id}>
              <span className="entry-name">
                {formatWater(e.ml, units)}
                <small>{clockTime(e.createdAt)}</small>
              </span>
              <DeleteButton label={`Delete ${formatWater(e.ml, units)} of water from ${clockTime(e.createdAt)}`} onDelete={() => onDelete(e)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
