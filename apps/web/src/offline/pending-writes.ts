import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry, EntryPatch, NewEntry, NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { NewWater, NewWeight } from '@macromuse/contract/ledger/body-log.schemas';
import type { NutrientTarget } from '@macromuse/core/ledger/day-progress';
import { describeFromNumbers, summariseDay, type DescribeNutrient } from '@macromuse/core/ledger/day-summary';
import { kindOf, type DayState, type StoredAnswer } from './write-kinds.ts';

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
  /** The shape the write was kept in (its kind's version then; see write-kinds.ts). */
  readonly version: number;
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

type Nutrient = Day['nutrients'][number];

/** The targets a day was given by the server, for the same day shown with writes not yet confirmed. */
function targetsOf(day: Day): Record<string, NutrientTarget> | undefined {
  const targeted = day.nutrients.filter((n): n is Nutrient & { target: number } => n.target !== null);
  if (targeted.length === 0) return undefined;
  return Object.fromEntries(targeted.map((n) => [n.number, { target: n.target, upperLimit: n.upperLimit ?? undefined }]));
}

/** Names and order as the server gave them; a nutrient it did not list comes after, by its number. */
function describeAsServed(day: Day): DescribeNutrient {
  const listed = new Map(day.nutrients.map((n, i) => [n.number, { name: n.name, unit: n.unit, order: i }]));
  return (number) => {
    const known = listed.get(number);
    if (known) return known;
    const fallback = describeFromNumbers(number);
    return fallback ? { ...fallback, order: 10_000 + fallback.order } : undefined;
  };
}

/** The day's parts, for writes to change. */
const stateOf = (day: Day): DayState => ({ date: day.date, meals: day.meals.map((m) => m.name), entries: day.meals.flatMap((m) => m.entries), water: day.water.entries, weights: day.weights });

/** A day made again from its parts, summed and set against the day's targets by the same function the server answers with. */
const dayFrom = (day: Day, state: DayState): Day =>
  summariseDay({ date: day.date, meals: state.meals, entries: state.entries, water: state.water, weights: state.weights, targets: targetsOf(day), describe: describeAsServed(day) });

/** The day as the person should see it: the server's day with the writes still waiting applied in order. */
export function viewDay(day: Day, pending: readonly PendingWrite[]): Day {
  const mine = pending.filter((w) => w.dates.includes(day.date));
  if (mine.length === 0) return day;
  const now = new Date().toISOString();
  return dayFrom(day, mine.reduce((state, { action }) => kindOf(action).fold(state, action, now), stateOf(day)));
}

/** The day once the server stored a write: what it answered in the place of what the device expected. */
export function settleDay(day: Day, write: PendingWrite, answer: StoredAnswer): Day {
  return dayFrom(day, kindOf(write.action).settle(stateOf(day), write.action, answer));
}

/**
 * An empty day for a date the device has never seen, so writes made offline still show; with
 * `like`, another day of the person's, it is set against the same targets.
 */
export function emptyDay(date: string, meals: readonly string[], like?: Day): Day {
  return {
    date,
    meals: meals.map((name) => ({ name, entries: [], totals: {} })),
    totals: {},
    nutrients: (like?.nutrients ?? []).filter((n) => n.target !== null).map((n) => ({ ...n, amount: 0, remaining: n.target })),
    energy: { kcal: 0, target: like?.energy.target ?? null, remaining: like?.energy.target ?? null },
    water: { totalMl: 0, entries: [] },
    weights: [],
  };
}
