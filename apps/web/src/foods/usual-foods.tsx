import { useState } from 'react';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { LastAmount } from './amount-units.ts';
import { FoodRow } from './food-row.tsx';
import type { Listed } from './listed.ts';
import type { MealFoods } from './meal-foods.ts';
import { SegmentedTabs } from './segmented-tabs.tsx';

type List = 'recent' | 'frequent' | 'favourites';

const TABS: readonly { readonly id: List; readonly label: string }[] = [
  { id: 'recent', label: 'Recent' },
  { id: 'frequent', label: 'Frequent' },
  { id: 'favourites', label: 'Favourites' },
];

interface Props {
  readonly meal: string;
  readonly foods: MealFoods;
  onOpen(food: FoodSummary, last?: LastAmount): void;
}

interface Row {
  readonly food: FoodSummary;
  readonly last?: LastAmount;
}

function rowsOf(list: MealFoods[List]): Listed<Row> {
  if (list.state !== 'ready') return list;
  return { state: 'ready', items: list.items.map((item) => ('lastAmount' in item ? { food: item.food, last: { amount: item.lastAmount, unit: item.lastUnit } } : { food: item })) };
}

function emptyText(list: List, meal: string): string {
  if (list === 'recent') return `Nothing logged to ${meal} yet. Search above, scan a barcode, or quick add calories.`;
  if (list === 'frequent') return `Foods you log to ${meal} often will show here.`;
  return 'No favourites yet. Tap the star on a food to keep it here.';
}

/** Before anything is typed: the foods most likely wanted, in three tabs; one tap opens a food at its last amount. */
export function UsualFoods({ meal, foods, onOpen }: Props) {
  const [shown, setShown] = useState<List>('recent');
  const list = rowsOf(foods[shown]);
  return (
    <section className="usual-foods" aria-label="Foods you log">
      <SegmentedTabs<List> label="Foods you log" tabs={TABS} selected={shown} onSelect={setShown} idPrefix="usual" />
      <div id="usual-panel" role="tabpanel" aria-labelledby={`usual-tab-${shown}`} className="card list-card">
        {list.state === 'loading' && (
          <p className="list-note loading" aria-live="polite">
            Loading…
          </p>
        )}
        {list.state === 'failed' && (
          <div className="list-note">
            <p>{list.message}</p>
            {!list.offline && (
              <button type="button" onClick={foods.reload}>
                Try again
              </button>
            )}
          </div>
        )}
        {list.state === 'ready' && list.items.length === 0 && <p className="list-note">{emptyText(shown, meal)}</p>}
        {list.state === 'ready' && list.items.length > 0 && (
          <ul className="food-list" aria-label={TABS.find((t) => t.id === shown)?.label}>
            {list.items.map((row) => (
              <li key={row.food.id}>
                <FoodRow food={row.food} last={row.last} onOpen={() => onOpen(row.food, row.last)} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
