import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { UsualFoods } from '@macromuse/contract/foods/custom-foods.schemas';
import type { ApiError } from '@macromuse/contract/errors.schemas';
import type { FoodDetail, FoodSearchResponse, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { CopyDay } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight, Water, Weight } from '@macromuse/contract/ledger/body-log.schemas';
import type { CustomFoodUpdate, NewCustomFood } from '@macromuse/contract/foods/custom-foods.schemas';
import type { Account } from '@macromuse/contract/accounts/accounts.schemas';
import type { Profile, ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import type { TargetSettings, Targets } from '@macromuse/contract/targets/targets.schemas';

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
  private refreshing: Promise<'renewed' | 'refused' | 'unreachable'> | undefined;

  constructor(
    private readonly tokens: TokenStore,
    private readonly base = '',
  ) {}

  /** The id of the person signed in, or undefined. */
  signedInAs = (): string | undefined => this.tokens.get()?.user.id;
  signUp = (email: string, password: string) => this.send<AuthTokens>('POST', '/api/auth/signup', { email, password }, false);
  signIn = (email: string, password: string) => this.send<AuthTokens>('POST', '/api/auth/signin', { email, password }, false);
  signOut = () => this.send<undefined>('POST', '/api/auth/signout', {});
  profile = () => this.send<Profile>('GET', '/api/me/profile');
  saveProfile = (profile: ProfileInput) => this.send<Profile>('PUT', '/api/me/profile', profile);
  targets = () => this.send<Targets>('GET', '/api/me/targets');
  day = (date: string) => this.send<Day>('GET', `/api/days/${date}`);
  search = (q: string, signal?: AbortSignal) => this.send<FoodSearchResponse>('GET', `/api/foods/search?q=${encodeURIComponent(q)}&limit=25`, undefined, true, signal);
  food = (id: string) => this.send<FoodDetail>('GET', `/api/foods/${id}`);
  recentFoods = (meal?: string, limit = 15) => this.send<UsualFoods>('GET', `/api/foods/recent?${meal === undefined ? '' : `meal=${encodeURIComponent(meal)}&`}limit=${limit}`);
  barcode = (code: string) => this.send<FoodDetail>('GET', `/api/foods/barcode/${encodeURIComponent(code)}`);
  frequentFoods = (meal: string) => this.send<UsualFoods>('GET', `/api/foods/frequent?meal=${encodeURIComponent(meal)}&limit=15`);
  favourites = () => this.send<{ foods: FoodSummary[] }>('GET', '/api/favourites');
  addFavourite = (foodId: string) => this.send<undefined>('PUT', `/api/favourites/${encodeURIComponent(foodId)}`);
  removeFavourite = (foodId: string) => this.send<undefined>('DELETE', `/api/favourites/${encodeURIComponent(foodId)}`);
  customFoods = () => this.send<{ foods: FoodSummary[] }>('GET', '/api/foods/custom');
  createCustomFood = (food: NewCustomFood) => this.send<FoodDetail>('POST', '/api/foods', food);
  updateCustomFood = (id: string, food: CustomFoodUpdate) => this.send<FoodDetail>('PUT', `/api/foods/${id}`, food);
  deleteCustomFood = (id: string) => this.send<undefined>('DELETE', `/api/foods/${id}`);
  logEntry = (entry: NewEntry) => this.send<Entry>('POST', '/api/entries', entry);
  quickAdd = (entry: NewQuickAdd) => this.send<Entry>('POST', '/api/entries/quick-add', entry);
  editEntry = (id: string, patch: EntryPatch) => this.send<Entry>('PATCH', `/api/entries/${id}`, patch);
  deleteEntry = (id: string) => this.send<undefined>('DELETE', `/api/entries/${id}`);
  copyDay = (from: string, copy: CopyDay) => this.send<{ date: string; copied: Entry[] }>('POST', `/api/days/${from}/copy`, copy);
  weights = (from: string, to: string) => this.send<{ weights: Weight[] }>('GET', `/api/weights?from=${from}&to=${to}`);
  logWeight = (weight: NewWeight) => this.send<Weight>('POST', '/api/weights', weight);
  deleteWeight = (id: string) => this.send<undefined>('DELETE', `/api/weights/${id}`);
  logWater = (water: NewWater) => this.send<Water>('POST', '/api/water', water);
  deleteWater = (id: string) => this.send<undefined>('DELETE', `/api/water/${id}`);
  saveTargets = (settings: TargetSettings) => this.send<Targets>('PUT', '/api/me/targets', settings);
  me = () => this.send<Account>('GET', '/api/me');
  signOutEverywhere = () => this.send<undefined>('POST', '/api/auth/signout', { everywhere: true });
  deleteAccount = (password: string) => this.send<undefined>('DELETE', '/api/me', { password });
  /** The whole account as a file to save: JSON, or a zip of one CSV per table. */
  exportData = async (format: 'json' | 'zip'): Promise<Blob> => {
    const response = await this.fetchOnce('GET', `/api/me/export?format=${format}`, undefined, true);
    const retried = response.status === 401 && (await this.refresh()) === 'renewed' ? await this.fetchOnce('GET', `/api/me/export?format=${format}`, undefined, true) : response;
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
        const next = await this.read<AuthTokens>(await this.fetchOnce('POST', '/api/auth/refresh', { refreshToken: current.refreshToken }, false));
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
