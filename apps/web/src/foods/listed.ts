import { useCallback, useEffect, useState } from 'react';
import { failedList, type Listed } from '../stores/data-store.ts';

export type { Listed };

/** The list, saying `offlineMessage` if it failed because the device is offline. */
export function offlineSaying<T>(list: Listed<T>, offlineMessage: string): Listed<T> {
  return list.state === 'failed' && list.offline ? { ...list, message: offlineMessage } : list;
}

export interface ListedState<T> {
  readonly list: Listed<T>;
  /** Reads the list again, showing it as loading meanwhile. */
  reload(): void;
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
  return { list, reload };
}
