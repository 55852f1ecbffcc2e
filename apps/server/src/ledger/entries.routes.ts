import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import { changeEntry, entriesOn, entry, logFood, quickAdd, removeEntry } from './entries.service.ts';

/** The food log's entries: the router parses (from the endpoint table), the service acts, the answer goes back. */
export function registerEntryRoutes(api: ApiRouter): void {
  api.handle(endpoints.logEntry, (ctx) => logFood(ctx, ctx.body));
  api.handle(endpoints.quickAdd, (ctx) => quickAdd(ctx, ctx.body));
  api.handle(endpoints.entries, async ({ query, tx }) => ({ entries: await entriesOn(tx, query.date) }));
  api.handle(endpoints.entry, ({ params, tx }) => entry(tx, params.id));
  api.handle(endpoints.editEntry, (ctx) => changeEntry(ctx, ctx.params.id, ctx.body));
  api.handle(endpoints.deleteEntry, (ctx) => removeEntry(ctx, ctx.params.id));
}
