import { useEffect, useState } from 'react';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useDataStore } from '../stores/data-store.ts';

export interface SearchAnswer {
  /** The text these results are for. */
  readonly query: string;
  readonly results: readonly FoodSummary[];
  /** True when the server could not be reached and these are the foods kept on this device. */
  readonly onDevice: boolean;
  /** Why there are no results, when the search failed. */
  readonly problem?: string;
}

export type FoodSearch = { readonly state: 'idle' } | { readonly state: 'searching'; readonly previous: SearchAnswer | undefined } | { readonly state: 'done'; readonly answer: SearchAnswer };

const offline = (error: unknown): boolean => (error instanceof ApiFailure && error.status === 0) || !navigator.onLine;

/**
 * Searches foods as the text changes: each keystroke cancels the search before it. Offline, it
 * searches the foods kept on this device instead.
 */
export function useFoodSearch(query: string): { readonly search: FoodSearch; retry(): void } {
  const [answer, setAnswer] = useState<SearchAnswer | undefined>();
  const [attempt, setAttempt] = useState(0);
  const typed = query.trim();

  useEffect(() => {
    if (typed === '') return;
    const abort = new AbortController();
    const onDevice = async () => {
      const results = await useDataStore.getState().searchOnDevice(query);
      if (!abort.signal.aborted) setAnswer({ query, results, onDevice: true });
    };
    const search = async () => {
      if (!navigator.onLine) return onDevice();
      try {
        const response = await api.search(query, abort.signal);
        if (!abort.signal.aborted) setAnswer({ query, results: response.results, onDevice: false });
      } catch (error) {
        if (abort.signal.aborted) return;
        if (offline(error)) return onDevice();
        setAnswer({ query, results: [], onDevice: false, problem: error instanceof ApiFailure ? error.message : 'Search failed. Try again.' });
      }
    };
    void search();
    return () => abort.abort();
  }, [query, typed, attempt]);

  const retry = () => {
    setAnswer(undefined);
    setAttempt((n) => n + 1);
  };
  if (typed === '') return { search: { state: 'idle' }, retry };
  if (answer?.query === query) return { search: { state: 'done', answer }, retry };
  return { search: { state: 'searching', previous: answer }, retry };
}
