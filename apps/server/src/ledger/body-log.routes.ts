import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import { addWater, addWeight, removeWater, removeWeight, waterBetween, weightsBetween } from './body-log.service.ts';

export function registerBodyLogRoutes(api: ApiRouter): void {
  api.handle(endpoints.logWeight, (ctx) => addWeight(ctx, ctx.body));
  api.handle(endpoints.weights, async ({ query, tx }) => ({ weights: await weightsBetween(tx, query.from, query.to) }));
  api.handle(endpoints.deleteWeight, (ctx) => removeWeight(ctx, ctx.params.id));
  api.handle(endpoints.logWater, (ctx) => addWater(ctx, ctx.body));
  api.handle(endpoints.water, async ({ query, tx }) => ({ water: await waterBetween(tx, query.from, query.to) }));
  api.handle(endpoints.deleteWater, (ctx) => removeWater(ctx, ctx.params.id));
}
