import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Db, Queryable } from '../db/client.ts';
import { asUser } from '../db/user-scope.ts';
import { HttpError, badField, badRequestFromZod } from './http-errors.ts';
import type { RateLimits } from './rate-limits.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Who a request acts for, from its access token. */
export interface RequestUser {
  readonly id: string;
  readonly sessionId: string;
}

interface BaseContext<P, Q, B> {
  readonly params: Parsed<P>;
  readonly query: Parsed<Q>;
  readonly body: Parsed<B>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/** A signed-in request: its queries run in `tx`, as the user, under Row Level Security. */
export interface UserContext<P, Q, B> extends BaseContext<P, Q, B> {
  readonly user: RequestUser;
  readonly tx: Queryable;
}

/** A request that may be signed in: `asUser` runs work as the user when there is one. */
export interface OptionalUserContext<P, Q, B> extends BaseContext<P, Q, B> {
  readonly user: RequestUser | undefined;
  asUser<T>(work: (tx: Queryable) => Promise<T>): Promise<T | undefined>;
}

interface RouteDoc<P, Q, B> {
  readonly method: Method;
  /** Fastify syntax: /api/entries/:id */
  readonly path: string;
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The 2xx status and what it carries (none for 204). */
  readonly status?: number;
  readonly response?: z.ZodType;
  /** A response that is not JSON (a zip file, ...): its media type. */
  readonly produces?: string;
}

export type RouteSpec<P, Q, B> =
  | (RouteDoc<P, Q, B> & { readonly access: 'public'; handler(ctx: BaseContext<P, Q, B>): Promise<unknown> })
  | (RouteDoc<P, Q, B> & { readonly access: 'optional-user'; handler(ctx: OptionalUserContext<P, Q, B>): Promise<unknown> })
  | (RouteDoc<P, Q, B> & { readonly access: 'user'; handler(ctx: UserContext<P, Q, B>): Promise<unknown> });

/** Checks an access token; what the route layer needs of the accounts slice. */
export interface Authenticator {
  verify(token: string): Promise<RequestUser | { readonly refused: string }>;
}

const unauthorized = (message: string): HttpError => new HttpError(401, 'unauthorized', message);

/** The path of the first string holding a NUL character (PostgreSQL cannot store one), if any. */
function nulCharacterAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (value === null || typeof value !== 'object') return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const found = nulCharacterAt(inner, path ? `${path}.${key}` : key);
    if (found !== undefined) return found;
  }
  return undefined;
}

function parse<S>(schema: S | undefined, value: unknown, where: string): Parsed<S> {
  if (!(schema instanceof z.ZodType)) return undefined as Parsed<S>;
  const nul = nulCharacterAt(value, '');
  if (nul !== undefined) {
    throw badField(nul || '(request)', 'must not contain NUL characters');
  }
  // A missing body or query string reads as {}: routes whose fields are all optional need none.
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    if (where === 'body' && value === undefined) throw new HttpError(400, 'bad_request', 'The request needs a JSON body (Content-Type: application/json)');
    throw badRequestFromZod(result.error);
  }
  return result.data as Parsed<S>;
}

interface Recorded {
  readonly spec: RouteDoc<unknown, unknown, unknown> & { readonly access: RouteSpec<unknown, unknown, unknown>['access'] };
}

/**
 * Registers routes with their zod schemas once: the same schemas validate requests and
 * describe the API in the OpenAPI document, so the two cannot drift apart.
 */
export class ApiRouter {
  private readonly routes: Recorded[] = [];

  constructor(
    private readonly app: FastifyInstance,
    private readonly db: Db,
    private readonly auth: Authenticator,
    private readonly limits: RateLimits,
  ) {}

