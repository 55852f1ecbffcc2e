import type { CustomFoodUpdate } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import type { ApiClient } from '../../api/api-client.ts';
import { summaryOf } from '../../offline/device-search.ts';
import type { DeviceFoods } from './device-foods.ts';
import { failedList, type Listed } from './loadable.ts';

export interface MyFoodsState {
  /** The person's favourite foods, newest first. */
  readonly favourites: Listed<FoodSummary>;
  /** The foods the person made. */
  readonly customFoods: Listed<FoodSummary>;
}

export const MY_FOODS_NOT_READ: MyFoodsState = { favourites: { state: 'loading' }, customFoods: { state: 'loading' } };

type Which = keyof MyFoodsState;

/**
 * One person's favourites and custom foods: read when first shown, changed at once on the screen
 * when the person changes them, and put back as the server has them if it refuses.
 */
export class MyFoods {
  private readonly requests: Record<Which, number> = { favourites: 0, customFoods: 0 };
  private closed = false;

  constructor(
    private readonly api: ApiClient,
    private readonly deviceFoods: DeviceFoods,
    private readonly state: { get(): MyFoodsState; set(changes: Partial<MyFoodsState>): void },
  ) {}

  close(): void {
    this.closed = true;
  }

  /** Reads a list from the server, keeping what is shown until the new list is there (loading when `afresh`). */
  async read(which: Which, afresh = false): Promise<void> {
    if (this.closed) return;
    const request = ++this.requests[which];
    if (afresh) this.set(which, { state: 'loading' });
    try {
      const foods = (await (which === 'favourites' ? this.api.favourites() : this.api.customFoods())).foods;
      if (request === this.requests[which]) this.set(which, { state: 'ready', items: foods });
    } catch (error) {
      if (request === this.requests[which]) this.set(which, failedList(error));
    }
  }

  /** Marks or unmarks a favourite: shown at once, put back (and the error thrown) if the server refuses. */
  async setFavourite(food: FoodSummary, on: boolean): Promise<void> {
    this.change('favourites', (foods) => (on ? [food, ...foods.filter((f) => f.id !== food.id)] : foods.filter((f) => f.id !== food.id)));
    try {
      await (on ? this.api.addFavourite(food.id) : this.api.removeFavourite(food.id));
      if (on) void this.deviceFoods.remember([], [food]);
    } catch (error) {
      void this.read('favourites');
      throw error;
    }
  }

  /** Creates a custom food (`id` new) or replaces one; the list shows it once the server has it. */
  async save(id: string, food: CustomFoodUpdate, replacing: boolean): Promise<FoodDetail> {
    const saved = replacing ? await this.api.updateCustomFood(id, food) : await this.api.createCustomFood({ id, ...food });
    const summary = summaryOf(saved);
    this.change('customFoods', (foods) => (replacing ? foods.map((f) => (f.id === saved.id ? summary : f)) : [summary, ...foods]));
    this.change('favourites', (foods) => foods.map((f) => (f.id === saved.id ? summary : f)));
    void this.deviceFoods.remember([saved]);
    return saved;
  }

  /** Deletes a custom food: gone from the list at once, back (and the error thrown) if the server refuses. */
  async delete(food: FoodSummary): Promise<void> {
    this.change('customFoods', (foods) => foods.filter((f) => f.id !== food.id));
    this.change('favourites', (foods) => foods.filter((f) => f.id !== food.id));
    try {
      await this.api.deleteCustomFood(food.id);
      void this.deviceFoods.forget(food.id);
    } catch (error) {
      void this.read('customFoods');
      void this.read('favourites');
      throw error;
    }
  }

  private change(which: Which, edit: (items: readonly FoodSummary[]) => readonly FoodSummary[]): void {
    const list = this.state.get()[which];
    // A change made while a list is read is in the server's answer, or is put right by reading again.
    this.requests[which] += 1;
    if (list.state === 'ready') this.set(which, { state: 'ready', items: edit(list.items) });
    else void this.read(which);
  }

  private set(which: Which, list: Listed<FoodSummary>): void {
    if (!this.closed) this.state.set({ [which]: list });
  }
}
