import { accountEndpoints } from './accounts/accounts.endpoints.ts';
import { routesOf, type ApiRoutes } from './endpoint.ts';
import { catalogEndpoints, customFoodEndpoints, myFoodEndpoints } from './foods/foods.endpoints.ts';
import { healthEndpoints } from './health/health.endpoints.ts';
import { bodyLogEndpoints, entryEndpoints } from './ledger/ledger.endpoints.ts';
import { targetEndpoints } from './targets/targets.endpoints.ts';

/**
 * Every endpoint of the API, by name: the one table the server registers its handlers
 * against, the OpenAPI document is made from, and the web app's client is derived from.
 * A slice declares its endpoints beside its schemas and adds them here.
 */
export const endpoints = {
  ...healthEndpoints,
  ...accountEndpoints,
  ...targetEndpoints,
  ...catalogEndpoints,
  ...customFoodEndpoints,
  ...myFoodEndpoints,
  ...entryEndpoints,
  ...bodyLogEndpoints,
};

export type Endpoints = typeof endpoints;
export type EndpointName = keyof Endpoints;
export type Routes = ApiRoutes<Endpoints>;

/** The table without its schemas: what a client needs to call each endpoint (the web app is given this at build time). */
export const routes: Routes = routesOf(endpoints);
