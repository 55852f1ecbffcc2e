import { useMemo, useState, type FormEvent } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { entryGrams } from '@macromuse/core/ledger/entry-amount';
import { nutrientsForGrams } from '@macromuse/core/ledger/entry-nutrients';
import { ApiFailure } from '../api/api-client.ts';
import { formatGrams } from '../ledger/macro-bars.tsx';

interface Props {
  readonly food: FoodDetail;
  readonly meal: string;
  onLog(amount: number, unit: string): Promise<void>;
  onBack(): void;
}

/** The amount of one food in its own portions or in grams, with the nutrition of that amount as it changes. */
export function AmountPicker({ food, meal, onLog, onBack }: Props) {
  const units = useMemo(() => [...food.portions.map((p) => ({ value: p.unit, label: p.label, grams: p.grams / p.amount })), { value: 'g', label: 'grams', grams: 1 }, { value: 'oz', label: 'ounces', grams: 28.349523125 }], [food]);
  const first = units[0];
  const [unit, setUnit] = useState(first?.value ?? 'g');
  const [amountText, setAmountText] = useState(unit === 'g' ? '100' : '1');
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const amount = Number(amountText.replace(',', '.'));
  const per100g = useMemo(() => Object.fromEntries(food.nutrients.map((n) => [n.number, n.amount])), [food]);
  const grams = Number.isFinite(amount) && amount > 0 ? entryGrams({ portions: food.portions, defaultPortion: food.defaultPortion }, amount, unit) : undefined;
  const nutrients = grams?.ok ? nutrientsForGrams(per100g, grams.grams) : undefined;
  const step = unit === 'g' ? 10 : unit === 'oz' ? 0.5 : 0.5;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!grams?.ok) return;
    setBusy(true);
    setProblem(undefined);
    try {
      await onLog(amount, unit);
    } catch (error) {
      setProblem(error instanceof ApiFailure ? error.message : 'The food could not be logged. Try again.');
      setBusy(false);
    }
  };

  return (
    <form className="card picker" onSubmit={submit}>
      <button type="button" className="link" onClick={onBack}>
        ‹ Back to results
      </button>
      <h2>{food.name}</h2>
      {food.brand && <p className="muted">{food.brand}</p>}
      <div className="amount-row">
        <button type="button" aria-label="Less" onClick={() => setAmountText(String(Math.max(step, Math.round((amount - step) * 100) / 100)))}>
          −
        </button>
        <label className="visually-hidden" htmlFor="amount">
          Amount
        </label>
        <input id="amount" inputMode="decimal" value={amountText} onChange={(e) => setAmountText(e.target.value)} />
        <button type="button" aria-label="More" onClick={() => setAmountText(String(Math.round(((Number.isFinite(amount) ? amount : 0) + step) * 100) / 100))}>
          +
        </button>
      </div>
      <label htmlFor="unit">Unit</label>
      <select id="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
        {units.map((u) => (
          <option key={u.value} value={u.value}>
            {u.label}
          </option>
        ))}
      </select>
      {grams && !grams.ok && <p className="field-problem">{grams.reason}</p>}
      {nutrients && grams?.ok && (
        <dl className="amount-nutrition" aria-live="polite">
          <div><dt>Energy</dt><dd className="figures">{Math.round(nutrients['208'] ?? 0)} kcal{food.energyEstimated ? ' (estimated)' : ''}</dd></div>
          <div><dt className="protein-text">Protein</dt><dd className="figures">{formatGrams(nutrients['203'] ?? 0)} g</dd></div>
          <div><dt className="carbs-text">Carbs</dt><dd className="figures">{formatGrams(nutrients['205'] ?? 0)} g</dd></div>
          <div><dt className="fat-text">Fat</dt><dd className="figures">{formatGrams(nutrients['204'] ?? 0)} g</dd></div>
          <div><dt>Weight</dt><dd className="figures">{formatGrams(grams.grams)} g</dd></div>
        </dl>
      )}
      {problem && <p className="field-problem" role="alert">{problem}</p>}
      <button type="submit" className="primary" disabled={busy || !grams?.ok}>
        {busy ? 'Logging…' : `Log to ${meal}`}
      </button>
    </form>
  );
}
