import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Entry, EntryPatch } from '@macromuse/contract/ledger/entries.schemas';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { entryGrams } from '@macromuse/core/ledger/entry-amount';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { editPreview } from '../offline/entry-previews.ts';
import { unitOptions } from '../foods/amount-units.ts';
import { formatGrams } from './macro-bars.tsx';
import { capitalised } from '../ui/capitalised.ts';

interface Props {
  readonly entry: Entry;
  readonly meals: readonly string[];
  onClose(): void;
}


/** One logged entry: change its amount, unit, meal or day, or delete it (with Undo). */
export function EntryEditor({ entry, meals, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const editEntry = useDataStore((s) => s.editEntry);
  const deleteEntry = useDataStore((s) => s.deleteEntry);
  const undoDelete = useDataStore((s) => s.undoDelete);
  const foodDetail = useDataStore((s) => s.foodDetail);
  const toast = useUiStore((s) => s.toast);
  const [food, setFood] = useState<FoodDetail | undefined>();
  const [amountText, setAmountText] = useState(String(entry.amount));
  const [unit, setUnit] = useState(entry.unit);
  const [meal, setMeal] = useState(entry.meal);
  const [date, setDate] = useState(entry.date);
  const [kcalText, setKcalText] = useState(String(Math.round(entry.nutrients['208'] ?? 0)));
  const quick = entry.kind === 'quick';

  useEffect(() => {
    dialog.current?.showModal();
    if (entry.foodId) foodDetail(entry.foodId).then(setFood, () => setFood(undefined));
  }, [entry.foodId, foodDetail]);

  const amount = Number(amountText.replace(',', '.'));
  const kcal = Number(kcalText.replace(',', '.'));
  const patch: EntryPatch = {
    ...(date !== entry.date ? { date } : {}),
    ...(meal !== entry.meal ? { meal } : {}),
    ...(!quick && amount !== entry.amount ? { amount } : {}),
    ...(!quick && unit !== entry.unit ? { unit } : {}),
    ...(quick && kcal !== Math.round(entry.nutrients['208'] ?? 0) ? { quickAdd: { kcal } } : {}),
  };
  const weighed = !quick && food ? entryGrams({ portions: food.portions, defaultPortion: food.defaultPortion }, amount, unit) : undefined;
  const problem = quick
    ? !(Number.isFinite(kcal) && kcal >= 0) ? 'Enter the calories as a number.' : undefined
    : !(Number.isFinite(amount) && amount > 0)
      ? 'Enter an amount more than 0.'
      : weighed && !weighed.ok
        ? weighed.reason
        : undefined;
  const preview = problem ? undefined : editPreview(entry, patch, food);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    if (Object.keys(patch).length > 0) {
      editEntry(entry, patch);
      toast(date !== entry.date ? `${entry.name} moved to ${date}` : `${entry.name} updated`);
    }
    close();
  };

  // Closed through the dialog, so the focus goes back to the entry that opened it.
  const close = () => dialog.current?.close();

  const remove = () => {
    deleteEntry(entry);
    toast(`${entry.name} deleted`, { label: 'Undo', run: () => undoDelete(entry) });
    close();
  };

  return (
    <dialog ref={dialog} className="sheet" aria-labelledby="entry-editor-title" onClose={onClose}>
      <form className="sheet-body" onSubmit={save}>
        <header className="sheet-header">
          <h2 id="entry-editor-title">{entry.name}</h2>
          <button type="button" className="link" onClick={close}>
            Cancel
          </button>
        </header>
        {entry.brand && <p className="muted">{entry.brand}</p>}
        {quick ? (
          <>
            <label htmlFor="edit-kcal">Calories (kcal)</label>
            <input id="edit-kcal" inputMode="decimal" aria-describedby={problem ? 'entry-problem' : undefined} value={kcalText} onChange={(e) => setKcalText(e.target.value)} />
          </>
        ) : (
          <div className="edit-amount">
            <div>
              <label htmlFor="edit-amount">Amount</label>
              <input id="edit-amount" inputMode="decimal" aria-describedby={problem ? 'entry-problem' : undefined} value={amountText} onChange={(e) => setAmountText(e.target.value)} />
            </div>
            <div>
              <label htmlFor="edit-unit">Unit</label>
              <select id="edit-unit" value={unit} onChange={(e) => setUnit(e.target.value)}>
                {unitOptions(food ?? { portions: [] }, { amount: entry.amount, unit: entry.unit }).map((u) => (
                  <option key={u.value} value={u.value}>
                    {u.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
        )}
        <div className="edit-amount">
          <div>
            <label htmlFor="edit-meal">Meal</label>
            <select id="edit-meal" value={meal} onChange={(e) => setMeal(e.target.value)}>
              {(meals.includes(entry.meal) ? meals : [entry.meal, ...meals]).map((m) => (
                <option key={m} value={m}>
                  {capitalised(m)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="edit-date">Day</label>
            <input id="edit-date" type="date" value={date} onChange={(e) => e.target.value && setDate(e.target.value)} />
          </div>
        </div>
        {problem ? (
          <p id="entry-problem" className="field-problem" role="alert">
            {problem}
          </p>
        ) : (
          preview && (
            <p className="edit-preview figures" aria-live="polite">
              {Math.round(preview.nutrients['208'] ?? 0)} kcal · P {formatGrams(preview.nutrients['203'] ?? 0)} g · C {formatGrams(preview.nutrients['205'] ?? 0)} g · F {formatGrams(preview.nutrients['204'] ?? 0)} g
              {preview.grams !== null && ` · ${formatGrams(preview.grams)} g`}
            </p>
          )
        )}
        <div className="sheet-actions">
          <button type="button" className="danger" onClick={remove}>
            Delete
          </button>
          <button type="submit" className="primary" disabled={problem !== undefined}>
            Save
          </button>
        </div>
      </form>
    </dialog>
  );
}
