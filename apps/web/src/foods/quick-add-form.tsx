import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import type { FieldProblems } from './field-problems.ts';
import { buildQuickAdd, EMPTY_QUICK_ADD, type QuickAddForm as Values } from './quick-add-values.ts';

const MACRO_FIELDS = [
  { key: 'protein', label: 'Protein (g)', mode: 'decimal' },
  { key: 'carbs', label: 'Carbs (g)', mode: 'decimal' },
  { key: 'fat', label: 'Fat (g)', mode: 'decimal' },
] as const;

interface Props {
  readonly meal: string;
  onBack(): void;
  /** Called once the calories are logged (at once: the write is queued). */
  onDone(): void;
}

/** Calories (and macros, if known) without a food: for a meal out or a label-less snack. */
export function QuickAddForm({ meal, onBack, onDone }: Props) {
  const date = useUiStore((s) => s.date);
  const [values, setValues] = useState<Values>(EMPTY_QUICK_ADD);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [id] = useState(() => crypto.randomUUID());
  const kcalInput = useRef<HTMLInputElement>(null);

  useEffect(() => kcalInput.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const built = buildQuickAdd(values);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    useDataStore.getState().quickAdd({ id, date, meal, ...built.values });
    useUiStore.getState().toast(`${built.values.name ?? 'Quick add'}: ${Math.round(built.values.kcal)} kcal added to ${meal}`);
    onDone();
  };

  const input = (key: keyof Values, label: string, mode: 'numeric' | 'decimal' | 'text') => {
    const problem = problems[key];
    return (
      <div key={key} className={`field field-${key}`}>
        <label htmlFor={`quick-${key}`}>{label}</label>
        <input
          id={`quick-${key}`}
          ref={key === 'kcal' ? kcalInput : undefined}
          inputMode={mode === 'text' ? undefined : mode}
          autoComplete="off"
          value={values[key]}
          onChange={(e) => setValues({ ...values, [key]: e.target.value })}
          aria-invalid={problem !== undefined}
          aria-describedby={problem ? `quick-${key}-problem` : undefined}
          required={key === 'kcal'}
        />
        {problem && (
          <p id={`quick-${key}-problem`} className="field-problem">
            {label.replace(/ \(.*\)$/, '')} {problem}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="card quick-add" onSubmit={submit} noValidate aria-labelledby="quick-add-title">
      <button type="button" className="back" onClick={onBack}>
        ‹ Back to search
      </button>
      <h2 id="quick-add-title">Quick add to {meal}</h2>
      <p className="muted small">Just the numbers, when there is no food to look up.</p>
      {input('kcal', 'Calories (kcal)', 'numeric')}
      <div className="field-grid three">{MACRO_FIELDS.map((f) => input(f.key, f.label, f.mode))}</div>
      {input('name', 'Name (optional)', 'text')}
      <button type="submit" className="primary big">
        Add to {meal}
      </button>
    </form>
  );
}
