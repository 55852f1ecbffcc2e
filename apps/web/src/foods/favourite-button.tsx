import { useState } from 'react';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useUiStore } from '../stores/ui-store.ts';

interface Props {
  readonly foodId: string;
  readonly foodName: string;
  readonly favourite: boolean;
  /** Told once the server has the change. */
  onChange?(favourite: boolean): void;
}

/** A star that marks a food as a favourite; it changes at once and goes back if the server refuses. */
export function FavouriteButton({ foodId, foodName, favourite, onChange }: Props) {
  const [on, setOn] = useState(favourite);
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    if (busy) return;
    const next = !on;
    setOn(next);
    setBusy(true);
    try {
      await (next ? api.addFavourite(foodId) : api.removeFavourite(foodId));
      onChange?.(next);
    } catch (error) {
      setOn(!next);
      const why = error instanceof ApiFailure ? error.message : 'Try again.';
      useUiStore.getState().toast(`${foodName} could not be ${next ? 'added to' : 'removed from'} favourites. ${why}`);
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
