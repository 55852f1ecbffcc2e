import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { errorSchema } from '@macromuse/contract/errors.schemas';
import { openApiPath, type Endpoint, type HandlerResultOf } from '@macromuse/contract/endpoint';
import type { Queryable } from '../db/client.ts';
import { SessionEnded } from '../db/user-scope.ts';
import type { EventSink } from '../events/event-bus.ts';
import type { Transactions, UnitOfWork, UserWork } from '../events/transactions.ts';
import { HttpError, badRequestFromZod } from './http-errors.ts';
import type { RateLimits } from './rate-limits.ts';
import { assertValidText, queryProblem } from './request-text.ts';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;

/** Who a request acts for, from its access token. */
export interface RequestUser {
  readonly id: string;
  readonly sessionId: string;
}

interface BaseContext<E extends Endpoint> {
  readonly params: Parsed<E['params']>;
  readonly query: Parsed<E['query']>;
  readonly body: Parsed<E['body']>;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
}

/**
 * A signed-in request: its queries run in `tx`, as the user, under Row Level Security; the
 * events it raises are delivered once its transaction commits.
 */
export interface UserContext<E extends Endpoint> extends BaseContext<E>, UserWork {
  readonly user: RequestUser;
  readonly userId: string;
  readonly tx: Queryable;
  readonly events: EventSink;
}

/** A request that may be signed in: `asUser` runs work as the user when there is one. */
export interface OptionalUserContext<E extends Endpoint> extends BaseContext<E> {
  readonly user: RequestUser | undefined;
  asUser<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T | undefined>;
}

/** What a handler of an endpoint is given, by the endpoint's access. */
export type ContextOf<E extends Endpoint> = E['access'] extends 'user' ? UserContext<E> : E['access'] extends 'optional-user' ? OptionalUserContext<E> : BaseContext<E>;

export type Handler<E extends Endpoint> = E extends { readonly status: 204 } ? (ctx: ContextOf<E>) => Promise<void> : (ctx: ContextOf<E>) => Promise<HandlerResultOf<E>>;

/** Checks an access token; what the route layer needs of the accounts slice. */
export interface Authenticator {
  verify(token: string): Promise<RequestUser | { readonly refused: string }>;
}

const unauthorized = (message: string): HttpError => new HttpError(401, 'unauthorized', message);

function parse<S>(schema: S | undefined, value: unknown, where: 'path' | 'query' | 'body', optional = false): Parsed<S> {
  if (!(schema instanceof z.ZodType)) return undefined as Parsed<S>;
  if (where === 'query') {
    const problem = queryProblem(value);
    if (problem) throw problem;
  }
  // A body the endpoint takes must be sent, even where all its fields may be left out: none (or
  // JSON null) is refused rather than read as {}, which would reset what {} means.
  if (where === 'body' && !optional && (value === undefined || value === null)) {
    throw new HttpError(400, 'bad_request', 'The request needs a JSON body (Content-Type: application/json)');
  }
  assertValidText(value, where);
  // A query string may be left out (its fields are all optional where it may), and so may an optional body.
  const result = schema.safeParse(value ?? {});
  if (!result.success) throw badRequestFromZod(result.error);
  return result.data as Parsed<S>;
}

/**
 * Registers the handlers of the endpoint table (`@macromuse/contract/endpoints`): the same
 * declarations validate requests, check answers and describe the API in the OpenAPI document,
 * so the three cannot drift apart.
 */
