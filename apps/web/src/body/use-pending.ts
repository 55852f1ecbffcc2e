import { useCallback, useState } from 'react';
import { NOTHING_PENDING, settle, withPending, type Pending } from './optimistic-list.ts';

/** A list as the server last gave it, with what was just added or removed here shown at once. */
export function usePending<T extends { readonly id: string }>(list: readonly T[]): { readonly items: T[]; add(item: T): void; remove(id: string): void } {
  const [pending, setPending] = useState<Pending<T>>(NOTHING_PENDING);
  const add = useCallback((item: T) => setPending((p) => settle(list, { ...p, added: [...p.added, item] })), [list]);
  const remove = useCallback((id: string) => setPending((p) => settle(list, { ...p, removed: [...p.removed, id] })), [list]);
  return { items: withPending(list, pending), add, remove };
}
