import { endpoints } from '@macromuse/contract/endpoints';
import type { ApiRouter } from '../http/api-router.ts';
import { favourite, favourites, unfavourite, usual } from './my-foods.service.ts';

export function registerMyFoodsRoutes(api: ApiRouter): void {
  api.handle(endpoints.recentFoods, ({ query, tx }) => usual(tx, 'recent', query));
  api.handle(endpoints.frequentFoods, ({ query, tx }) => usual(tx, 'frequent', query));
  api.handle(endpoints.favourites, ({ tx }) => favourites(tx));
  api.handle(endpoints.addFavourite, (ctx) => favourite(ctx, ctx.params.foodId));
  api.handle(endpoints.removeFavourite, (ctx) => unfavourite(ctx, ctx.params.foodId));
}
