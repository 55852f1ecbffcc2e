import { createStore, del, delMany, entries, get, getMany, keys, set, setMany } from 'idb-keyval';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { PendingWrite } from './pending-writes.ts';
import { readKept } from './write-kinds.ts';

/**
 * What this device keeps in IndexedDB, under the signed-in person's id so two people sharing a
 * browser never see each other's data: the days seen, the writes waiting to sync, and the foods
 * used (their details, and a list of them for searching offline).
 */
export class DeviceStorage {
  private readonly store = createStore('macromuse', 'device');
  /** The outbox: one record per write, apart from the rest so reading it reads nothing else. */
  private readonly writes = createStore('macromuse-outbox', 'writes');

  constructor(private readonly userId: string) {}

  private key(...parts: string[]): string {
    return [this.userId, ...parts].join('/');
  }

  day = (date: string): Promise<Day | undefined> => this.read<Day>(this.key('day', date));
  saveDay = (day: Day): Promise<void> => this.write(this.key('day', day.date), day);

  /** The writes waiting to sync, in the order they were made. */
  async outbox(): Promise<PendingWrite[]> {
    const all = (await this.guard(() => entries<string, unknown>(this.writes))) ?? [];
    const mine = this.key('');
    // Each in this release's shape; one it cannot read (kept by a newer release) stays kept, unsent.
    return all
      .filter(([key]) => key.startsWith(mine))
      .flatMap(([, record]) => readKept(record) ?? [])
      .sort((a, b) => a.madeAt - b.madeAt || (a.key < b.key ? -1 : 1));
  }
  keepWrite = (write: PendingWrite): Promise<void> => this.guard(() => set(this.key(write.key), write, this.writes)).then(() => undefined);
  dropWrite = (key: string): Promise<void> => this.guard(() => del(this.key(key), this.writes)).then(() => undefined);

  food = (id: string): Promise<FoodDetail | undefined> => this.read<FoodDetail>(this.key('food', id));
  async saveFoods(details: readonly FoodDetail[]): Promise<void> {
    await this.guard(() => setMany(details.map((d) => [this.key('food', d.id), d]), this.store));
  }
  async hasFoods(ids: readonly string[]): Promise<boolean[]> {
    const found = await this.guard(() => getMany<FoodDetail | undefined>(ids.map((id) => this.key('food', id)), this.store));
    return ids.map((_, i) => found?.[i] !== undefined);
  }

  /** Summaries of the foods on this device: what an offline search looks through. */
  foodList = async (): Promise<FoodSummary[]> => (await this.read<FoodSummary[]>(this.key('foods'))) ?? [];
  saveFoodList = (foods: readonly FoodSummary[]): Promise<void> => this.write(this.key('foods'), foods);

  /** Removes everything this device keeps of the person (their account was deleted). */
  async forgetEverything(): Promise<void> {
    const mine = this.key('');
    for (const store of [this.store, this.writes]) {
      await this.guard(async () => delMany((await keys<string>(store)).filter((k) => k.startsWith(mine)), store));
    }
  }

  private read<T>(key: string): Promise<T | undefined> {
    return this.guard(() => get<T>(key, this.store));
  }

  private async write(key: string, value: unknown): Promise<void> {
    await this.guard(() => set(key, value, this.store));
  }

  /** A browser without IndexedDB (private modes of some) still runs the app, online only. */
  private async guard<T>(run: () => Promise<T>): Promise<T | undefined> {
    try {
      return await run();
    } catch {
      return undefined;
    }
  }
}
