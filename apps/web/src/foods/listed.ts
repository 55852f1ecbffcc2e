import { useCallback, useEffect, useState } from 'react';
import { ApiFailure } from '../api/api-client.ts';

/** A list read from the server: loading, there, or not, with why in words and whether it was the connection. */
export type Listed<T> = { readonly state: 'loading' } | { readonly state: 'ready'; readonly items: readonly T[] } | { readonly state: 'failed'; readonly offline: boolean; readonly message: string };

/** The failed state of a list, from what the request threw; `offlineMessage` is what to say when the device is offline. */
export function failedList(error: unknown, offlineMessage: string): Listed<never> {
  const offline = (error instanceof ApiFailure && error.status === 0) || !navigator.onLine;
  return { state: 'failed', offline, message: offline ? offlineMessage : error instanceof ApiFailure ? error.message : 'This list could not be loaded.' };
}

export interface ListedState<T> {
  readonly list: Listed<T>;
  /** Reads the list again, showing it as loading meanwhile. */
  reload(): void;
  /** Reads the list again, keeping what is shown until the new list is there. */
  refresh(): void;
  /** Changes the list shown (an item removed) without reading it again. */
  change(edit: (items: readonly T[]) => readonly T[]): void;
}

/** A list read with `read` when shown and whenever `read` changes (keep it stable with useCallback). */
export function useListed<T>(read: () => Promise<readonly T[]>, offlineMessage: string): ListedState<T> {
  const [list, setList] = useState<Listed<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    read().then(
      (items) => live && setList({ state: 'ready', items }),
      (error: unknown) => live && setList(failedList(error, offlineMessage)),
    );
    return () => {
      live = false;
    };
  }, [read, round, offlineMessage]);
  const reload = useCallback(() => {
    setList({ state: 'loading' });
    setRound((n) => n + 1);
  }, []);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  const change = useCallback((edit: (items: readonly T[]) => readonly T[]) => setList((l) => (l.state === 'ready' ? { state: 'ready', items: edit(l.items) } : l)), []);
  return { list, reload, refresh, change };
}
