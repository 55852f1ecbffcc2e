import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { capitalised } from '../ui/capitalised.ts';

type Meal = Day['meals'][number];

const amountText = (amount: number, unit: string): string => `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;

interface Props {
  readonly meal: Meal;
  /** The same meal the day before, offered for copying while this one is empty. */
  readonly yesterday: Meal | undefined;
  /** Entries not yet on the server. */
  readonly unsynced: ReadonlySet<string>;
  onAdd(): void;
  onOpen(entry: Entry): void;
  onCopyYesterday(): void;
}

/** One meal: its entries (name, amount in the unit chosen, kcal), its subtotal, and one tap to add or copy. */
export function MealCard({ meal, yesterday, unsynced, onAdd, onOpen, onCopyYesterday }: Props) {
  const kcal = Math.round(meal.totals['208'] ?? 0);
  const copyable = meal.entries.length === 0 && yesterday !== undefined && yesterday.entries.length > 0;
  return (
    <section className="card meal" aria-labelledby={`meal-${meal.name}`}>
      <header>
        <h2 id={`meal-${meal.name}`}>{capitalised(meal.name)}</h2>
        <span className="figures">{kcal} kcal</span>
        <button type="button" className="add" aria-label={`Add food to ${meal.name}`} onClick={onAdd}>
          +
        </button>
      </header>
      {meal.entries.length === 0 ? (
        <p className="empty">No {meal.name} yet. Add your first food.</p>
      ) : (
        <ul>
          {meal.entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="entry" onClick={() => onOpen(entry)}>
                <span className="entry-name">
                  {entry.name}
                  <small>
                    {entry.kind === 'quick' ? 'Quick add' : amountText(entry.amount, entry.unit)}
                    {unsynced.has(entry.id) && <span className="unsynced"> · not synced yet</span>}
                  </small>
                </span>
                <span className="figures">{Math.round(entry.nutrients['208'] ?? 0)} kcal</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {copyable && (
        <button type="button" className="copy-meal" onClick={onCopyYesterday}>
          Copy yesterday's {meal.name} ({yesterday.entries.length} {yesterday.entries.length === 1 ? 'item' : 'items'}, {Math.round(yesterday.totals['208'] ?? 0)} kcal)
        </button>
      )}
    </section>
  );
}
