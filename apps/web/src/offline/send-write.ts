import type { ApiClient } from '../api/api-client.ts';
import type { WriteAction } from './pending-writes.ts';
import { outcomeOfFailure, type WriteOutcome } from './write-outcome.ts';

function request(api: ApiClient, action: WriteAction): Promise<unknown> {
  switch (action.kind) {
    case 'log':
      return api.logEntry(action.entry);
    case 'quick-add':
      return api.quickAdd(action.entry);
    case 'edit':
      return api.editEntry(action.entryId, action.patch);
    case 'delete':
      return api.deleteEntry(action.entryId);
    case 'copy':
      return api.copyDay(action.from, action.copy);
    case 'weight':
      return api.logWeight(action.weight);
    case 'delete-weight':
      return api.deleteWeight(action.id);
    case 'water':
      return api.logWater(action.water);
    case 'delete-water':
      return api.deleteWater(action.id);
  }
}

/** Sends one write to the server and says what became of it. */
export async function sendWrite(api: ApiClient, action: WriteAction): Promise<WriteOutcome> {
  try {
    await request(api, action);
    return { kind: 'stored' };
  } catch (error) {
    return outcomeOfFailure(action, error);
  }
}
