import { randomUUID } from 'node:crypto';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import { fillPath, queryString } from '@macromuse/contract/endpoint';
import { endpoints, type EndpointName } from '@macromuse/contract/endpoints';
import { newEmail, PASSWORD } from './factories.ts';

export interface ApiResponse<T = unknown> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

/** The parts of a request to an endpoint, untyped: tests send what they like, valid or not. */
export interface EndpointRequest {
  readonly params?: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string | number>>;
  readonly body?: unknown;
}

/** Talks to a running server over real HTTP, as one signed-in user (or none). */
export class ApiClient {
  constructor(
    readonly base: string,
    public tokens?: AuthTokens,
  ) {}

  /** The tokens of a signed-in client. */
  get session(): AuthTokens {
    if (!this.tokens) throw new Error('not signed in');
    return this.tokens;
  }

  get userId(): string {
    return this.session.user.id;
  }

  async request<T = unknown>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.tokens ? { authorization: `Bearer ${this.tokens.accessToken}` } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await response.text();
    const type = response.headers.get('content-type') ?? '';
    return { status: response.status, body: (type.includes('json') && text ? JSON.parse(text) : text) as T, headers: response.headers };
  }

  /** Calls an endpoint of the table by name (its path filled in from `params`, `query` added). */
  call<T = unknown>(name: EndpointName, request: EndpointRequest = {}): Promise<ApiResponse<T>> {
    const e = endpoints[name];
    return this.request<T>(e.method, `${fillPath(e.path, request.params)}${queryString(request.query)}`, request.body);
  }

  get = <T = unknown>(path: string) => this.request<T>('GET', path);
  post = <T = unknown>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  put = <T = unknown>(path: string, body?: unknown) => this.request<T>('PUT', path, body);
  patch = <T = unknown>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  delete = <T = unknown>(path: string, body?: unknown) => this.request<T>('DELETE', path, body);

  /** Signs up a new account and returns a client acting for it. */
  static async signUp(base: string, email = newEmail(), password = PASSWORD): Promise<ApiClient> {
    const response = await new ApiClient(base).post<AuthTokens>('/api/auth/signup', { email, password });
    if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${JSON.stringify(response.body)}`);
    return new ApiClient(base, response.body);
  }
}

export const uuid = (): string => randomUUID();

export const PROFILE = {
  sex: 'female',
  birthDate: '1990-06-15',
  heightCm: 165,
  weightKg: 60,
  activity: 'light',
  goal: 'maintain',
  timeZone: 'Europe/Paris',
} as const;
