import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { AmountPicker } from './amount-picker.tsx';
import type { LastAmount } from './amount-units.ts';
import { CustomFoodForm } from './custom-food-form.tsx';
import { FoodRow } from './food-row.tsx';
import { useFoodSearch } from './food-search.ts';
import { useMealFoods } from './meal-foods.ts';
import { OpeningCard } from './opening-card.tsx';
import { QuickAddForm } from './quick-add-form.tsx';
import { UsualFoods } from './usual-foods.tsx';
import { VirtualList } from './virtual-list.tsx';
import './foods.css';
import { capitalised } from '../ui/capitalised.ts';

const BarcodeScreen = lazy(() => import('./barcode-screen.tsx').then((m) => ({ default: m.BarcodeScreen })));

/** Where Add food is: finding, opening a food, choosing its amount, or one of the other ways to add. */
type View =
  | { readonly kind: 'find' }
  | { readonly kind: 'opening'; readonly food: FoodSummary; readonly last: LastAmount | undefined; readonly problem?: string }
  | { readonly kind: 'amount'; readonly food: FoodDetail; readonly last: LastAmount | undefined; readonly entryId: string; readonly from: 'find' | 'barcode' }
  | { readonly kind: 'quick' }
  | { readonly kind: 'barcode' }
  | { readonly kind: 'create'; readonly barcode?: string; readonly name?: string; readonly from: 'find' | 'barcode' };

/** The other ways to add, beside searching: 22 px line icons in the current colour. */
const WAYS = [
  { view: 'barcode', label: 'Scan barcode', icon: 'M4 7V5h3M17 5h3v2M20 17v2h-3M7 19H4v-2M7 9v6M10 9v6M13 9v6M16 9v6' },
  { view: 'quick', label: 'Quick add', icon: 'M13 3 5 13h6l-1 8 8-10h-6z' },
] as const;


/** Find a food (recent, frequent and favourites first; search as you type; by barcode), choose the amount, log it. */
export function AddFoodScreen({ meal }: { readonly meal: string }) {
  const date = useUiStore((s) => s.date);
  const close = useUiStore((s) => s.closeAddFood);
  const [view, setViewState] = useState<View>({ kind: 'find' });
  const [query, setQuery] = useState('');
  const { search, retry } = useFoodSearch(query);
  const foods = useMealFoods(meal);
  const input = useRef<HTMLInputElement>(null);

  const setView = (next: View) => {
    setViewState(next);
    window.scrollTo({ top: 0 });
  };

  useEffect(() => {
    if (view.kind === 'find') input.current?.focus();
  }, [view.kind]);

  const open = async (food: FoodSummary, last?: LastAmount) => {
    setView({ kind: 'opening', food, last });
    try {
      const detail = await useDataStore.getState().foodDetail(food.id);
      setViewState((v) => (v.kind === 'opening' && v.food.id === food.id ? { kind: 'amount', food: detail, last, entryId: crypto.randomUUID(), from: 'find' } : v));
    } catch (error) {
      const problem = error instanceof ApiFailure && error.status === 0 ? 'You’re offline and this food is not saved on this device yet.' : error instanceof ApiFailure ? error.message : 'This food could not be opened.';
      setViewState((v) => (v.kind === 'opening' && v.food.id === food.id ? { ...v, problem } : v));
    }
  };

  const logged = (food: FoodDetail, amount: number, unit: string, entryId: string) => {
    useDataStore.getState().logFood({ id: entryId, date, meal, foodId: food.id, amount, unit }, food);
    useUiStore.getState().toast(`${food.name} logged to ${meal}`);
    close();
  };

  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (view.kind === 'find') close();
    else setView({ kind: 'find' });
  };

  const backToFind = query.trim() === '' ? 'Back to search' : 'Back to results';

  let body: ReactNode;
  if (view.kind === 'opening') {
    body = <OpeningCard name={view.food.name} backLabel={backToFind} problem={view.problem} onBack={() => setView({ kind: 'find' })} onRetry={() => void open(view.food, view.last)} />;
  } else if (view.kind === 'amount') {
    body = (
      <AmountPicker
        key={view.entryId}
        food={view.food}
        meal={meal}
        last={view.last}
        backLabel={view.from === 'barcode' ? 'Back to barcode' : backToFind}
        onBack={() => setView({ kind: view.from })}
        onLog={(amount, unit) => logged(view.food, amount, unit, view.entryId)}
      />
    );
  } else if (view.kind === 'quick') {
    body = <QuickAddForm meal={meal} onBack={() => setView({ kind: 'find' })} onDone={close} />;
  } else if (view.kind === 'barcode') {
    body = (
      <Suspense fallback={<p className="card loading">Opening the scanner…</p>}>
        <BarcodeScreen
          onBack={() => setView({ kind: 'find' })}
          onFound={(food) => setView({ kind: 'amount', food, last: undefined, entryId: crypto.randomUUID(), from: 'barcode' })}
          onCreate={(barcode) => setView({ kind: 'create', barcode, from: 'barcode' })}
        />
      </Suspense>
    );
  } else if (view.kind === 'create') {
    body = (
      <CustomFoodForm
        start={{ ...(view.barcode === undefined ? {} : { barcode: view.barcode }), ...(view.name === undefined ? {} : { name: view.name }) }}
        cancelLabel={view.from === 'barcode' ? 'Back to barcode' : 'Back to search'}
        onCancel={() => setView({ kind: view.from })}
        onSaved={(food) => {
          useUiStore.getState().toast(`${food.name} saved to My foods`);
          setView({ kind: 'amount', food, last: undefined, entryId: crypto.randomUUID(), from: 'find' });
        }}
      />
    );
  } else {
    body = (
      <>
        <div className="add-ways">
          {WAYS.map((way) => (
            <button key={way.view} type="button" className="way" onClick={() => setView({ kind: way.view })}>
              <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
                <path d={way.icon} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              {way.label}
            </button>
          ))}
        </div>
        {search.state === 'idle' ? (
          <UsualFoods meal={meal} foods={foods} onOpen={(food, last) => void open(food, last)} />
        ) : (
          <SearchResults query={query} search={search} retry={retry} onOpen={(food) => void open(food)} onCreate={() => setView({ kind: 'create', name: query.trim(), from: 'find' })} />
        )}
      </>
    );
  }

  return (
    <main className="add-food" onKeyDown={closeOnEscape}>
      <header className="add-food-bar">
        <h1>Add to {capitalised(meal)}</h1>
        <button type="button" className="close" onClick={close}>
          Close
        </button>
      </header>
      {view.kind === 'find' && (
        <div className="search-field">
          <label className="visually-hidden" htmlFor="food-search">
            Search foods
          </label>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d="M10.5 4a6.5 6.5 0 1 0 0 13 6.5 6.5 0 0 0 0-13zM20 20l-4.8-4.8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
          <input id="food-search" ref={input} type="search" placeholder="Search foods, e.g. banana" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" enterKeyHint="search" />
        </div>
      )}
      {body}
    </main>
  );
}

