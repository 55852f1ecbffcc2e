import { useEffect, useRef, useState } from 'react';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { UsualFoods } from '@macromuse/contract/foods/custom-foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { AmountPicker } from './amount-picker.tsx';

function resultLine(food: FoodSummary): string {
  const portion = food.defaultPortion;
  const kcal = portion?.nutrients.kcal ?? food.per100g.kcal;
  const per = portion ? portion.label : '100 g';
  const estimated = food.energyEstimated ? ' (estimated)' : '';
  return `${kcal === null ? '?' : Math.round(kcal)} kcal${estimated} per ${per}`;
}

/** Find a food by name (results on each keystroke), or pick a recent one, then choose the amount and log it. */
export function AddFoodScreen({ meal }: { readonly meal: string }) {
  const date = useUiStore((s) => s.date);
  const close = useUiStore((s) => s.closeAddFood);
  const toast = useUiStore((s) => s.toast);
  const logFood = useDataStore((s) => s.logFood);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<readonly FoodSummary[]>([]);
  const [recent, setRecent] = useState<UsualFoods['foods']>([]);
  const [problem, setProblem] = useState<string | undefined>();
  const [chosen, setChosen] = useState<{ food: FoodDetail; entryId: string } | undefined>();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    api.recentFoods(meal).then((r) => setRecent(r.foods), () => setRecent([]));
  }, [meal]);

  useEffect(() => {
    if (query.trim() === '') return;
    const abort = new AbortController();
    api.search(query, abort.signal).then(
      (r) => {
        setResults(r.results);
        setProblem(undefined);
      },
      (error: unknown) => {
        if (!abort.signal.aborted) setProblem(error instanceof ApiFailure ? error.message : 'Search failed. Try again.');
      },
    );
    return () => abort.abort();
  }, [query]);

  const choose = async (id: string) => {
    try {
      setChosen({ food: await api.food(id), entryId: crypto.randomUUID() });
    } catch (error) {
      setProblem(error instanceof ApiFailure ? error.message : 'This food could not be opened. Try again.');
    }
  };

  if (chosen) {
    return (
      <main className="add-food">
        <AmountPicker
          food={chosen.food}
          meal={meal}
          onBack={() => setChosen(undefined)}
          onLog={async (amount, unit) => {
            logFood({ id: chosen.entryId, date, meal, foodId: chosen.food.id, amount, unit }, chosen.food);
            toast(`${chosen.food.name} logged to ${meal}`);
            close();
          }}
        />
      </main>
    );
  }

  const showing = query.trim() === '' ? recent.map((r) => r.food) : results;
  return (
    <main className="add-food">
      <div className="search-row">
        <label className="visually-hidden" htmlFor="food-search">
          Search foods
        </label>
        <input id="food-search" ref={input} type="search" placeholder={`Add to ${meal}: search foods`} value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
      {problem && <p className="field-problem" role="alert">{problem}</p>}
      {query.trim() === '' && <h2 className="section-title">{recent.length > 0 ? `Recent at ${meal}` : 'Type a food, e.g. "banana"'}</h2>}
      <ul className="card results" aria-label="Foods">
        {showing.map((food) => (
          <li key={food.id}>
            <button type="button" className="result" onClick={() => void choose(food.id)}>
              <span className="entry-name">
                {food.name}
                <small>
                  {food.brand ?? (food.source === 'custom' ? 'Your food' : food.source === 'off' ? 'Product' : 'USDA')} · {resultLine(food)}
                </small>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </main>
  );
}
