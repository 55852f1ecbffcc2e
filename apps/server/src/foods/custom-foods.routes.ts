import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import type { CustomFoodsService } from './custom-foods.service.ts';

export function registerCustomFoodRoutes(api: ApiRouter, customFoods: CustomFoodsService): void {
  api.handle(endpoints.createCustomFood, (ctx) => customFoods.create(ctx, ctx.body));
  api.handle(endpoints.customFoods, ({ tx }) => customFoods.list(tx));
  api.handle(endpoints.updateCustomFood, (ctx) => customFoods.replace(ctx, ctx.params.id, ctx.body));
  api.handle(endpoints.deleteCustomFood, (ctx) => customFoods.remove(ctx, ctx.params.id));
}
