import type { Day } from '@macromuse/contract/ledger/days.schemas';

type Meal = Day['meals'][number];

const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
const amountText = (amount: number, unit: string): string => `${Number.isInteger(amount) ? amount : amount.toFixed(1)} ${unit}`;

/** One meal: its entries (name, amount in the unit chosen, kcal) and its subtotal. */
export function MealCard({ meal, onAdd }: { readonly meal: Meal; onAdd(): void }) {
  const kcal = Math.round(meal.totals['208'] ?? 0);
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
              <span className="entry-name">
                {entry.name}
                <small>{entry.kind === 'quick' ? 'Quick add' : amountText(entry.amount, entry.unit)}</small>
              </span>
              <span className="figures">{Math.round(entry.nutrients['208'] ?? 0)} kcal</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
