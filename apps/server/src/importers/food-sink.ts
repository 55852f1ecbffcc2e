import { setImmediate as nextTurn } from 'node:timers/promises';
import type { FoodRecord } from '@macromuse/core/foods/food';
import { completeness } from '@macromuse/core/foods/food';
import type { Db, Queryable } from '../db/client.ts';
import { domainEvent } from '@macromuse/contract/events/domain-events';
import { announce } from '../events/event-relay.ts';
import { upsertFoods, type SearchRow } from '../foods/foods.repository.ts';

/** Called with the foods each write stored, so the search index can follow the table. */
export type FoodsWritten = (rows: readonly SearchRow[]) => void;

/**
 * Buffers food records and writes them in batches. Within a batch one product appears once
 * (the more complete, newer record wins), since one statement cannot update a row twice.
 */
export class FoodSink {
  private buffer = new Map<string, FoodRecord>();
  written = 0;

  constructor(
    private readonly db: Queryable,
    private readonly onWritten: FoodsWritten | undefined,
    private readonly batchSize = 2000,
  ) {}

  async add(food: FoodRecord): Promise<void> {
    const key = `${food.source}\u0000${food.sourceId}`;
    const existing = this.buffer.get(key);
    if (!existing || prefer(food, existing)) this.buffer.set(key, food);
    if (this.buffer.size >= this.batchSize) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer.size === 0) return;
    const batch = [...this.buffer.values()];
    this.buffer = new Map();
    const rows = await upsertFoods(this.db, batch);
    // Other servers on the same database index these foods when they hear of them (at commit).
    if (rows.length > 0) await announce(this.db, [domainEvent('catalog.changed', { foods: rows.length })]);
    this.written += rows.length;
    this.onWritten?.(rows);
    // Let requests waiting for the thread be answered between two writes.
    await nextTurn();
  }
}

/** The rule of the table, applied within a batch: more complete first, then newer, then later in the file. */
function prefer(candidate: FoodRecord, existing: FoodRecord): boolean {
  const a = completeness(candidate);
  const b = completeness(existing);
  if (a !== b) return a > b;
  return (candidate.sourceUpdatedAt ?? '') >= (existing.sourceUpdatedAt ?? '');
}

/**
 * Writes a dataset that was read whole in one transaction: all of it, or none of it. The
 * stored foods reach `onWritten` (the search index) only once committed; `onProgress` hears
 * every thousand foods and at the end.
 */
export async function writeAllAtOnce(
  db: Db,
  foods: readonly FoodRecord[],
  options: {
    readonly onProgress?: (done: number, written: number) => void;
    readonly onWritten?: FoodsWritten | undefined;
    /** Further writes that belong in the same transaction. */
    readonly alongside?: (tx: Queryable) => Promise<void>;
  },
): Promise<number> {
  const written: SearchRow[] = [];
  const count = await db.transaction(async (tx) => {
    await options.alongside?.(tx);
    const sink = new FoodSink(tx, (rows) => written.push(...rows));
    for (const [i, food] of foods.entries()) {
      await sink.add(food);
      if ((i + 1) % 1000 === 0) options.onProgress?.(i + 1, sink.written);
    }
    await sink.flush();
    options.onProgress?.(foods.length, sink.written);
    return sink.written;
  });
  options.onWritten?.(written);
  return count;
}