  route<P extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<P, Q, B>,
  ): void {
    this.routes.push({ spec: spec as Recorded['spec'] });
    this.app.route({
      method: spec.method,
      url: spec.path,
      handler: async (request, reply) => {
        const user = spec.access === 'public' ? undefined : await this.authenticate(request, spec.access === 'user');
        if (user) await this.limits.perUser(user.id);
        else if (spec.access === 'optional-user') await this.limits.perAnonymousIp(request.ip);
        const base = {
          params: parse(spec.params, request.params, 'path'),
          query: parse(spec.query, request.query, 'query'),
          body: parse(spec.body, request.body, 'body'),
          request,
          reply,
        };
        let result: unknown;
        if (spec.access === 'public') {
          result = await spec.handler(base);
        } else if (spec.access === 'user') {
          if (!user) throw unauthorized('Sign in first: send Authorization: Bearer <accessToken>');
          result = await this.scoped(user, (tx) => spec.handler({ ...base, user, tx }));
        } else {
          result = await spec.handler({
            ...base,
            user,
            asUser: async (work) => (user ? this.scoped(user, work) : undefined),
          });
        }
        if (reply.sent) return reply;
        void reply.status(spec.status ?? 200);
        return spec.status === 204 ? reply.send() : result;
      },
    });
  }

  /** The user's work in one transaction as that user, refused if the session has ended. */
  private scoped<T>(user: RequestUser, work: (tx: Queryable) => Promise<T>): Promise<T> {
    return asUser(this.db, user.id, work, user.sessionId);
  }

  private async authenticate(request: FastifyRequest, required: boolean): Promise<RequestUser | undefined> {
    const header = request.headers.authorization;
    if (header === undefined) {
      if (required) throw unauthorized('Sign in first: send Authorization: Bearer <accessToken>');
      return undefined;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw unauthorized('The Authorization header must be "Bearer <accessToken>"');
    const verified = await this.auth.verify(match[1]);
    if ('refused' in verified) throw unauthorized(`Sign in again: ${verified.refused}`);
    return verified;
  }

  /** The OpenAPI 3.1 description of every route registered so far. */
  openApiDocument(info: { title: string; version: string; description: string }): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const { spec } of this.routes) {
      const path = spec.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const operation: Record<string, unknown> = {
        tags: [spec.tag],
        summary: spec.summary,
        ...(spec.description ? { description: spec.description } : {}),
        operationId: `${spec.method.toLowerCase()}${path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
        parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
        ...(spec.body instanceof z.ZodType ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } } : {}),
        responses: responses(spec),
        ...(spec.access === 'user' ? { security: [{ bearer: [] }] } : spec.access === 'optional-user' ? { security: [{}, { bearer: [] }] } : {}),
      };
      (paths[path] ??= {})[spec.method.toLowerCase()] = operation;
    }
    return {
      openapi: '3.1.0',
      info,
      paths,
      components: {
        securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
        schemas: { Error: jsonSchema(ERROR_SCHEMA, 'output') },
      },
    };
  }

  /** Method and path of every route, for checks that each one is described and guarded. */
  list(): readonly { method: Method; path: string; access: RouteSpec<unknown, unknown, unknown>['access'] }[] {
    return this.routes.map(({ spec }) => ({ method: spec.method, path: spec.path, access: spec.access }));
  }
}

const ERROR_SCHEMA = z.object({
  error: z.string(),
  message: z.string(),
  fields: z.array(z.object({ field: z.string(), problem: z.string() })).optional(),
});

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete generated['$schema'];
  return generated;
}

function parameters(schema: z.ZodType | unknown, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!(schema instanceof z.ZodType)) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
}

function responses(spec: RouteDoc<unknown, unknown, unknown> & { access: string }): Record<string, unknown> {
  const status = String(spec.status ?? 200);
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  const success =
    spec.status === 204
      ? { description: 'Done' }
      : spec.produces
        ? { description: 'OK', content: { [spec.produces]: { schema: { type: 'string', format: 'binary' } } } }
        : { description: 'OK', content: { 'application/json': { schema: spec.response ? jsonSchema(spec.response, 'output') : {} } } };
  return {
    [status]: success,
    '400': error('The request is malformed; the message names the field and the rule'),
    ...(spec.access !== 'public' ? { '401': error('Not signed in, or the session has ended') } : {}),
    ...(spec.path.includes(':') ? { '404': error('Not found (or not yours)') } : {}),
    '429': error('Too many requests; see the Retry-After header'),
  };
}