interface ResultsProps {
  readonly query: string;
  readonly search: Exclude<ReturnType<typeof useFoodSearch>['search'], { state: 'idle' }>;
  retry(): void;
  onOpen(food: FoodSummary): void;
  onCreate(): void;
}

/** Search results as they come: the last ones stay while the next are fetched. */
function SearchResults({ query, search, retry, onOpen, onCreate }: ResultsProps) {
  const answer = search.state === 'done' ? search.answer : search.previous;
  const typed = query.trim();
  return (
    <section className="search-results" aria-label="Search results" aria-busy={search.state === 'searching'}>
      {answer?.onDevice && (
        <p className="offline-note" role="status">
          Offline — showing foods saved on this device
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {search.state === 'done' && !search.answer.problem ? `${search.answer.results.length} foods found` : ''}
      </p>
      {search.state === 'searching' && !answer && <p className="card list-note loading">Searching…</p>}
      {search.state === 'done' && search.answer.problem && (
        <div className="card list-note" role="alert">
          <p className="field-problem">{search.answer.problem}</p>
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {search.state === 'done' && !search.answer.problem && search.answer.results.length === 0 && (
        <p className="card list-note">{search.answer.onDevice ? `No food saved on this device matches “${typed}”.` : `No food matches “${typed}”. Check the spelling, try fewer words, or make it yourself.`}</p>
      )}
      {answer && answer.results.length > 0 && (
        <div className={`card list-card${search.state === 'searching' ? ' stale' : ''}`}>
          <VirtualList items={answer.results} label="Foods" itemKey={(f) => f.id} renderItem={(food) => <FoodRow food={food} onOpen={() => onOpen(food)} />} />
        </div>
      )}
      {search.state === 'done' && !search.answer.onDevice && (
        <button type="button" className="create-own" onClick={onCreate}>
          Can’t find it? Create your own food
        </button>
      )}
    </section>
  );
}
