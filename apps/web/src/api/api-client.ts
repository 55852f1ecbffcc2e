import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { UsualFoods } from '@macromuse/contract/foods/custom-foods.schemas';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { FoodDetail, FoodSearchResponse } from '@macromuse/contract/foods/foods.schemas';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, NewEntry } from '@macromuse/contract/ledger/entries.schemas';
import type { Profile, ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';

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

/** The one way the app talks to the server: JSON over HTTP, typed by the contract, refreshing the session when it must. */
export class ApiClient {
  private refreshing: Promise<boolean> | undefined;

  constructor(
    private readonly tokens: TokenStore,
    private readonly base = '',
  ) {}

  signUp = (email: string, password: string) => this.send<AuthTokens>('POST', '/api/auth/signup', { email, password }, false);
  signIn = (email: string, password: string) => this.send<AuthTokens>('POST', '/api/auth/signin', { email, password }, false);
  signOut = () => this.send<undefined>('POST', '/api/auth/signout', {});
  profile = () => this.send<Profile>('GET', '/api/me/profile');
  saveProfile = (profile: ProfileInput) => this.send<Profile>('PUT', '/api/me/profile', profile);
  targets = () => this.send<Targets>('GET', '/api/me/targets');
  day = (date: string) => this.send<Day>('GET', `/api/days/${date}`);
  search = (q: string, signal?: AbortSignal) => this.send<FoodSearchResponse>('GET', `/api/foods/search?q=${encodeURIComponent(q)}&limit=25`, undefined, true, signal);
  food = (id: string) => this.send<FoodDetail>('GET', `/api/foods/${id}`);
  recentFoods = (meal: string) => this.send<UsualFoods>('GET', `/api/foods/recent?meal=${encodeURIComponent(meal)}&limit=15`);
  logEntry = (entry: NewEntry) => this.send<Entry>('POST', '/api/entries', entry);

  private async send<T>(method: string, path: string, body?: unknown, signedIn = true, signal?: AbortSignal): Promise<T> {
    const response = await this.fetchOnce(method, path, body, signedIn, signal);
    if (response.status === 401 && signedIn && (await this.refresh())) return this.read<T>(await this.fetchOnce(method, path, body, signedIn, signal));
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
  private refresh(): Promise<boolean> {
    const current = this.tokens.get();
    if (!current) return Promise.resolve(false);
    this.refreshing ??= (async () => {
      try {
        const next = await this.read<AuthTokens>(await this.fetchOnce('POST', '/api/auth/refresh', { refreshToken: current.refreshToken }, false));
        this.tokens.set(next);
        return true;
      } catch {
        this.tokens.set(undefined);
        return false;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }
}
