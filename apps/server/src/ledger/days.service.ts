import { domainEvent } from '@macromuse/contract/events/domain-events';
import { copiedEntryId } from '@macromuse/contract/ledger/copied-entry-id';
import type { CopyDay, Day } from '@macromuse/contract/ledger/days.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { targetsByNutrient } from '@macromuse/core/ledger/day-progress';
import { summariseDay, type DescribeNutrient } from '@macromuse/core/ledger/day-summary';
import { copyEntries } from '@macromuse/core/ledger/entry-mutations';
import { DEFAULT_MEALS, findMeal } from '@macromuse/core/ledger/meals';
import type { Queryable } from '../db/client.ts';
import type { UserWork } from '../events/transactions.ts';
import type { NutrientDefinitions } from '../foods/nutrient-definitions.ts';
import { idTaken, notFound } from '../http/http-errors.ts';
import { targetsOf } from '../targets/targets.service.ts';
import { readDay } from './days.repository.ts';
import { toWater, toWeight } from './body-log.service.ts';
import { findCopyOperation, findEntries, insertCopyOperation, insertEntries, listEntriesOn, type CopyOperationRow } from './entries.repository.ts';
import { requireMeal } from './entries.service.ts';
import { toEntry } from './entry-presenter.ts';

/**
 * A day as the person reads it: each meal with its entries and subtotal, the totals of every
 * nutrient against the person's targets, water and weights. Other slices (analytics, meal
 * plans) read a day through here.
 */
export async function assembleDay(tx: Queryable, date: string, nutrientDefinitions: NutrientDefinitions): Promise<Day> {
  const { entries, profile, settings, water, weights } = await readDay(tx, date);
  const targets = profile ? targetsOf(profile, settings, date) : undefined;
  const definitions = await nutrientDefinitions(tx);
  const describe: DescribeNutrient = (number) => {
    const d = definitions.get(number);
    return d ? { name: d.name, unit: d.unit, order: d.sort_order } : undefined;
  };
  return summariseDay({
    date,
    meals: profile?.meals ?? DEFAULT_MEALS,
    entries: entries.map(toEntry),
    water: water.map(toWater),
    weights: weights.map(toWeight),
    targets: targets ? targetsByNutrient(targets) : undefined,
    describe,
  });
}

/** Copies a day, or one meal of it, to another day; the copy's id makes a replay copy nothing more. */
export async function copyDay(work: UserWork, from: string, copy: CopyDay): Promise<{ date: string; copied: Entry[] }> {
  const { tx } = work;
  const answer = async (op: CopyOperationRow) => {
    const same = op.from_date === from && op.to_date === copy.to && op.meal === (copy.meal ?? null) && (copy.toMeal === undefined || findMeal([op.to_meal ?? ''], copy.toMeal) !== undefined);
    if (!same) throw idTaken('This copy id was used for another copy; generate a new UUID', 'names another copy');
    return { date: op.to_date, copied: (await findEntries(tx, op.entry_ids)).map(toEntry) };
  };
  const previous = await findCopyOperation(tx, copy.id);
  if (previous) return answer(previous);
  const toMeal = copy.toMeal === undefined ? undefined : await requireMeal(tx, copy.toMeal, 'toMeal');
  const rows = await listEntriesOn(tx, from);
  const idOf = copiedEntryId(copy.id);
  const copies = copyEntries(rows.map(toEntry), { to: copy.to, meal: copy.meal, toMeal }, idOf, new Date().toISOString());
  if (copies.length === 0) throw notFound(`Nothing to copy: you logged nothing${copy.meal ? ` to ${copy.meal}` : ''} on ${from}`);
  // Each copy keeps what its original was logged with (its food's nutrients and portions too).
  const originals = new Map(rows.map((r) => [idOf(r.id), r]));
  await insertEntries(
    tx,
    copies.flatMap((c) => {
      const original = originals.get(c.id);
      return original ? [{ ...original, id: c.id, userId: work.userId, date: c.date, meal: c.meal }] : [];
    }),
  );
  const op = { id: copy.id, from_date: from, to_date: copy.to, meal: copy.meal ?? null, to_meal: toMeal ?? null, entry_ids: copies.map((c) => c.id) };
  if (!(await insertCopyOperation(tx, { ...op, userId: work.userId }))) {
    const raced = await findCopyOperation(tx, copy.id);
    if (!raced) throw idTaken('This copy id is already used; generate a new UUID');
    return answer(raced);
  }
  work.events.raise(domainEvent('day.copied', { userId: work.userId, copyId: copy.id, from, to: copy.to, entryIds: op.entry_ids }));
  return { date: copy.to, copied: (await findEntries(tx, op.entry_ids)).map(toEntry) };
}
