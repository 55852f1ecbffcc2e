import type { ApiClient } from '../api/api-client.ts';
import type { WriteAction } from './pending-writes.ts';
import { kindOf } from './write-kinds.ts';
import { outcomeOfFailure, type WriteOutcome } from './write-outcome.ts';

/** Sends one write to the server, as its kind says, and says what became of it. */
export async function sendWrite(api: ApiClient, action: WriteAction): Promise<WriteOutcome> {
  try {
    return { kind: 'stored', answer: await kindOf(action).send(api, action) };
  } catch (error) {
    return outcomeOfFailure(action, error);
  }
}
