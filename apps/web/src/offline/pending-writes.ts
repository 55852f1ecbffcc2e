import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight } from '@macromuse/contract/ledger/body-log.schemas';
import { sumNutrients } from '@macromuse/core/ledger/entry-nutrients';

/** What a write does, with what the day shows until the server has it. */
export type WriteAction =
  | { readonly kind: 'log'; readonly entry: NewEntry; readonly preview: Entry }
  | { readonly kind: 'quick-add'; readonly entry: NewQuickAdd; readonly preview: Entry }
  | { readonly kind: 'edit'; readonly entryId: string; readonly patch: EntryPatch; readonly preview: Entry }
  | { readonly kind: 'delete'; readonly entryId: string }
  | { readonly kind: 'copy'; readonly from: string; readonly copy: CopyDay; readonly previews: readonly Entry[] }
  | { readonly kind: 'weight'; readonly weight: NewWeight }
  | { readonly kind: 'delete-weight'; readonly id: string }
  | { readonly kind: 'water'; readonly water: NewWater }
  | { readonly kind: 'delete-water'; readonly id: string };

/**
 * A write made on this device that the server has not confirmed yet. Writes are sent in the
 * order they were made; each carries the id the device gave it, so sending one twice stores it
 * once. A write is held back until `notBefore` (a deletion waits while Undo is offered).
 */
export interface PendingWrite {
  /** Names the write in the outbox. */
  readonly key: string;
  readonly action: WriteAction;
  /** The days whose view the write changes. */
  readonly dates: readonly string[];
  /** How a person would name it: "Bananas, raw to breakfast". */
  readonly label: string;
  readonly madeAt: number;
  readonly notBefore: number;
}

/** Whether a write may be sent now. */
export function isDue(write: PendingWrite, now: number): boolean {
  return write.notBefore <= now;
}

/** The id of the entry a write is about, for writes about one entry. */
export function entryIdOf(action: WriteAction): string | undefined {
  switch (action.kind) {
    case 'log':
    case 'quick-add':
      return action.entry.id;
    case 'edit':
    case 'delete':
      return action.entryId;
    default:
      return undefined;
  }
}

type Meal = Day['meals'][number];

function withEntries(meal: Meal, entries: Entry[]): Meal {
  return { ...meal, entries, totals: sumNutrients(entries.map((e) => e.nutrients)) };
}

/** Puts an entry in its meal (a meal the day does not list yet is added at the end). */
function place(meals: Meal[], entry: Entry): Meal[] {
  const at = meals.findIndex((m) => m.name.toLowerCase() === entry.meal.toLowerCase());
  if (at < 0) return [...meals, withEntries({ name: entry.meal, entries: [], totals: {} }, [entry])];
  return meals.map((m, i) => (i === at ? withEntries(m, [...m.entries.filter((e) => e.id !== entry.id), entry]) : m));
}

function removeEntry(meals: Meal[], id: string): Meal[] {
  return meals.map((m) => (m.entries.some((e) => e.id === id) ? withEntries(m, m.entries.filter((e) => e.id !== id)) : m));
}

/** The day's totals and progress recomputed from its meals, after writes not yet confirmed changed them. */
function retotal(day: Day, meals: Meal[], water: Day['water'], weights: Day['weights']): Day {
  const totals = sumNutrients(meals.map((m) => m.totals));
  const kcal = totals['208'] ?? 0;
  const nutrients = day.nutrients.map((n) => {
    const amount = Math.round((totals[n.number] ?? 0) * 100) / 100;
    return { ...n, amount, remaining: n.target === null ? null : Math.round((n.target - amount) * 100) / 100 };
  });
  const target = day.energy.target;
  return {
    ...day,
    meals,
    totals,
    nutrients,
    energy: { kcal, target, remaining: target === null ? null : Math.round((target - kcal) * 100) / 100 },
    water,
    weights,
  };
}

/** The day as the person should see it: the server's day with the writes still waiting applied in order. */
export function viewDay(day: Day, pending: readonly PendingWrite[]): Day {
  const mine = pending.filter((w) => w.dates.includes(day.date));
  if (mine.length === 0) return day;
  let meals = [...day.meals];
  let waterEntries = [...day.water.entries];
  let weights = [...day.weights];
  for (const { action } of mine) {
    switch (action.kind) {
      case 'log':
      case 'quick-add':
        if (action.preview.date === day.date) meals = place(meals, action.preview);
        break;
      case 'edit':
        meals = removeEntry(meals, action.entryId);
        if (action.preview.date === day.date) meals = place(meals, action.preview);
        break;
      case 'delete':
        meals = removeEntry(meals, action.entryId);
        break;
      case 'copy':
        for (const entry of action.previews) if (entry.date === day.date) meals = place(meals, entry);
        break;
      case 'weight':
        if (action.weight.date === day.date && !weights.some((w) => w.id === action.weight.id)) {
          weights = [...weights, { id: action.weight.id, date: action.weight.date, kg: action.weight.kg, measuredAt: action.weight.measuredAt ?? new Date().toISOString() }];
        }
        break;
      case 'delete-weight':
        weights = weights.filter((w) => w.id !== action.id);
        break;
      case 'water':
        if (action.water.date === day.date && !waterEntries.some((w) => w.id === action.water.id)) {
          waterEntries = [...waterEntries, { id: action.water.id, date: action.water.date, ml: action.water.ml, createdAt: new Date().toISOString() }];
        }
        break;
      case 'delete-water':
        waterEntries = waterEntries.filter((w) => w.id !== action.id);
        break;
    }
  }
  const water = { totalMl: waterEntries.reduce((sum, w) => sum + w.ml, 0), entries: waterEntries };
  return retotal(day, meals, water, weights);
}

/** An empty day for a date the device has never seen, so writes made offline still show. */
export function emptyDay(date: string, meals: readonly string[]): Day {
  return {
    date,
    meals: meals.map((name) => ({ name, entries: [], totals: {} })),
    totals: {},
    nutrients: [],
    energy: { kcal: 0, target: null, remaining: null },
    water: { totalMl: 0, entries: [] },
    weights: [],
  };
}
