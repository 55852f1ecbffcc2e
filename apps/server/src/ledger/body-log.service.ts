import { domainEvent } from '@macromuse/contract/events/domain-events';
import type { NewWater, NewWeight, Water, Weight } from '@macromuse/contract/ledger/body-log.schemas';
import { logWater, logWeight } from '@macromuse/core/ledger/entry-mutations';
import type { Queryable } from '../db/client.ts';
import { markDeleted } from '../db/soft-delete.ts';
import type { UserWork } from '../events/transactions.ts';
import { idTaken, notFound } from '../http/http-errors.ts';
import { insertWater, insertWeight, listWater, listWeights, type WaterRow, type WeightRow } from './body-log.repository.ts';

export const toWeight = (row: WeightRow): Weight => ({ id: row.id, date: row.date, kg: row.kg, measuredAt: new Date(row.measured_at).toISOString() });
export const toWater = (row: WaterRow): Water => ({ id: row.id, date: row.date, ml: row.ml, createdAt: new Date(row.created_at).toISOString() });

/** Logs a weight; a replayed id stores nothing more and answers what the first write stored. */
export async function addWeight(work: UserWork, write: NewWeight): Promise<Weight> {
  const weight = logWeight(write, new Date().toISOString());
  const stored = await insertWeight(work.tx, { ...weight, userId: work.userId });
  if (!stored) throw idTaken();
  if (stored.inserted) work.events.raise(domainEvent('weight.logged', { userId: work.userId, weightId: weight.id, date: weight.date, kg: weight.kg }));
  return toWeight(stored.row);
}

export async function weightsBetween(tx: Queryable, from: string, to: string): Promise<Weight[]> {
  return (await listWeights(tx, from, to)).map(toWeight);
}

export async function removeWeight(work: UserWork, id: string): Promise<void> {
  if (!(await markDeleted(work.tx, 'weights', id))) throw notFound(`No weight of yours has id ${id}`);
  work.events.raise(domainEvent('weight.deleted', { userId: work.userId, weightId: id }));
}

/** Logs water drunk; a replayed id stores nothing more. */
export async function addWater(work: UserWork, write: NewWater): Promise<Water> {
  const water = logWater(write, new Date().toISOString());
  const stored = await insertWater(work.tx, { ...water, userId: work.userId });
  if (!stored) throw idTaken();
  if (stored.inserted) work.events.raise(domainEvent('water.logged', { userId: work.userId, waterId: water.id, date: water.date, ml: water.ml }));
  return toWater(stored.row);
}

export async function waterBetween(tx: Queryable, from: string, to: string): Promise<Water[]> {
  return (await listWater(tx, from, to)).map(toWater);
}

export async function removeWater(work: UserWork, id: string): Promise<void> {
  if (!(await markDeleted(work.tx, 'water', id))) throw notFound(`No water entry of yours has id ${id}`);
  work.events.raise(domainEvent('water.deleted', { userId: work.userId, waterId: id }));
}
