import { useState, type FormEvent } from 'react';
import type { Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { NumberField } from '../targets/number-field.tsx';
import { bodyWeightIn, bodyWeightToKg, formatBodyWeight, parseDecimal, roundTo, type UnitSystem } from '../targets/body-units.ts';
import { clockTime } from '../ui/day-label.ts';
import { DeleteButton } from './delete-button.tsx';

interface Props {
  readonly weights: readonly Weight[];
  /** The latest weight known, in kg, offered as the starting point. */
  readonly latestKg: number | undefined;
  readonly units: UnitSystem;
  readonly day: string;
  onLog(kg: number): void;
  onDelete(weight: Weight): void;
}

/** Log a weight for the day in one tap, in kg or lb; the day's weights listed, each deletable. */
export function WeightCard({ weights, latestKg, units, day, onLog, onDelete }: Props) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const unit = units === 'us' ? 'lb' : 'kg';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = parseDecimal(text);
    const kg = value === undefined ? undefined : bodyWeightToKg(value, units);
    if (kg === undefined) {
      setProblem(`Enter your weight in ${unit === 'lb' ? 'pounds' : 'kilograms'}.`);
      return;
    }
    if (kg < 20 || kg > 400) {
      setProblem(units === 'us' ? 'A weight must be between 44 and 881 lb.' : 'A weight must be between 20 and 400 kg.');
      return;
    }
    setProblem(undefined);
    setText('');
    onLog(roundTo(kg, 2));
  };

  return (
    <section className="card weight-today" aria-labelledby="weight-title">
      <header className="card-head">
        <h2 id="weight-title">Weight</h2>
        {weights.length > 0 && <span className="figures muted">{weights.length} logged</span>}
      </header>
      <form className="inline-form" onSubmit={submit} noValidate>
        <NumberField
          id="weight"
          label={`Weight (${unit})`}
          labelHidden
          unit={unit}
          value={text}
          onChange={setText}
          problem={problem}
          {...(latestKg !== undefined ? { placeholder: String(bodyWeightIn(latestKg, units)) } : {})}
        />
        <button type="submit" className="primary">
          Log weight
        </button>
      </form>
      {weights.length === 0 ? (
        <p className="empty">No weight {day === 'today' ? 'today' : `for ${day}`} yet. Weigh in at the same time each day for the clearest trend.</p>
      ) : (
        <ul className="body-list" aria-label={`Weights ${day === 'today' ? 'today' : `for ${day}`}`}>
          {weights.map((w) => (
            <li key={w.id}>
              <span className="entry-name">
                <span className="figures">{formatBodyWeight(w.kg, units)}</span>
                <small>{clockTime(w.measuredAt)}</small>
              </span>
              <DeleteButton label={`Delete ${formatBodyWeight(w.kg, units)} from ${clockTime(w.measuredAt)}`} onDelete={() => onDelete(w)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
