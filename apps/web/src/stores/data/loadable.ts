import { ApiFailure } from '../../api/api-client.ts';

/** Something read from the server: being read, there, or not, with why in words. */
export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: string };

/** A list read from the server: being read, there, or not, with why in words and whether it was the connection. */
export type Listed<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly items: readonly T[] }
  | { readonly state: 'failed'; readonly offline: boolean; readonly message: string };

/** The failed state of a list, from what its request threw; `offlineMessage` is what to say when the device is offline. */
export function failedList(error: unknown, offlineMessage = 'You’re offline.'): Listed<never> {
  const offline = (error instanceof ApiFailure && error.status === 0) || !navigator.onLine;
  return { state: 'failed', offline, message: offline ? offlineMessage : error instanceof ApiFailure ? error.message : 'This list could not be loaded.' };
}
