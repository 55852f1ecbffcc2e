import { create } from 'zustand';
import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight } from '@macromuse/contract/ledger/body-log.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { quickValuesOf } from '@macromuse/core/ledger/entry-mutations';
import { DEFAULT_MEALS } from '@macromuse/core/ledger/meals';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { DeviceStorage } from '../offline/device-storage.ts';
import { rememberFoods, searchFoodsOnDevice, summaryOf } from '../offline/device-search.ts';
import { Outbox } from '../offline/outbox.ts';
import { emptyDay, settleDay, viewDay, type PendingWrite, type WriteAction } from '../offline/pending-writes.ts';
import { currentVersion } from '../offline/write-kinds.ts';
import { copyPreviews, editPreview, foodEntryPreview, quickAddPreview } from '../offline/entry-previews.ts';
import { sendWrite } from '../offline/send-write.ts';

export type Loadable<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly value: T }
  | { readonly state: 'failed'; readonly error: string };

/** How long a deletion waits before it is sent, while Undo is offered. */
export const UNDO_MS = 6000;

export interface DataState {
  /** Days by date as the person should see them: the server's day with the writes not yet sent applied. */
  readonly days: Readonly<Record<string, Loadable<Day>>>;
  /** Days shown from this device because the server could not be reached. */
  readonly fromDevice: Readonly<Record<string, true>>;
  /** Writes made on this device that the server does not have yet. */
  readonly pending: readonly PendingWrite[];
  /** False after the server could not be reached, until it can again. */
  readonly reachable: boolean;
  /** How many times in a row the server failed the first write waiting (0 when it does not). */
  readonly failing: number;
  /** Writes the server refused for good, with why, until the person has seen them. */
  readonly refused: readonly { readonly key: string; readonly text: string }[];
  loadDay(date: string): Promise<void>;
  /** Logs a food: shown at once, sent when the server can be reached, stored once however often it is sent. */
  logFood(entry: NewEntry, food: FoodDetail): void;
  quickAdd(entry: NewQuickAdd): void;
  editEntry(entry: Entry, patch: EntryPatch): void;
  /** Deletes an entry; the deletion is sent after UNDO_MS unless taken back. */
  deleteEntry(entry: Entry): void;
  /** Takes back a deletion (Undo): withdrawn if not sent yet, else the entry is logged again. */
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
  /** The foods kept on this device, most recently used first: the recent foods when offline. */
  foodsOnDevice(): Promise<FoodSummary[]>;
  /** Sends what is waiting now (the network is back). */
  sync(): Promise<void>;
  dismissRefused(key: string): void;
  /** Someone signed in or out: forgets what was shown of the person before, at once. */
  followSession(): void;
  /** Erases all this device keeps of the signed-in person (their account is being deleted). */
  forgetDevice(): Promise<void>;
}

interface Signed {
  readonly userId: string;
  readonly storage: DeviceStorage;
  readonly outbox: Outbox;
  /** The days as the server last gave them (or as this device kept them). */
  readonly serverDays: Map<string, Day>;
  /** Days made empty on the device to show a write to a day never loaded; the device's own copy still wins. */
  readonly placeholders: Set<string>;
  /** The latest request for each day: an older answer arriving later is ignored. */
  readonly dayRequests: Map<string, number>;
  readonly foods: Map<string, FoodDetail>;
  /** The outbox key of each deletion still offered for Undo, by entry id. */
  readonly deletions: Map<string, string>;
  /** Changes to the device's food list, one after another so none is lost. */
  foodList: Promise<void>;
}

const MAX_PREFETCHED_FOODS = 40;