export class ApiRouter {
  private readonly handled = new Set<Endpoint>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly transactions: Transactions,
    private readonly auth: Authenticator,
    private readonly limits: RateLimits,
    /** Check every answer against its endpoint's response schema (tests and development). */
    private readonly checkResponses = false,
  ) {}

  handle<E extends Endpoint>(endpoint: E, handler: Handler<E>): void {
    if (this.handled.has(endpoint)) throw new Error(`${endpoint.method} ${endpoint.path} is handled twice`);
    this.handled.add(endpoint);
    const run = handler as (ctx: unknown) => Promise<unknown>;
    this.app.route({
      method: endpoint.method,
      url: endpoint.path,
      handler: async (request, reply) => {
        const user = endpoint.access === 'public' ? undefined : await this.authenticate(request, endpoint.access === 'user');
        if (user) await this.limits.perUser(user.id);
        else if (endpoint.access === 'optional-user') await this.limits.perAnonymousIp(request.ip);
        const base = {
          params: parse(endpoint.params, request.params, 'path'),
          query: parse(endpoint.query, request.query, 'query'),
          body: parse(endpoint.body, request.body, 'body', endpoint.bodyOptional),
          request,
          reply,
        };
        let result: unknown;
        if (endpoint.access === 'public') {
          result = await run(base);
        } else if (endpoint.access === 'user') {
          if (!user) throw unauthorized('Sign in first: send Authorization: Bearer <accessToken>');
          result = await this.scoped(user, (unit) => run({ ...base, ...unit, user, userId: user.id }));
        } else {
          result = await run({ ...base, user, asUser: async <T>(work: (unit: UnitOfWork) => Promise<T>) => (user ? this.scoped(user, work) : undefined) });
        }
        if (reply.sent) return reply;
        void reply.status(endpoint.status);
        if (endpoint.status === 204) return reply.send();
        if (this.checkResponses) checkAnswer(endpoint, result);
        // Fastify answers a null result with an empty body: send JSON null as it is.
        return result === null ? reply.type('application/json').send('null') : result;
      },
    });
  }

  /** Fails unless every endpoint of the table has its handler. */
  assertHandles(table: Readonly<Record<string, Endpoint>>): void {
    const missing = Object.entries(table).filter(([, e]) => !this.handled.has(e));
    if (missing.length > 0) throw new Error(`No handler for ${missing.map(([name, e]) => `${name} (${e.method} ${e.path})`).join(', ')}`);
  }

  /** The user's work in one transaction as that user, refused if the session has ended. */
  private async scoped<T>(user: RequestUser, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    try {
      return await this.transactions.asUser(user.id, work, user.sessionId);
    } catch (error) {
      if (error instanceof SessionEnded) throw unauthorized(error.message);
      throw error;
    }
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
}

/** An answer that its schema refuses, or that carries fields the schema does not describe, is a bug: it fails loudly. */
function checkAnswer(endpoint: Endpoint, result: unknown): void {
  if (!endpoint.response) return;
  const checked = endpoint.response.safeParse(result);
  const where = `${endpoint.method} ${endpoint.path}`;
  if (!checked.success) throw new Error(`${where} answered what its response schema refuses: ${checked.error.message}`);
  const extra = undescribed(result, checked.data, '');
  if (extra) throw new Error(`${where} answered a field its response schema does not describe: ${extra}`);
}

/** The first key of `sent` that the parsed form dropped (zod strips keys a schema does not name). */
function undescribed(sent: unknown, parsed: unknown, path: string): string | undefined {
  const pending: [unknown, unknown, string][] = [[sent, parsed, path]];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const [a, b, at] = item;
    if (a === null || typeof a !== 'object' || b === null || typeof b !== 'object') continue;
    if (a instanceof Date || a instanceof Uint8Array) continue;
    for (const [key, value] of Object.entries(a)) {
      if (value === undefined) continue;
      const inner = at ? `${at}.${key}` : key;
      if (!(key in b)) return inner;
      pending.push([value, (b as Record<string, unknown>)[key], inner]);
    }
  }
  return undefined;
}

/** The OpenAPI 3.1 description of a table of endpoints. */
export function openApiDocument(table: Readonly<Record<string, Endpoint>>, info: { title: string; version: string; description: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, spec] of Object.entries(table)) {
    const path = openApiPath(spec.path);
    const operation: Record<string, unknown> = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      operationId: name,
      parameters: [...parameters(spec.params, 'path'), ...parameters(spec.query, 'query')],
      ...(spec.body ? { requestBody: { required: spec.bodyOptional !== true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } } } : {}),
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
      schemas: { Error: jsonSchema(errorSchema, 'output') },
    },
  };
}

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as Record<string, unknown>;
  delete generated['$schema'];
  return generated;
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query'): Record<string, unknown>[] {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, Record<string, unknown>>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (object.required ?? []).includes(name),
    schema: property,
    ...(typeof property['description'] === 'string' ? { description: property['description'] } : {}),
  }));
}

function responses(spec: Endpoint): Record<string, unknown> {
  const status = String(spec.status);
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
