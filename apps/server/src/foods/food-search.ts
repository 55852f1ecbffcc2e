import { setImmediate as nextTurn } from 'node:timers/promises';
import { FoodIndex } from '@macromuse/core/foods/search/food-index';
import type { SearchHit } from '@macromuse/core/foods/search/search-doc';
import type { Db } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { readSearchRowsBulk, type SearchRow } from './foods.repository.ts';
import { toSearchDoc } from './search-docs.ts';

/** Foods read from the table per round trip while loading. */
const LOAD_PAGE = 100_000;
/** Longest stretch of index building before the server gets to answer requests again. */
const SLICE_MS = 10;

/**
 * The food search index of this process, kept in step with the foods table: loaded from it
 * at start, then fed every batch an import writes. The table stays the source of truth.
 *
 * Index building runs in short slices between requests, one mutation at a time in arrival
 * order, so searches keep being answered (over the index as it was) while foods are added.
 */
export class FoodSearch {
  private index = new FoodIndex();
  private loaded = false;
  private buildMs = 0;
  private pending: Promise<void> = Promise.resolve();
  private latestAdded: string | undefined;

  constructor(private readonly log?: Logger) {}

  /** When the latest food handed to `add` was written (ISO time), if its row said. */
  get latestWrite(): string | undefined {
    return this.latestAdded;
  }

  /** True once every food in the table at start has been indexed. */
  get ready(): boolean {
    return this.loaded;
  }

  get size(): number {
    return this.index.size;
  }

  /**
   * Indexes the whole table, generic foods first (they have the lowest ids). The first load
   * fills the live index page by page, so generic foods are searchable within a second; a
   * later one (another process changed the table) builds a new index and swaps it in.
   */
  async load(db: Db): Promise<void> {
    const started = performance.now();
    await this.enqueue(async () => {
      const index = this.index.size === 0 ? this.index : new FoodIndex();
      let afterId = '0';
      for (;;) {
        const rows = await readSearchRowsBulk(db, afterId, LOAD_PAGE);
        const last = rows.at(-1);
        if (!last) break;
        afterId = last.id;
        await this.run(index.upsertSteps(rows.map(toSearchDoc), { merge: false }));
        this.log?.debug({ indexed: index.size }, 'indexing foods');
      }
      await this.run(index.compactSteps());
      this.index = index;
    });
    this.loaded = true;
    this.log?.info({ ms: Math.round(performance.now() - started), ...this.stats() }, 'food search index ready');
  }

  /** Adds or replaces foods that were just written (indexed shortly after, in order). */
  add(rows: readonly SearchRow[]): void {
    for (const row of rows) {
      if (row.written_at !== undefined && (this.latestAdded === undefined || row.written_at > this.latestAdded)) this.latestAdded = row.written_at;
    }
    const docs = rows.map(toSearchDoc);
    this.enqueue(() => this.run(this.index.upsertSteps(docs))).catch((error: unknown) =>
      this.log?.error({ err: error, foods: docs.length }, 'foods could not be indexed; they appear in search after a restart'),
    );
  }

  /** Merges the index into its fastest shape (after a bulk load). */
  compact(): Promise<void> {
    return this.enqueue(() => this.run(this.index.compactSteps()));
  }

  /** Resolves when every food handed over so far is searchable. */
  settled(): Promise<void> {
    return this.enqueue(async () => undefined);
  }

  search(query: string, limit: number): SearchHit[] {
    return this.index.search(query, limit);
  }

  stats(): ReturnType<FoodIndex['stats']> & { buildMs: number } {
    return { ...this.index.stats(), buildMs: Math.round(this.buildMs) };
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    const next = this.pending.then(work);
    this.pending = next.catch(() => undefined);
    return next;
  }

  /** Runs a stepwise index mutation, giving the event loop a turn every few milliseconds. */
  private async run(steps: Generator<void, void>): Promise<void> {
    let sliceStart = performance.now();
    for (;;) {
      const stepStart = performance.now();
      const next = steps.next();
      const now = performance.now();
      this.buildMs += now - stepStart;
      if (next.done) return;
      if (now - sliceStart >= SLICE_MS) {
        await nextTurn();
        sliceStart = performance.now();
      }
    }
  }
}
