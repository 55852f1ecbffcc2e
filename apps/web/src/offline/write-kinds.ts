import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import type { Water, Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { logWater, logWeight } from '@macromuse/core/ledger/entry-mutations';
import { findMeal } from '@macromuse/core/ledger/meals';
import type { ApiClient } from '../api/api-client.ts';
import type { PendingWrite, WriteAction } from './pending-writes.ts';

/** What a day is made of, as writes change it on the device. */
export interface DayState {
  readonly date: string;
  /** The day's meals, as the person spells them. */
  readonly meals: readonly string[];
  readonly entries: readonly Entry[];
  readonly water: readonly Water[];
  readonly weights: readonly Weight[];
}

/** What the server answered a write with: what it stored. */
export type StoredAnswer =
  | { readonly entries: readonly Entry[] }
  | { readonly weight: Weight }
  | { readonly water: Water }
  | { readonly removed: true };

type ActionOf<K extends WriteAction['kind']> = Extract<WriteAction, { kind: K }>;

/** One kind of write the outbox keeps: registered once, with all the device needs to know of it. */
export interface WriteKind<K extends WriteAction['kind']> {
  /** The shape this release keeps it in; a write kept by an older release is upgraded on reading. */
  readonly version: number;
  /** A write of this kind kept in an older shape, in this release's; undefined when it cannot be read. */
  upgrade(action: WriteAction, version: number): ActionOf<K> | undefined;
  /** Sends it to the server; resolves to what the server stored. */
  send(api: ApiClient, action: ActionOf<K>): Promise<StoredAnswer>;
  /** The day with the write applied as the device expects the server to store it. */
  fold(day: DayState, action: ActionOf<K>, now: string): DayState;
  /** The day with what the server stored in its place (so the day need not be read again). */
  settle(day: DayState, action: ActionOf<K>, answer: StoredAnswer): DayState;
}

/** Puts an entry among the day's (once, in its meal as the day spells it), or takes it off the day it left. */
function placed(day: DayState, entry: Entry, replacing = entry.id): DayState {
  const others = day.entries.filter((e) => e.id !== replacing && e.id !== entry.id);
  if (entry.date !== day.date) return { ...day, entries: others };
  return { ...day, entries: [...others, { ...entry, meal: findMeal(day.meals, entry.meal) ?? entry.meal }] };
}

const withoutEntry = (day: DayState, id: string): DayState => ({ ...day, entries: day.entries.filter((e) => e.id !== id) });
const entriesIn = (answer: StoredAnswer): readonly Entry[] => ('entries' in answer ? answer.entries : []);
const placedAll = (day: DayState, entries: readonly Entry[]): DayState => entries.reduce((d, e) => placed(d, e), day);

/**
 * A day's weights or water with one logged: added when it is of that day; one kept under its id
 * stays as it is, unless `replacing` (the server's answer takes the place of the device's guess).
 */
function withLogged<T extends { readonly id: string; readonly date: string }>(items: readonly T[], item: T, date: string, replacing: boolean): readonly T[] {
  if (item.date !== date || (!replacing && items.some((i) => i.id === item.id))) return items;
  return [...items.filter((i) => i.id !== item.id), item];
}
const withoutWeight = (day: DayState, id: string): DayState => ({ ...day, weights: day.weights.filter((w) => w.id !== id) });
const withoutWater = (day: DayState, id: string): DayState => ({ ...day, water: day.water.filter((w) => w.id !== id) });
/** For a kind still in its first shape (version 1, also that of writes kept before versions were): nothing older to read. */
const noOlderShape = (): undefined => undefined;

const settleEntries = <K extends 'log' | 'quick-add' | 'edit' | 'copy'>(day: DayState, _action: ActionOf<K>, answer: StoredAnswer): DayState => placedAll(day, entriesIn(answer));

/** Every kind of write, by its name: what a new kind must register to be kept, sent and shown. */
export const WRITE_KINDS: { readonly [K in WriteAction['kind']]: WriteKind<K> } = {
  log: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ entries: [await api.logEntry(a.entry)] }),
    fold: (day, a) => placed(day, a.preview),
    settle: settleEntries,
  },
  'quick-add': {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ entries: [await api.quickAdd(a.entry)] }),
    fold: (day, a) => placed(day, a.preview),
    settle: settleEntries,
  },
  edit: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ entries: [await api.editEntry(a.entryId, a.patch)] }),
    fold: (day, a) => placed(day, a.preview, a.entryId),
    settle: settleEntries,
  },
  delete: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => {
      await api.deleteEntry(a.entryId);
      return { removed: true };
    },
    fold: (day, a) => withoutEntry(day, a.entryId),
    settle: (day, a) => withoutEntry(day, a.entryId),
  },
  copy: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ entries: (await api.copyDay(a.from, a.copy)).copied }),
    fold: (day, a) => placedAll(day, a.previews),
    settle: settleEntries,
  },
  weight: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ weight: await api.logWeight(a.weight) }),
    fold: (day, a, now) => ({ ...day, weights: withLogged(day.weights, logWeight(a.weight, now), day.date, false) }),
    settle: (day, _a, answer) => ('weight' in answer ? { ...day, weights: withLogged(day.weights, answer.weight, day.date, true) } : day),
  },
  'delete-weight': {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => {
      await api.deleteWeight(a.id);
      return { removed: true };
    },
    fold: (day, a) => withoutWeight(day, a.id),
    settle: (day, a) => withoutWeight(day, a.id),
  },
  water: {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => ({ water: await api.logWater(a.water) }),
    fold: (day, a, now) => ({ ...day, water: withLogged(day.water, logWater(a.water, now), day.date, false) }),
    settle: (day, _a, answer) => ('water' in answer ? { ...day, water: withLogged(day.water, answer.water, day.date, true) } : day),
  },
  'delete-water': {
    version: 1,
    upgrade: noOlderShape,
    send: async (api, a) => {
      await api.deleteWater(a.id);
      return { removed: true };
    },
    fold: (day, a) => withoutWater(day, a.id),
    settle: (day, a) => withoutWater(day, a.id),
  },
};

/** The registration of a write's kind, typed for that write. */
export function kindOf<K extends WriteAction['kind']>(action: ActionOf<K>): WriteKind<K> {
  return WRITE_KINDS[action.kind as K];
}

/** The version this release keeps a write of this kind in. */
export const currentVersion = (action: WriteAction): number => WRITE_KINDS[action.kind].version;

/**
 * A write as another release may have kept it, in this release's shape: upgraded when older
 * (a write kept before writes carried a version is version 1), undefined when this release
 * cannot read it (a kind it does not know, or a newer shape): such a write is left kept, unsent.
 */
export function readKept(record: unknown): PendingWrite | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const kept = record as Partial<PendingWrite> & { readonly version?: unknown };
  const action = kept.action;
  if (!action || typeof action !== 'object' || !(action.kind in WRITE_KINDS)) return undefined;
  const kind = WRITE_KINDS[action.kind] as WriteKind<WriteAction['kind']>;
  const version = typeof kept.version === 'number' ? kept.version : 1;
  if (version > kind.version) return undefined;
  const upgraded = version === kind.version ? action : kind.upgrade(action, version);
  if (!upgraded || typeof kept.key !== 'string' || !Array.isArray(kept.dates) || typeof kept.madeAt !== 'number') return undefined;
  return { key: kept.key, action: upgraded, dates: kept.dates, label: kept.label ?? '', madeAt: kept.madeAt, notBefore: kept.notBefore ?? 0, version: kind.version };
}
