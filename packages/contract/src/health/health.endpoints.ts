import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import { healthSchema } from './health.schemas.ts';

export const healthEndpoints = {
  health: endpoint({
    method: 'GET',
    path: '/healthz',
    tag: 'health',
    access: 'public',
    summary: 'Liveness, and the state of the food catalog and its imports',
    status: 200,
    response: healthSchema,
  }),
  openApi: endpoint({
    method: 'GET',
    path: '/api/openapi.json',
    tag: 'health',
    access: 'public',
    summary: 'This description of the API (OpenAPI 3.1)',
    status: 200,
    response: z.record(z.string(), z.unknown()),
  }),
};
