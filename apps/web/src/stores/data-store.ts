import { create } from 'zustand';
import type { Day } from '@macromuse/contract/ledger/days.schemas';
import type { NewEntry } from '@macromuse/contract/ledger/entries.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: string };

export interface DataState {
  /** Days by date, as last read from the server. */
  readonly days: Readonly<Record<string, Loadable<Day>>>;
  loadDay(date: string): Promise<void>;
  /** Logs a food and shows the day with it; sent again with the same id, it is stored once. */
  logFood(entry: NewEntry): Promise<void>;
}

/** What the person logged: days, foods, and (later) the writes waiting to sync. */
export const useDataStore = create<DataState>((set, get) => ({
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
  logFood: async (entry) => {
    await api.logEntry(entry);
    await get().loadDay(entry.date);
  },
}));
