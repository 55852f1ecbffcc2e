import { ApiFailure } from '../api/api-client.ts';

/** What went wrong, in the server's words when it answered, or else in `fallback`. */
export const failureText = (error: unknown, fallback: string): string => (error instanceof ApiFailure ? error.message : fallback);
