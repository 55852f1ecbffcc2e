import { useMemo, useState, type FormEvent } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { entryGrams } from '@macromuse/core/ledger/entry-amount';
import { nutrientsForGrams } from '@macromuse/core/ledger/entry-nutrients';
import { ApiFailure } from '../api/api-client.ts';
import { startingAmount, stepAmount, unitOptions, type LastAmount } from './amount-units.ts';
import { useDailyTargets } from './daily-targets.ts';
import { FavouriteButton } from './favourite-button.tsx';
import { sourceLabel } from './food-lines.ts';
import { formatAmount, numberForInput, parseNumberText } from './number-text.ts';
import { formatGrams } from '../ledger/macro-bars.tsx';
import { NutritionLabel } from './nutrition-label.tsx';
import { capitalised } from '../ui/capitalised.ts';

interface Props {
  readonly food: FoodDetail;
  readonly meal: string;
  /** How the food was logged last time, to start from. */
  readonly last?: LastAmount | undefined;
  onLog(amount: number, unit: string): Promise<void> | void;
  onBack(): void;
  readonly backLabel?: string;
}

const MACROS = [
  { number: '203', label: 'Protein', className: 'protein' },
  { number: '205', label: 'Carbs', className: 'carbs' },
  { number: '204', label: 'Fat', className: 'fat' },
] as const;

/** The amount of one food in its own portions or in grams, with the nutrition of that amount as it changes. */
export function AmountPicker({ food, meal, last, onLog, onBack, backLabel = 'Back to results' }: Props) {
  const units = useMemo(() => unitOptions(food, last), [food, last]);
  const start = useMemo(() => startingAmount(food, last), [food, last]);
  const [unit, setUnit] = useState(start.unit);
  const [amountText, setAmountText] = useState(start.amountText);
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const targets = useDailyTargets();

  const amount = parseNumberText(amountText);
  const per100g = useMemo(() => Object.fromEntries(food.nutrients.map((n) => [n.number, n.amount])), [food]);
  const grams = amount !== undefined && amount > 0 ? entryGrams({ portions: food.portions, defaultPortion: food.defaultPortion }, amount, unit) : undefined;
  const nutrients = grams?.ok ? nutrientsForGrams(per100g, grams.grams) : undefined;
  const amountLabel = grams?.ok && amount !== undefined ? `${numberForInput(amount)} ${unit}${unit === 'g' ? '' : ` · ${formatAmount(grams.grams, 'g')} g`}` : '';
  const kcal = nutrients?.['208'];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!grams?.ok || amount === undefined) return;
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
    <form className="card picker" onSubmit={submit} aria-labelledby="picker-title">
      <button type="button" className="back" onClick={onBack}>
        ‹ {backLabel}
      </button>
      <div className="picker-head">
        <div>
          <h2 id="picker-title">{food.name}</h2>
          <p className="muted small">{sourceLabel(food)}</p>
        </div>
        <FavouriteButton food={food} />
      </div>
      <div className="amount-fields">
        <div className="amount-row">
          <button type="button" aria-label="Less" onClick={() => setAmountText(String(stepAmount(amount, unit, -1)))}>
            −
          </button>
          <label className="visually-hidden" htmlFor="amount">
            Amount
          </label>
          <input id="amount" inputMode="decimal" autoComplete="off" value={amountText} onChange={(e) => setAmountText(e.target.value)} onFocus={(e) => e.target.select()} aria-invalid={amount !== undefined && !grams?.ok} />
          <button type="button" aria-label="More" onClick={() => setAmountText(String(stepAmount(amount, unit, 1)))}>
            +
          </button>
        </div>
        <label className="visually-hidden" htmlFor="unit">
          Unit
        </label>
        <select id="unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
          {units.map((u) => (
            <option key={u.value} value={u.value}>
              {u.label}
            </option>
          ))}
        </select>
      </div>
      {amount !== undefined && !(amount > 0) && <p className="field-problem">Type an amount more than 0, like 1 or 150.</p>}
      {grams && !grams.ok && <p className="field-problem">{capitalised(grams.reason)}.</p>}
      <div className="live-nutrition" aria-live="polite">
        <p className="live-kcal">
          <strong className="figures">{kcal === undefined ? '–' : Math.round(kcal)}</strong> kcal
          {food.energyEstimated && <span className="estimated"> (estimated)</span>}
          {grams?.ok && <span className="muted"> in {formatAmount(grams.grams, 'g')} g</span>}
        </p>
        <dl className="live-macros">
          {MACROS.map((m) => {
            const value = nutrients?.[m.number];
            return (
              <div key={m.number} className={m.className}>
                <dt>{m.label}</dt>
                <dd className="figures">{value === undefined ? '–' : `${formatGrams(value)} g`}</dd>
              </div>
            );
          })}
        </dl>
      </div>
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="primary big" disabled={busy || !grams?.ok}>
        {busy ? 'Logging…' : `Log to ${meal}`}
      </button>
      {grams?.ok && (
        <details className="full-nutrition">
          <summary>Full nutrition</summary>
          <NutritionLabel food={food} grams={grams.grams} amountLabel={amountLabel} targets={targets} />
        </details>
      )}
    </form>
  );
}
