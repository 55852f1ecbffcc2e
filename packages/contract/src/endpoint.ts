import type { z } from 'zod';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Who may call an endpoint: anyone, anyone (more when signed in), or a signed-in person only. */
export type Access = 'public' | 'optional-user' | 'user';

/**
 * One HTTP endpoint, declared once: the server registers its handler against it, validates
 * requests and answers with its schemas and describes it in the OpenAPI document; the web
 * app's client is derived from it.
 */
export interface Endpoint {
  readonly method: Method;
  /** Fastify syntax: /api/entries/:id */
  readonly path: string;
  readonly access: Access;
  /** The OpenAPI tag it is listed under. */
  readonly tag: string;
  readonly summary: string;
  readonly description?: string;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The body may be left out (it is read as {}); otherwise a body the endpoint takes must be sent. */
  readonly bodyOptional?: true;
  /** The 2xx status; 204 carries nothing. */
  readonly status: 200 | 201 | 204;
  /** What a 200 or 201 carries, when it is JSON. */
  readonly response?: z.ZodType;
  /** A response that is not JSON (a zip file, ...): its media type. */
  readonly produces?: string;
}

/** Declares an endpoint, keeping its literal types (path, access, schemas) for both sides. */
export const endpoint = <const E extends Endpoint>(declared: E): E => declared;

/** Parts of a request that are optional when every field in them is. */
type Part<Name extends string, S> = S extends z.ZodType
  ? object extends z.input<S>
    ? { readonly [K in Name]?: z.input<S> }
    : { readonly [K in Name]: z.input<S> }
  : { readonly [K in Name]?: never };

/** What a caller sends: path params, query and body, each as its schema accepts it. */
export type RequestOf<E extends Endpoint> = Part<'params', E['params']> & Part<'query', E['query']> & Part<'body', E['body']>;

/** What a caller receives on success. */
export type ResponseOf<E extends Endpoint> = E extends { readonly status: 204 } ? undefined : E['response'] extends z.ZodType ? z.output<E['response']> : unknown;

/** What a handler returns: the response as its schema accepts it. */
export type HandlerResultOf<E extends Endpoint> = E extends { readonly status: 204 } ? undefined : E['response'] extends z.ZodType ? z.input<E['response']> : unknown;

/** The part of an endpoint a client needs to call it, without its schemas (the web app ships no zod). */
export interface ApiRoute {
  readonly method: Method;
  readonly path: string;
  readonly access: Access;
  readonly status: number;
}

export type ApiRoutes<T extends Readonly<Record<string, Endpoint>>> = { readonly [K in keyof T]: ApiRoute };

/** The routes of a table of endpoints, for a client. */
export function routesOf<T extends Readonly<Record<string, Endpoint>>>(table: T): ApiRoutes<T> {
  return Object.fromEntries(Object.entries(table).map(([name, e]) => [name, { method: e.method, path: e.path, access: e.access, status: e.status }])) as ApiRoutes<T>;
}

/** A path with its `:params` filled in, each escaped. */
export function fillPath(path: string, params: Readonly<Record<string, unknown>> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`${path}: the path parameter ${name} is missing`);
    return encodeURIComponent(String(value));
  });
}

/** A query string (with its `?`) of the values given, or '' when none is. */
export function queryString(query: Readonly<Record<string, unknown>> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined && value !== null) search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The OpenAPI form of a path: /api/entries/{id}. */
export const openApiPath = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}');
