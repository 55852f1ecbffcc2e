import { useEffect, useState, type ReactNode } from 'react';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { summaryOf } from '../offline/device-search.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { ConfirmDialog } from './confirm-dialog.tsx';
import { CustomFoodForm } from './custom-food-form.tsx';
import { FoodDetailView } from './food-detail-view.tsx';
import { FoodRow } from './food-row.tsx';
import { OpeningCard } from './opening-card.tsx';
import { offlineSaying } from './listed.ts';
import { SegmentedTabs } from './segmented-tabs.tsx';
import { VirtualList } from './virtual-list.tsx';
import './foods.css';

type Section = 'custom' | 'favourites';

const SECTIONS: readonly { readonly id: Section; readonly label: string }[] = [
  { id: 'custom', label: 'Custom foods' },
  { id: 'favourites', label: 'Favourites' },
];

type View =
  | { readonly kind: 'lists' }
  | { readonly kind: 'opening'; readonly food: FoodSummary; readonly problem?: string }
  | { readonly kind: 'edit'; readonly food: FoodDetail }
  | { readonly kind: 'create' }
  | { readonly kind: 'detail'; readonly food: FoodDetail };

const OFFLINE = 'You’re offline. Your foods will show when you’re back online.';

/** Your custom foods (edit, delete, make new ones) and your favourites (see their nutrition, unfavourite). */
export function MyFoodsScreen() {
  const [section, setSection] = useState<Section>('custom');
  const [view, setViewState] = useState<View>({ kind: 'lists' });
  const custom = offlineSaying(useDataStore((s) => s.customFoods), OFFLINE);
  const favourites = offlineSaying(useDataStore((s) => s.favourites), OFFLINE);
  useEffect(() => {
    void useDataStore.getState().readMyFoods('customFoods');
    void useDataStore.getState().readMyFoods('favourites');
  }, []);
  const [deleting, setDeleting] = useState<FoodSummary | undefined>();
  const toast = useUiStore((s) => s.toast);

  const setView = (next: View) => {
    setViewState(next);
    window.scrollTo({ top: 0 });
  };

  const open = async (food: FoodSummary, then: 'edit' | 'detail') => {
    setView({ kind: 'opening', food });
    try {
      const detail = await useDataStore.getState().foodDetail(food.id);
      setViewState((v) => (v.kind === 'opening' && v.food.id === food.id ? { kind: then, food: detail } : v));
    } catch (error) {
      const problem = error instanceof ApiFailure ? error.message : 'This food could not be opened.';
      setViewState((v) => (v.kind === 'opening' && v.food.id === food.id ? { ...v, problem } : v));
    }
  };

  const remove = async (food: FoodSummary) => {
    setDeleting(undefined);
    try {
      await useDataStore.getState().deleteCustomFood(food);
      toast(`${food.name} deleted`);
    } catch (error) {
      toast(`${food.name} could not be deleted. ${error instanceof ApiFailure ? error.message : 'Try again.'}`);
    }
  };

  const unfavourite = async (food: FoodDetail) => {
    try {
      await useDataStore.getState().setFavourite(summaryOf(food), false);
      toast(`${food.name} removed from favourites`);
      setView({ kind: 'lists' });
    } catch (error) {
      toast(`${food.name} could not be removed from favourites. ${error instanceof ApiFailure ? error.message : 'Try again.'}`);
    }
  };

  const saved = (food: FoodDetail, isNew: boolean) => {
    toast(isNew ? `${food.name} saved` : `${food.name} updated`);
    setSection('custom');
    setView({ kind: 'lists' });
  };

  if (view.kind === 'create' || view.kind === 'edit') {
    return (
      <main className="my-foods">
        <CustomFoodForm editing={view.kind === 'edit' ? view.food : undefined} cancelLabel="Back to my foods" onCancel={() => setView({ kind: 'lists' })} onSaved={(food) => saved(food, view.kind === 'create')} />
      </main>
    );
  }
  if (view.kind === 'detail') {
    return (
      <main className="my-foods">
        <FoodDetailView food={view.food} backLabel="Back to favourites" onBack={() => setView({ kind: 'lists' })}>
          <button type="button" className="wide" onClick={() => void unfavourite(view.food)}>
            Remove from favourites
          </button>
        </FoodDetailView>
      </main>
    );
  }
  if (view.kind === 'opening') {
    return (
      <main className="my-foods">
        <OpeningCard name={view.food.name} backLabel="Back to my foods" problem={view.problem} onBack={() => setView({ kind: 'lists' })} onRetry={() => void open(view.food, section === 'custom' ? 'edit' : 'detail')} />
      </main>
    );
  }

  const list = section === 'custom' ? custom : favourites;
  const reload = () => void useDataStore.getState().readMyFoods(section === 'custom' ? 'customFoods' : 'favourites', true);
  let content: ReactNode;
  if (list.state === 'loading') content = <p className="list-note loading">Loading your foods…</p>;
  else if (list.state === 'failed')
    content = (
      <div className="list-note" role="alert">
        <p>{list.message}</p>
        <button type="button" onClick={reload}>
          Try again
        </button>
      </div>
    );
  else if (list.items.length === 0)
    content =
      section === 'custom' ? (
        <div className="empty-state">
          <p>
            <strong>No foods of your own yet</strong>
          </p>
          <p className="muted">Add a family recipe or a product we don&apos;t know: tap New food and copy the numbers from its label.</p>
        </div>
      ) : (
        <div className="empty-state">
          <p>
            <strong>No favourites yet</strong>
          </p>
          <p className="muted">When you add a food, tap the star next to its name to keep it here and at the top of Add food.</p>
        </div>
      );
  else
    content = (
      <VirtualList
        items={list.items}
        label={section === 'custom' ? 'Custom foods' : 'Favourites'}
        itemKey={(f) => f.id}
        renderItem={(food) =>
          section === 'custom' ? (
            <div className="row-with-action">
              <FoodRow food={food} onOpen={() => void open(food, 'edit')} />
              <button type="button" className="row-action" aria-label={`Delete ${food.name}`} onClick={() => setDeleting(food)}>
                <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                  <path d="M5 7h14M10 7V5h4v2M7 7l1 12h8l1-12M10 11v5M14 11v5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                </svg>
              </button>
            </div>
          ) : (
            <FoodRow food={food} onOpen={() => void open(food, 'detail')} />
          )
        }
      />
    );

  return (
    <main className="my-foods">
      <header className="my-foods-head">
        <h1>My foods</h1>
        <button type="button" className="primary" onClick={() => setView({ kind: 'create' })}>
          New food
        </button>
      </header>
      <SegmentedTabs<Section> label="Show" tabs={SECTIONS} selected={section} onSelect={setSection} idPrefix="my-foods" />
      <div id="my-foods-panel" role="tabpanel" aria-labelledby={`my-foods-tab-${section}`} className="card list-card">
        {content}
      </div>
      {deleting && (
        <ConfirmDialog title={`Delete ${deleting.name}?`} confirmLabel="Delete" onCancel={() => setDeleting(undefined)} onConfirm={() => void remove(deleting)}>
          <p>It leaves your foods and search. Entries you already logged keep their numbers.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}
