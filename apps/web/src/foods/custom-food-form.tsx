import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { useDataStore } from '../stores/data-store.ts';
import { buildCustomFood, emptyCustomFoodForm, FORM_NUTRIENTS, formFromFood, NOTHING_KEPT, type CustomFoodForm as Values, type FormNutrientKey } from './custom-food-values.ts';
import { problemsByField, type FieldProblems } from './field-problems.ts';

interface Props {
  /** The custom food being changed; a new food when absent. */
  readonly editing?: FoodDetail | undefined;
  /** What a new food starts with: the barcode of an unknown product, the name searched for. */
  readonly start?: { readonly barcode?: string; readonly name?: string } | undefined;
  onSaved(food: FoodDetail): void;
  onCancel(): void;
  readonly cancelLabel?: string;
}

// Where the server's field paths land in this form (the serving is the food's first portion).
const SERVER_FIELDS = { portions: 'servingGrams', 'portions.0.unit': 'servingLabel', 'portions.0.grams': 'servingGrams' };

/** A food of the person's own, typed from its label: per 100 g or per serving. */
export function CustomFoodForm({ editing, start, onSaved, onCancel, cancelLabel = 'Cancel' }: Props) {
  const [initial] = useState(() => (editing ? formFromFood(editing) : { form: emptyCustomFoodForm(start), kept: NOTHING_KEPT }));
  const [values, setValues] = useState<Values>(initial.form);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [id] = useState(() => crypto.randomUUID());
  const firstField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);

  // A new food starts at its name; an edited one is read first, with no keyboard in the way.
  const isNew = editing === undefined;
  useEffect(() => {
    if (isNew) firstField.current?.focus();
  }, [isNew]);
  // After a failed save, the first field with a problem gets the focus (and is read out).
  useEffect(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), [problems]);

  const set = (changes: Partial<Values>) => setValues((v) => ({ ...v, ...changes }));
  const setNutrient = (key: FormNutrientKey, text: string) => setValues((v) => ({ ...v, nutrients: { ...v.nutrients, [key]: text } }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const built = buildCustomFood(values, initial.kept);
    if (!built.ok) {
      setProblems(built.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      onSaved(await useDataStore.getState().saveCustomFood(editing?.id ?? id, built.food, editing !== undefined));
    } catch (error) {
      const apiFailure = error instanceof ApiFailure ? error : new ApiFailure(0, undefined);
      const byField = problemsByField(apiFailure.body?.fields, SERVER_FIELDS);
      setProblems(byField);
      if (Object.keys(byField).length === 0 || apiFailure.status === 0) setFailure(apiFailure.message);
      setBusy(false);
    }
  };

  const problemLine = (key: string, label: string) =>
    problems[key] && (
      <p id={`food-${key}-problem`} className="field-problem">
        {label} {problems[key]}
      </p>
    );
  const describedBy = (key: string, hint?: string) => [problems[key] ? `food-${key}-problem` : '', hint ?? ''].filter(Boolean).join(' ') || undefined;

  const text = (key: 'name' | 'brand' | 'barcode' | 'servingGrams' | 'servingLabel', label: string, options: { mode?: 'numeric' | 'decimal'; hint?: string; autoComplete?: string } = {}) => (
    <div className="field">
      <label htmlFor={`food-${key}`}>{label}</label>
      <input
        id={`food-${key}`}
        ref={key === 'name' ? firstField : undefined}
        value={values[key]}
        onChange={(e) => set({ [key]: e.target.value })}
        inputMode={options.mode}
        autoComplete={options.autoComplete ?? 'off'}
        aria-invalid={problems[key] !== undefined}
        aria-describedby={describedBy(key, options.hint ? `food-${key}-hint` : undefined)}
      />
      {options.hint && (
        <p id={`food-${key}-hint`} className="hint small">
          {options.hint}
        </p>
      )}
      {problemLine(key, label.replace(/ \(.*\)$/, ''))}
    </div>
  );

  const nutrientField = (n: (typeof FORM_NUTRIENTS)[number]) => {
    const key = `nutrients.${n.number}`;
    const label = `${n.label} (${n.unit})`;
    return (
      <div className="field" key={n.key}>
        <label htmlFor={`food-${n.key}`}>{label}</label>
        <input
          id={`food-${n.key}`}
          inputMode="decimal"
          autoComplete="off"
          value={values.nutrients[n.key]}
          onChange={(e) => setNutrient(n.key, e.target.value)}
          aria-invalid={problems[key] !== undefined}
          aria-describedby={describedBy(key)}
          required={n.key === 'kcal'}
        />
        {problemLine(key, n.label)}
      </div>
    );
  };

  const perServing = values.per === 'serving';
  const basis = perServing ? `per serving${values.servingGrams.trim() ? ` (${values.servingGrams.trim()} g)` : ''}` : 'per 100 g';
  return (
    <form ref={form} className="card custom-food" onSubmit={submit} noValidate aria-labelledby="custom-food-title">
      <button type="button" className="back" onClick={onCancel}>
        ‹ {cancelLabel}
      </button>
      <h2 id="custom-food-title">{editing ? `Edit ${editing.name}` : 'New food'}</h2>
      {text('name', 'Name', { hint: 'As you would search for it, like “Granola bar, honey oat”.' })}
      <div className="field-grid">
        {text('brand', 'Brand (optional)')}
        {text('barcode', 'Barcode (optional)', { mode: 'numeric' })}
      </div>

      <fieldset className="per">
        <legend>Nutrition on the label is given</legend>
        <div className="segmented">
          {(
            [
              ['100g', 'Per 100 g'],
              ['serving', 'Per serving'],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className={values.per === value ? 'chosen' : undefined}>
              <input type="radio" name="per" value={value} checked={values.per === value} onChange={() => set({ per: value })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="field-grid">
        {text('servingGrams', 'Serving size (g)', { mode: 'decimal', hint: perServing ? 'Required: what one serving weighs.' : 'Optional: what one serving weighs.' })}
        {text('servingLabel', 'Serving name', { hint: 'Optional, like “bar” or “slice”.' })}
      </div>

      <h3 className="form-section">Nutrition {basis}</h3>
      <div className="field-grid">{FORM_NUTRIENTS.filter((n) => !n.optional).map(nutrientField)}</div>
      {problems.nutrients && <p className="field-problem">Nutrients {problems.nutrients}</p>}
      <details className="more-nutrients" open={FORM_NUTRIENTS.some((n) => n.optional && values.nutrients[n.key] !== '')}>
        <summary>More nutrients (optional)</summary>
        <div className="field-grid">{FORM_NUTRIENTS.filter((n) => n.optional).map(nutrientField)}</div>
      </details>

      {failure && (
        <p className="field-problem" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="primary big" disabled={busy}>
        {busy ? 'Saving…' : 'Save food'}
      </button>
    </form>
  );
}
