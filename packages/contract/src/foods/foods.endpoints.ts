import { idParamsSchema } from '../common.schemas.ts';
import { endpoint } from '../endpoint.ts';
import {
  customFoodListSchema,
  customFoodUpdateSchema,
  favouriteParamsSchema,
  favouritesSchema,
  myFoodsQuerySchema,
  newCustomFoodSchema,
  usualFoodsSchema,
} from './custom-foods.schemas.ts';
import { barcodeParamsSchema, foodDetailSchema, foodIdParamsSchema, foodSearchQuerySchema, foodSearchResponseSchema } from './foods.schemas.ts';

/** The catalog: anyone may search it; signed in, your own foods come first. */
export const catalogEndpoints = {
  searchFoods: endpoint({
    method: 'GET',
    path: '/api/foods/search',
    tag: 'foods',
    access: 'optional-user',
    summary: 'Search foods by name (and, signed in, your own custom foods first)',
    query: foodSearchQuerySchema,
    status: 200,
    response: foodSearchResponseSchema,
  }),
  barcode: endpoint({
    method: 'GET',
    path: '/api/foods/barcode/:code',
    tag: 'foods',
    access: 'optional-user',
    summary: 'Look up a product by barcode (EAN-13, EAN-8, UPC-A, GTIN-14); signed in, your custom foods come first',
    params: barcodeParamsSchema,
    status: 200,
    response: foodDetailSchema,
  }),
  food: endpoint({
    method: 'GET',
    path: '/api/foods/:id',
    tag: 'foods',
    access: 'optional-user',
    summary: 'A food with every nutrient and portion: a catalog food by its id, or your custom food by its UUID',
    params: foodIdParamsSchema,
    status: 200,
    response: foodDetailSchema,
  }),
};

/** Foods a person made. */
export const customFoodEndpoints = {
  createCustomFood: endpoint({
    method: 'POST',
    path: '/api/foods',
    tag: 'custom foods',
    access: 'user',
    summary: 'Create a custom food (found by your search and barcode lookup only)',
    description: 'Nutrients by USDA number, per 100 g or per serving (then servingGrams is required). Sending the same id again returns the food created the first time.',
    body: newCustomFoodSchema,
    status: 201,
    response: foodDetailSchema,
  }),
  customFoods: endpoint({
    method: 'GET',
    path: '/api/foods/custom',
    tag: 'custom foods',
    access: 'user',
    summary: 'Your custom foods, most recently changed first',
    status: 200,
    response: customFoodListSchema,
  }),
  updateCustomFood: endpoint({
    method: 'PUT',
    path: '/api/foods/:id',
    tag: 'custom foods',
    access: 'user',
    summary: 'Replace a custom food (entries already logged keep the values they were logged with)',
    params: idParamsSchema,
    body: customFoodUpdateSchema,
    status: 200,
    response: foodDetailSchema,
  }),
  deleteCustomFood: endpoint({
    method: 'DELETE',
    path: '/api/foods/:id',
    tag: 'custom foods',
    access: 'user',
    summary: 'Delete a custom food (entries already logged keep it)',
    params: idParamsSchema,
    status: 204,
  }),
};

/** The foods a person uses: recent, frequent, favourite. */
export const myFoodEndpoints = {
  recentFoods: endpoint({
    method: 'GET',
    path: '/api/foods/recent',
    tag: 'my foods',
    access: 'user',
    summary: 'Foods you logged lately (optionally to one meal), each with how you last logged it',
    query: myFoodsQuerySchema,
    status: 200,
    response: usualFoodsSchema,
  }),
  frequentFoods: endpoint({
    method: 'GET',
    path: '/api/foods/frequent',
    tag: 'my foods',
    access: 'user',
    summary: 'Foods you log most often (last 90 days, optionally to one meal)',
    query: myFoodsQuerySchema,
    status: 200,
    response: usualFoodsSchema,
  }),
  favourites: endpoint({
    method: 'GET',
    path: '/api/favourites',
    tag: 'my foods',
    access: 'user',
    summary: 'Your favourite foods, newest first',
    status: 200,
    response: favouritesSchema,
  }),
  addFavourite: endpoint({
    method: 'PUT',
    path: '/api/favourites/:foodId',
    tag: 'my foods',
    access: 'user',
    summary: 'Mark a food as a favourite (again: no change)',
    params: favouriteParamsSchema,
    status: 204,
  }),
  removeFavourite: endpoint({
    method: 'DELETE',
    path: '/api/favourites/:foodId',
    tag: 'my foods',
    access: 'user',
    summary: 'Remove a food from your favourites (again: no change)',
    params: favouriteParamsSchema,
    status: 204,
  }),
};
