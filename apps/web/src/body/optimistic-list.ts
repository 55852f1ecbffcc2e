/** Items written here but not yet read back from the server: shown at once, dropped once the server's list has them. */
export interface Pending<T> {
  readonly added: readonly T[];
  readonly removed: readonly string[];
}

export const NOTHING_PENDING: Pending<never> = { added: [], removed: [] };

/** The server's list with what was added here and not yet in it, without what was removed here. */
export function withPending<T extends { readonly id: string }>(list: readonly T[], pending: Pending<T>): T[] {
  const ids = new Set(list.map((i) => i.id));
  const removed = new Set(pending.removed);
  return [...list, ...pending.added.filter((i) => !ids.has(i.id))].filter((i) => !removed.has(i.id));
}

/** What is still pending once the server's list is read again: additions it lacks, removals it still has. */
export function settle<T extends { readonly id: string }>(list: readonly T[], pending: Pending<T>): Pending<T> {
  const ids = new Set(list.map((i) => i.id));
  return { added: pending.added.filter((i) => !ids.has(i.id)), removed: pending.removed.filter((id) => ids.has(id)) };
}
