import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import { fillPath, queryString, type RequestOf, type ResponseOf } from '@macromuse/contract/endpoint';
import type { EndpointName, Endpoints, Routes } from '@macromuse/contract/endpoints';

/** What calling an endpoint sends, and what it answers. */
export type Call<N extends EndpointName> = RequestOf<Endpoints[N]>;
export type Answer<N extends EndpointName> = ResponseOf<Endpoints[N]>;
type Body<N extends EndpointName> = NonNullable<Call<N>['body']>;

/** An answer other than 2xx: its status and the server's words for what went wrong. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError | undefined,
  ) {
    super(body?.message ?? (status === 0 ? 'The server cannot be reached. Check your connection and try again.' : `The server answered ${status}.`));
  }

  /** The problem with one field, for showing it next to that field. */
  problemWith(field: string): string | undefined {
    return this.body?.fields?.find((f) => f.field === field)?.problem;
  }
}

export interface TokenStore {
  get(): AuthTokens | undefined;
  set(tokens: AuthTokens | undefined): void;
}

/**
 * The one way the app talks to the server: JSON over HTTP, derived from the contract's endpoint
 * table (its routes, and its types for what each sends and answers), refreshing the session
 * when it must.
 */
export class ApiClient {
  private refreshing: Promise<'renewed' | 'refused' | 'unreachable'> | undefined;

  constructor(
    private readonly routes: Routes,
    private readonly tokens: TokenStore,
    private readonly base = '',
  ) {}

  /** Calls an endpoint of the table by its name. */
  call<N extends EndpointName>(name: N, request: Call<N>, signal?: AbortSignal): Promise<Answer<N>> {
    const route = this.routes[name];
    // Generic over every endpoint, the parts are plain records here; each call site is checked against its endpoint.
    const parts = request as { readonly params?: Readonly<Record<string, unknown>>; readonly query?: Readonly<Record<string, unknown>>; readonly body?: unknown };
    const path = `${fillPath(route.path, parts.params)}${queryString(parts.query)}`;
    return this.send<Answer<N>>(route.method, path, parts.body, route.access !== 'public', signal);
  }

  /** The id of the person signed in, or undefined. */
  signedInAs = (): string | undefined => this.tokens.get()?.user.id;
  signUp = (email: string, password: string) => this.call('signUp', { body: { email, password } });
  signIn = (email: string, password: string) => this.call('signIn', { body: { email, password } });
  signOut = () => this.call('signOut', { body: {} });
  signOutEverywhere = () => this.call('signOut', { body: { everywhere: true } });
  me = () => this.call('me', {});
  deleteAccount = (password: string) => this.call('deleteAccount', { body: { password } });
  profile = () => this.call('profile', {});
  saveProfile = (profile: Body<'saveProfile'>) => this.call('saveProfile', { body: profile });
  targets = () => this.call('targets', {});
  saveTargets = (settings: Body<'saveTargets'>) => this.call('saveTargets', { body: settings });
  day = (date: string) => this.call('day', { params: { date } });
  search = (q: string, signal?: AbortSignal) => this.call('searchFoods', { query: { q, limit: '25' } }, signal);
  food = (id: string) => this.call('food', { params: { id } });
  barcode = (code: string) => this.call('barcode', { params: { code } });
  recentFoods = (meal?: string, limit = 15) => this.call('recentFoods', { query: { meal, limit: String(limit) } });
  frequentFoods = (meal: string) => this.call('frequentFoods', { query: { meal, limit: '15' } });
  favourites = () => this.call('favourites', {});
  addFavourite = (foodId: string) => this.call('addFavourite', { params: { foodId } });
  removeFavourite = (foodId: string) => this.call('removeFavourite', { params: { foodId } });
  customFoods = () => this.call('customFoods', {});
  createCustomFood = (food: Body<'createCustomFood'>) => this.call('createCustomFood', { body: food });
  updateCustomFood = (id: string, food: Body<'updateCustomFood'>) => this.call('updateCustomFood', { params: { id }, body: food });
  deleteCustomFood = (id: string) => this.call('deleteCustomFood', { params: { id } });
  logEntry = (entry: Body<'logEntry'>) => this.call('logEntry', { body: entry });
  quickAdd = (entry: Body<'quickAdd'>) => this.call('quickAdd', { body: entry });
  editEntry = (id: string, patch: Body<'editEntry'>) => this.call('editEntry', { params: { id }, body: patch });
  deleteEntry = (id: string) => this.call('deleteEntry', { params: { id } });
  copyDay = (from: string, copy: Body<'copyDay'>) => this.call('copyDay', { params: { date: from }, body: copy });
  weights = (from: string, to: string) => this.call('weights', { query: { from, to } });
  logWeight = (weight: Body<'logWeight'>) => this.call('logWeight', { body: weight });
  deleteWeight = (id: string) => this.call('deleteWeight', { params: { id } });
  logWater = (water: Body<'logWater'>) => this.call('logWater', { body: water });
  deleteWater = (id: string) => this.call('deleteWater', { params: { id } });
  /** The whole account as a file to save: JSON, or a zip of one CSV per table. */
  exportData = async (format: 'json' | 'zip'): Promise<Blob> => {
    const path = `${this.routes.exportAccount.path}${queryString({ format })}`;
    const response = await this.fetchOnce('GET', path, undefined, true);
    const retried = response.status === 401 && (await this.refresh()) === 'renewed' ? await this.fetchOnce('GET', path, undefined, true) : response;
    if (!retried.ok) return this.read<never>(retried);
    return retried.blob();
  };

  private async send<T>(method: string, path: string, body?: unknown, signedIn = true, signal?: AbortSignal): Promise<T> {
    const response = await this.fetchOnce(method, path, body, signedIn, signal);
    if (response.status !== 401 || !signedIn) return this.read<T>(response);
    const renewed = await this.refresh();
    if (renewed === 'renewed') return this.read<T>(await this.fetchOnce(method, path, body, signedIn, signal));
    // The session could not be renewed for want of a network: it is not over, the request just did not happen.
    if (renewed === 'unreachable') throw new ApiFailure(0, undefined);
    return this.read<T>(response);
  }

  private async fetchOnce(method: string, path: string, body: unknown, signedIn: boolean, signal?: AbortSignal): Promise<Response> {
    const token = signedIn ? this.tokens.get()?.accessToken : undefined;
    try {
      return await fetch(`${this.base}${path}`, {
        method,
        ...(signal ? { signal } : {}),
        headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(token ? { authorization: `Bearer ${token}` } : {}) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      throw new ApiFailure(0, undefined);
    }
  }

  private async read<T>(response: Response): Promise<T> {
    const text = await response.text();
    const json: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) {
      if (response.status === 401) this.tokens.set(undefined);
      throw new ApiFailure(response.status, json as ApiError | undefined);
    }
    return json as T;
  }

  /** Trades the refresh token for a new pair, once however many requests found the access token expired. */
  private refresh(): Promise<'renewed' | 'refused' | 'unreachable'> {
    const current = this.tokens.get();
    if (!current) return Promise.resolve('refused');
    this.refreshing ??= (async () => {
      try {
        const next: AuthTokens = await this.call('refresh', { body: { refreshToken: current.refreshToken } });
        this.tokens.set(next);
        return 'renewed' as const;
      } catch (error) {
        // Refused: the session is over. Not reached (no network, the server busy or down): keep it, to renew later.
        if (error instanceof ApiFailure && (error.status === 0 || error.status === 429 || error.status >= 500)) return 'unreachable' as const;
        this.tokens.set(undefined);
        return 'refused' as const;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
