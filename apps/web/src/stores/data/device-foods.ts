import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure, type ApiClient } from '../../api/api-client.ts';
import { rememberFoods, searchFoodsOnDevice, summaryOf } from '../../offline/device-search.ts';
import type { DeviceStorage } from '../../offline/device-storage.ts';

const MAX_PREFETCHED_FOODS = 40;

/**
 * The foods one person has used, kept on this device so they can be found and logged offline:
 * a list of summaries (what the offline search reads) and the details of those opened or logged.
 */
export class DeviceFoods {
  private readonly details = new Map<string, FoodDetail>();
  /** Changes to the device's food list, one after another so none is lost. */
  private listChanges: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly api: ApiClient,
    private readonly storage: DeviceStorage,
  ) {}

  close(): void {
    this.closed = true;
  }

  /** A detail already at hand, without asking anyone. */
  known(id: string): FoodDetail | undefined {
    return this.details.get(id);
  }

  /** Adds foods to the device's list (for searching offline) and their details (for logging offline). */
  remember(details: readonly FoodDetail[], summaries: readonly FoodSummary[] = details.map(summaryOf)): Promise<void> {
    for (const d of details) this.details.set(d.id, d);
    this.listChanges = this.listChanges.then(async () => {
      if (details.length > 0) await this.storage.saveFoods(details);
      await this.storage.saveFoodList(rememberFoods(await this.storage.foodList(), summaries));
    });
    return this.listChanges;
  }

  /** Forgets a food from the list (a custom food deleted); its detail stays for the entries that used it. */
  forget(id: string): Promise<void> {
    this.listChanges = this.listChanges.then(async () => {
      await this.storage.saveFoodList((await this.storage.foodList()).filter((f) => f.id !== id));
    });
    return this.listChanges;
  }

  /** While online: the recent, favourite and custom foods, with the details the device lacks, kept for offline use. */
  async keepForOffline(): Promise<void> {
    try {
      const [recent, favourites, custom] = await Promise.all([this.api.recentFoods(undefined, 30), this.api.favourites(), this.api.customFoods()]);
      const summaries = [...recent.foods.map((u) => u.food), ...favourites.foods, ...custom.foods];
      await this.remember([], summaries);
      const ids = [...new Set(summaries.map((f) => f.id))];
      const kept = await this.storage.hasFoods(ids);
      // Only what the device lacks: the server weighs each entry itself when it arrives, so a detail kept before is good enough to log with.
      const missing = ids.filter((_, i) => !kept[i]).slice(0, MAX_PREFETCHED_FOODS);
      for (const id of missing) {
        if (this.closed) return;
        await this.remember([await this.api.food(id)]);
      }
    } catch {
      // Offline or refused: the device keeps what it has.
    }
  }

  /** A food's detail from the server, or from this device when the server cannot be reached. */
  async detail(id: string): Promise<FoodDetail> {
    const known = this.details.get(id);
    try {
      const food = await this.api.food(id);
      void this.remember([food]);
      return food;
    } catch (error) {
      if (!(error instanceof ApiFailure && error.status === 0)) throw error;
      const kept = known ?? (await this.storage.food(id));
      if (!kept) throw new ApiFailure(0, { error: 'offline', message: "You're offline, and this food isn't saved on this device yet." });
      this.details.set(id, kept);
      return kept;
    }
  }

  /** Foods kept on this device whose names match the text. */
  async search(query: string): Promise<FoodSummary[]> {
    return searchFoodsOnDevice(await this.storage.foodList(), query);
  }

  /** The foods kept on this device, most recently used first. */
  list(): Promise<FoodSummary[]> {
    return this.storage.foodList();
  }
}