/** What the person logged: days, foods, and the writes waiting to sync. */
export const useDataStore = create<DataState>((set, get) => {
  let signed: Signed | undefined;

  const showDay = (s: Signed, date: string) => {
    const day = s.serverDays.get(date);
    if (!day) return;
    set((state) => ({ days: { ...state.days, [date]: { state: 'ready', value: viewDay(day, s.outbox.pending) } } }));
  };

  /** The signed-in person's storage and outbox, made afresh when someone else signs in. */
  const current = (): Signed | undefined => {
    const userId = api.signedInAs();
    if (signed?.userId === userId) return signed;
    signed?.outbox.stop();
    signed = undefined;
    set({ days: {}, fromDevice: {}, pending: [], refused: [], reachable: true, failing: 0 });
    if (!userId) return undefined;
    const storage = new DeviceStorage(userId);
    const persistence = {
      load: () => storage.outbox(),
      keep: (write: PendingWrite) => storage.keepWrite(write),
      drop: (key: string) => storage.dropWrite(key),
      exclusive: (send: () => Promise<void>): Promise<void> => ('locks' in navigator ? navigator.locks.request(`macromuse-outbox/${userId}`, send) : send()),
    };
    const mine: Signed = {
      userId,
      storage,
      serverDays: new Map(),
      placeholders: new Set(),
      dayRequests: new Map(),
      foods: new Map(),
      deletions: new Map(),
      foodList: Promise.resolve(),
      outbox: new Outbox(persistence, (action) => sendWrite(api, action), {
        changed: (pending, before) => {
          if (signed !== mine) return;
          set({ pending });
          // Days a write was added to, and days a write left (sent, refused or taken back with Undo).
          for (const date of new Set([...pending, ...before].flatMap((w) => w.dates))) showDay(mine, date);
        },
        stored: (write, answer) => {
          if (signed !== mine) return;
          for (const date of write.dates) {
            // The server's answer takes the place of the preview: the day need not be read again.
            const day = mine.serverDays.get(date);
            if (day) {
              const kept = settleDay(day, write, answer);
              mine.serverDays.set(date, kept);
              if (!mine.placeholders.has(date)) void storage.saveDay(kept);
              showDay(mine, date);
            }
            // A day made on the device for a write never had the server's targets and meals: read it now.
            if (!day || mine.placeholders.has(date)) void get().loadDay(date);
          }
        },
        rejected: (write, reason) => {
          if (signed !== mine) return;
          set((state) => ({ refused: [...state.refused, { key: write.key, text: `${write.label} was not saved: ${reason}` }] }));
          for (const date of write.dates) {
            showDay(mine, date);
            void get().loadDay(date);
          }
        },
        reachable: (online) => {
          if (signed === mine) set({ reachable: online });
        },
        failing: (attempts) => {
          if (signed === mine) set({ failing: attempts });
        },
      }),
    };
    signed = mine;
    void mine.outbox.loaded.then(() => mine.outbox.flush());
    void keepFoodsOnDevice(mine);
    return mine;
  };

  /** Adds foods to the device's list (for searching offline) and their details (for logging offline). */
  const remember = (s: Signed, details: readonly FoodDetail[], summaries: readonly FoodSummary[] = details.map(summaryOf)): Promise<void> => {
    for (const d of details) s.foods.set(d.id, d);
    s.foodList = s.foodList.then(async () => {
      if (details.length > 0) await s.storage.saveFoods(details);
      await s.storage.saveFoodList(rememberFoods(await s.storage.foodList(), summaries));
    });
    return s.foodList;
  };

  /** While online: the recent, favourite and custom foods, with their details, kept for offline use. */
  const keepFoodsOnDevice = async (s: Signed) => {
    try {
      const [recent, favourites, custom] = await Promise.all([api.recentFoods(undefined, 30), api.favourites(), api.customFoods()]);
      const summaries = [...recent.foods.map((u) => u.food), ...favourites.foods, ...custom.foods];
      await remember(s, [], summaries);
      const ids = [...new Set(summaries.map((f) => f.id))];
      const kept = await s.storage.hasFoods(ids);
      // Only what the device lacks: the server weighs each entry itself when it arrives, so a detail kept before is good enough to log with.
      const missing = ids.filter((_, i) => !kept[i]).slice(0, MAX_PREFETCHED_FOODS);
      for (const id of missing) {
        if (signed !== s) return;
        await remember(s, [await api.food(id)]);
      }
    } catch {
      // Offline or refused: the device keeps what it has.
    }
  };

  const enqueue = (action: WriteAction, dates: readonly string[], label: string, holdMs = 0): string | undefined => {
    const s = current();
    if (!s) return undefined;
    const key = crypto.randomUUID();
    const now = Date.now();
    for (const date of dates) {
      if (s.serverDays.has(date)) continue;
      s.serverDays.set(date, emptyDay(date, knownMeals(s), knownDay(s)));
      s.placeholders.add(date);
    }
    void s.outbox.add({ key, action, dates: [...new Set(dates)], label, madeAt: now, notBefore: now + holdMs, version: currentVersion(action) });
    return key;
  };

  /** A day of this person's the server gave (their meals and targets), if any. */
  const knownDay = (s: Signed): Day | undefined => [...s.serverDays.entries()].find(([date]) => !s.placeholders.has(date))?.[1];
  const knownMeals = (s: Signed): readonly string[] => (knownDay(s) ?? s.serverDays.values().next().value)?.meals.map((m) => m.name) ?? DEFAULT_MEALS;

  return {
    days: {},
    fromDevice: {},
    pending: [],
    reachable: true,
    failing: 0,
    refused: [],
    loadDay: async (date) => {
      const s = current();
      if (!s) return;
      // Ask the server at once; meanwhile show the day as this device kept it, if it did.
      const request = (s.dayRequests.get(date) ?? 0) + 1;
      s.dayRequests.set(date, request);
      const latest = () => signed === s && s.dayRequests.get(date) === request;
      const fromServer = api.day(date);
      const known = s.serverDays.has(date) && !s.placeholders.has(date);
      const keptOnDevice = known ? Promise.resolve(undefined) : s.storage.day(date);
      const adoptKept = (kept: Day | undefined) => {
        if (!kept || (s.serverDays.has(date) && !s.placeholders.has(date))) return;
        s.serverDays.set(date, kept);
        s.placeholders.delete(date);
      };
      if (get().days[date]?.state !== 'ready') {
        if (s.serverDays.has(date)) showDay(s, date);
        else set((state) => ({ days: { ...state.days, [date]: { state: 'loading' } } }));
      }
      void keptOnDevice.then((kept) => {
        if (!latest() || !kept) return;
        adoptKept(kept);
        showDay(s, date);
      });
      try {
        const day = await fromServer;
        if (!latest()) return;
        s.serverDays.set(date, day);
        s.placeholders.delete(date);
        void s.storage.saveDay(day);
        set((state) => ({ fromDevice: Object.fromEntries(Object.entries(state.fromDevice).filter(([d]) => d !== date)), reachable: true }));
        showDay(s, date);
      } catch (error) {
        if (!latest()) return;
        const offline = error instanceof ApiFailure && error.status === 0;
        if (offline) set({ reachable: false });
        adoptKept(await keptOnDevice);
        if (offline && !s.serverDays.has(date) && s.outbox.pending.some((w) => w.dates.includes(date))) {
          s.serverDays.set(date, emptyDay(date, knownMeals(s), knownDay(s)));
          s.placeholders.add(date);
        }
        if (s.serverDays.has(date)) {
          if (offline) set((state) => ({ fromDevice: { ...state.fromDevice, [date]: true } }));
          showDay(s, date);
          return;
        }
        const message = offline
          ? "You're offline, and this day isn't saved on this device yet. It will load when you're back online."
          : error instanceof ApiFailure
            ? error.message
            : 'Something went wrong while loading this day.';
        set((state) => ({ days: { ...state.days, [date]: { state: 'failed', error: message } } }));
      }
    },
    logFood: (entry, food) => {
      const s = current();
      if (s) void remember(s, [food]);
      enqueue({ kind: 'log', entry, preview: foodEntryPreview(entry, food) }, [entry.date], `${food.name} (${entry.meal})`);
    },
    quickAdd: (entry) => {
      enqueue({ kind: 'quick-add', entry, preview: quickAddPreview(entry) }, [entry.date], `Quick add of ${entry.kcal} kcal (${entry.meal})`);
    },
    editEntry: (entry, patch) => {
      const food = entry.foodId ? signed?.foods.get(entry.foodId) : undefined;
      enqueue({ kind: 'edit', entryId: entry.id, patch, preview: editPreview(entry, patch, food) }, [entry.date, patch.date ?? entry.date], `The change to ${entry.name}`);
    },
    deleteEntry: (entry) => {
      const key = enqueue({ kind: 'delete', entryId: entry.id }, [entry.date], `Deleting ${entry.name}`, UNDO_MS);
      if (key) signed?.deletions.set(entry.id, key);
    },
    undoDelete: (entry) => {
      const s = current();
      // An Undo offered to someone who has since signed out does nothing.
      if (!s || !s.deletions.has(entry.id)) return;
      const key = s.deletions.get(entry.id);
      s.deletions.delete(entry.id);
      if (key && s.outbox.withdraw(key)) return;
      // Already sent: log it again, as it was.
      const id = crypto.randomUUID();
      if (entry.kind === 'quick') {
        get().quickAdd({ ...quickValuesOf(entry), id });
      } else if (entry.foodId) {
        enqueue({ kind: 'log', entry: { id, date: entry.date, meal: entry.meal, foodId: entry.foodId, amount: entry.amount, unit: entry.unit }, preview: { ...entry, id } }, [entry.date], `${entry.name} (${entry.meal})`);
      }
    },
    copyDay: (from, copy) => {
      const s = current();
      const source = s?.serverDays.get(from);
      const previews = source ? copyPreviews(viewDay(source, s?.outbox.pending ?? []), copy) : [];
      enqueue({ kind: 'copy', from, copy, previews }, [copy.to], copy.meal ? `The copy of ${copy.meal}` : 'The copy of the day');
    },
    logWeight: (weight) => void enqueue({ kind: 'weight', weight }, [weight.date], `Weight ${weight.kg} kg`),
    deleteWeight: (date, id) => void enqueue({ kind: 'delete-weight', id }, [date], 'Deleting a weight'),
    logWater: (water) => void enqueue({ kind: 'water', water }, [water.date], `Water ${water.ml} ml`),
    deleteWater: (date, id) => void enqueue({ kind: 'delete-water', id }, [date], 'Deleting water'),
    foodDetail: async (id) => {
      const s = current();
      const known = s?.foods.get(id);
      try {
        const food = await api.food(id);
        if (s) void remember(s, [food]);
        return food;
      } catch (error) {
        if (!(error instanceof ApiFailure && error.status === 0)) throw error;
        const kept = known ?? (await s?.storage.food(id));
        if (!kept) throw new ApiFailure(0, { error: 'offline', message: "You're offline, and this food isn't saved on this device yet." });
        s?.foods.set(id, kept);
        return kept;
      }
    },
    searchOnDevice: async (query) => {
      const s = current();
      return s ? searchFoodsOnDevice(await s.storage.foodList(), query) : [];
    },
    foodsOnDevice: async () => {
      const s = current();
      return s ? s.storage.foodList() : [];
    },
    sync: async () => {
      await current()?.outbox.flush();
    },
    dismissRefused: (key) => set((state) => ({ refused: state.refused.filter((r) => r.key !== key) })),
    followSession: () => void current(),
    forgetDevice: async () => {
      const s = current();
      s?.outbox.stop();
      await s?.storage.forgetEverything();
    },
  };
});
