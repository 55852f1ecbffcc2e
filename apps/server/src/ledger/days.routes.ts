import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import type { NutrientDefinitions } from '../foods/nutrient-definitions.ts';
import { assembleDay, copyDay } from './days.service.ts';

export function registerDayRoutes(api: ApiRouter, nutrientDefinitions: NutrientDefinitions): void {
  api.handle(endpoints.day, ({ params, tx }) => assembleDay(tx, params.date, nutrientDefinitions));
  api.handle(endpoints.copyDay, (ctx) => copyDay(ctx, ctx.params.date, ctx.body));
}
