import { ApiFailure } from '../api/api-client.ts';
import type { WriteAction } from './pending-writes.ts';
import type { StoredAnswer } from './write-kinds.ts';

/** What became of one attempt to send a write. */
export type WriteOutcome =
  /** The server has it; `answer` is what it stored. */
  | { readonly kind: 'stored'; readonly answer: StoredAnswer }
  /** Not sent (no network, the server busy or down, the session to be renewed): keep it and try again later. */
  | { readonly kind: 'retry'; readonly offline: boolean }
  /** The server refused it for good: drop it and tell the person why. */
  | { readonly kind: 'rejected'; readonly reason: string };

/**
 * How a failed send is treated. Deleting what is already gone counts as done. An edit of an entry
 * deleted meanwhile (404) is dropped: a deletion is final. Anything else the server refuses with
 * a 4xx would be refused again, so it is dropped with the server's words; no answer, 401, 408,
 * 429 and 5xx are tried again.
 */
export function outcomeOfFailure(action: WriteAction, error: unknown): WriteOutcome {
  if (!(error instanceof ApiFailure)) return { kind: 'retry', offline: false };
  const { status } = error;
  if (status === 0) return { kind: 'retry', offline: true };
  if (status === 401 || status === 408 || status === 429 || status >= 500) return { kind: 'retry', offline: false };
  const deleting = action.kind === 'delete' || action.kind === 'delete-weight' || action.kind === 'delete-water';
  if (deleting && status === 404) return { kind: 'stored', answer: { removed: true } };
  if (action.kind === 'edit' && status === 404) return { kind: 'rejected', reason: 'it was deleted on another device, so the change was not kept' };
  return { kind: 'rejected', reason: error.message };
}
