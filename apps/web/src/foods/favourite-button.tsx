import { useState } from 'react';
import type { FoodDetail } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { summaryOf } from '../offline/device-search.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';

/**
 * A star that marks a food as a favourite, from the favourites the store holds (none shown until
 * they are read); it changes at once everywhere and goes back if the server refuses.
 */
export function FavouriteButton({ food }: { readonly food: FoodDetail }) {
  const favourites = useDataStore((s) => s.favourites);
  const [busy, setBusy] = useState(false);
  if (favourites.state !== 'ready') return null;
  const on = favourites.items.some((f) => f.id === food.id);
  const toggle = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await useDataStore.getState().setFavourite(summaryOf(food), !on);
    } catch (error) {
      const why = error instanceof ApiFailure ? error.message : 'Try again.';
      useUiStore.getState().toast(`${food.name} could not be ${on ? 'removed from' : 'added to'} favourites. ${why}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="favourite" aria-label="Favourite" aria-pressed={on} aria-busy={busy} onClick={() => void toggle()} title={on ? 'Remove from favourites' : 'Add to favourites'}>
      <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden="true">
        <path d="M12 3.5l2.6 5.3 5.9.9-4.3 4.1 1 5.8L12 16.9l-5.2 2.7 1-5.8-4.3-4.1 5.9-.9z" fill={on ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
    </button>
  );
}
