import { create } from 'zustand';
import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight } from '@macromuse/contract/ledger/body-log.schemas';
import type { CustomFoodUpdate } from '@macromuse/contract/foods/custom-foods.schemas';
import type { FoodDetail, FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { quickValuesOf } from '@macromuse/core/ledger/entry-mutations';
import { api } from '../api/api.ts';
import { DeviceStorage } from '../offline/device-storage.ts';
import type { Outbox } from '../offline/outbox.ts';
import type { PendingWrite, WriteAction } from '../offline/pending-writes.ts';
import { currentVersion } from '../offline/write-kinds.ts';
import { copyPreviews, editPreview, foodEntryPreview, quickAddPreview } from '../offline/entry-previews.ts';
import { DeviceFoods } from './data/device-foods.ts';
import { failedList, type Listed, type Loadable } from './data/loadable.ts';
import { MY_FOODS_NOT_READ, MyFoods, type MyFoodsState } from './data/my-foods.ts';
import { PersonDays } from './data/person-days.ts';
import { personOutbox } from './data/person-outbox.ts';

export { failedList, type Listed, type Loadable };

/** How long a deletion waits before it is sent, while Undo is offered. */
export const UNDO_MS = 6000;

export interface DataState extends MyFoodsState {
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
  /** Reads the favourites or the custom foods from the server (shown as loading meanwhile when `afresh`). */
  readMyFoods(which: keyof MyFoodsState, afresh?: boolean): Promise<void>;
  /** Marks or unmarks a favourite: shown at once; rejects, with the list put back, if the server refuses. */
  setFavourite(food: FoodSummary, favourite: boolean): Promise<void>;
  /** Creates (`replacing` false, `id` new) or replaces a custom food; resolves with it as the server stored it. */
  saveCustomFood(id: string, food: CustomFoodUpdate, replacing: boolean): Promise<FoodDetail>;
  /** Deletes a custom food: gone at once; rejects, with the list put back, if the server refuses. */
  deleteCustomFood(food: FoodSummary): Promise<void>;
  /** Sends what is waiting now (the network is back). */
  sync(): Promise<void>;
  dismissRefused(key: string): void;
  /** Someone signed in or out: forgets what was shown of the person before, at once. */
  followSession(): void;
  /** Erases all this device keeps of the signed-in person (their account is being deleted). */
  forgetDevice(): Promise<void>;
}

/** What this device holds of the signed-in person. */
interface Person {
  readonly userId: string;
  readonly storage: DeviceStorage;
  readonly outbox: Outbox;
  readonly days: PersonDays;
  readonly foods: DeviceFoods;
  readonly myFoods: MyFoods;
  /** The outbox key of each deletion still offered for Undo, by entry id. */
  readonly deletions: Map<string, string>;
}

const SIGNED_OUT = { days: {}, fromDevice: {}, pending: [], refused: [], reachable: true, failing: 0, ...MY_FOODS_NOT_READ } as const;

/** Always fails: a store's write while no one is signed in. */
const signedOut = (): Promise<never> => Promise.reject(new Error('No one is signed in.'));

/** What the person logged: days, foods, and the writes waiting to sync. */
export const useDataStore = create<DataState>((set, get) => {
  let person: Person | undefined;

  /** The person signed in, once `followSession` has opened their data; reading it changes nothing. */
  const signedIn = (): Person | undefined => (person && person.userId === api.signedInAs() ? person : undefined);

  const open = (userId: string): Person => {
    const storage = new DeviceStorage(userId);
    const live = () => person === mine;
    const days: PersonDays = new PersonDays(api, storage, () => outbox.pending, {
      shown: (date) => get().days[date],
      show: (date, day) => set((state) => ({ days: { ...state.days, [date]: day } })),
      fromDevice: (date, fromDevice) =>
        set((state) => (fromDevice ? { fromDevice: { ...state.fromDevice, [date]: true } } : { fromDevice: Object.fromEntries(Object.entries(state.fromDevice).filter(([d]) => d !== date)) })),
      reachable: (reachable) => set({ reachable }),
    });
    const outbox = personOutbox(userId, storage, api, {
      changed: (pending, before) => {
        if (!live()) return;
        set({ pending });
        // Days a write was added to, and days a write left (sent, refused or taken back with Undo).
        for (const date of new Set([...pending, ...before].flatMap((w) => w.dates))) days.refresh(date);
      },
      stored: (write, answer) => live() && days.stored(write, answer),
      rejected: (write, reason) => {
        if (!live()) return;
        set((state) => ({ refused: [...state.refused, { key: write.key, text: `${write.label} was not saved: ${reason}` }] }));
        days.refused(write);
      },
      reachable: (online) => live() && set({ reachable: online }),
      failing: (attempts) => live() && set({ failing: attempts }),
    });
    const foods = new DeviceFoods(api, storage);
    const myFoods = new MyFoods(api, foods, { get, set });
    const mine: Person = { userId, storage, outbox, days, foods, myFoods, deletions: new Map() };
    return mine;
  };

  const close = (p: Person): void => {
    p.outbox.stop();
    p.days.close();
    p.foods.close();
    p.myFoods.close();
  };

  const enqueue = (action: WriteAction, dates: readonly string[], label: string, holdMs = 0): string | undefined => {
    const p = signedIn();
    if (!p) return undefined;
    const key = crypto.randomUUID();
    const now = Date.now();
    p.days.prepare(dates);
    void p.outbox.add({ key, action, dates: [...new Set(dates)], label, madeAt: now, notBefore: now + holdMs, version: currentVersion(action) });
    return key;
  };

  return {
    ...SIGNED_OUT,
    loadDay: async (date) => signedIn()?.days.load(date),
    logFood: (entry, food) => {
      void signedIn()?.foods.remember([food]);
      enqueue({ kind: 'log', entry, preview: foodEntryPreview(entry, food) }, [entry.date], `${food.name} (${entry.meal})`);
    },
    quickAdd: (entry) => {
      enqueue({ kind: 'quick-add', entry, preview: quickAddPreview(entry) }, [entry.date], `Quick add of ${entry.kcal} kcal (${entry.meal})`);
    },
    editEntry: (entry, patch) => {
      const food = entry.foodId ? signedIn()?.foods.known(entry.foodId) : undefined;
      enqueue({ kind: 'edit', entryId: entry.id, patch, preview: editPreview(entry, patch, food) }, [entry.date, patch.date ?? entry.date], `The change to ${entry.name}`);
    },
    deleteEntry: (entry) => {
      const key = enqueue({ kind: 'delete', entryId: entry.id }, [entry.date], `Deleting ${entry.name}`, UNDO_MS);
      if (key) signedIn()?.deletions.set(entry.id, key);
    },
    undoDelete: (entry) => {
      const p = signedIn();
      // An Undo offered to someone who has since signed out does nothing.
      const key = p?.deletions.get(entry.id);
      if (!p || key === undefined) return;
      p.deletions.delete(entry.id);
      if (p.outbox.withdraw(key)) return;
      // Already sent: log it again, as it was.
      const id = crypto.randomUUID();
      if (entry.kind === 'quick') {
        get().quickAdd({ ...quickValuesOf(entry), id });
      } else if (entry.foodId) {
        enqueue({ kind: 'log', entry: { id, date: entry.date, meal: entry.meal, foodId: entry.foodId, amount: entry.amount, unit: entry.unit }, preview: { ...entry, id } }, [entry.date], `${entry.name} (${entry.meal})`);
      }
    },
    copyDay: (from, copy) => {
      const source = signedIn()?.days.view(from);
      const previews = source ? copyPreviews(source, copy) : [];
      enqueue({ kind: 'copy', from, copy, previews }, [copy.to], copy.meal ? `The copy of ${copy.meal}` : 'The copy of the day');
    },
    logWeight: (weight) => void enqueue({ kind: 'weight', weight }, [weight.date], `Weight ${weight.kg} kg`),
    deleteWeight: (date, id) => void enqueue({ kind: 'delete-weight', id }, [date], 'Deleting a weight'),
    logWater: (water) => void enqueue({ kind: 'water', water }, [water.date], `Water ${water.ml} ml`),
    deleteWater: (date, id) => void enqueue({ kind: 'delete-water', id }, [date], 'Deleting water'),
    foodDetail: (id) => signedIn()?.foods.detail(id) ?? api.food(id),
    searchOnDevice: async (query) => (await signedIn()?.foods.search(query)) ?? [],
    foodsOnDevice: async () => (await signedIn()?.foods.list()) ?? [],
    readMyFoods: async (which, afresh) => signedIn()?.myFoods.read(which, afresh),
    setFavourite: (food, favourite) => signedIn()?.myFoods.setFavourite(food, favourite) ?? signedOut(),
    saveCustomFood: (id, food, replacing) => signedIn()?.myFoods.save(id, food, replacing) ?? signedOut(),
    deleteCustomFood: (food) => signedIn()?.myFoods.delete(food) ?? signedOut(),
    sync: async () => signedIn()?.outbox.flush(),
    dismissRefused: (key) => set((state) => ({ refused: state.refused.filter((r) => r.key !== key) })),
    followSession: () => {
      const userId = api.signedInAs();
      if (person?.userId === userId) return;
      if (person) close(person);
      person = undefined;
      set(SIGNED_OUT);
      if (!userId) return;
      const p = open(userId);
      person = p;
      void p.outbox.loaded.then(() => p.outbox.flush());
      void p.foods.keepForOffline();
    },
    forgetDevice: async () => {
      const p = signedIn();
      p?.outbox.stop();
      await p?.storage.forgetEverything();
    },
  };
});
