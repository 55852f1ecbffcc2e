import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import type { FoodsService } from './foods.service.ts';

export function registerFoodRoutes(api: ApiRouter, foods: FoodsService): void {
  api.handle(endpoints.searchFoods, ({ query, asUser, user, request }) => foods.searchFoods(query, asUser, user ? `user:${user.id}` : `ip:${request.ip}`));
  api.handle(endpoints.barcode, ({ params, asUser }) => foods.byBarcode(params.code, asUser));
  api.handle(endpoints.food, ({ params, asUser }) => foods.food(params.id, asUser));
}
