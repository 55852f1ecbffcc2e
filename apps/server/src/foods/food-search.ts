import { FoodIndex } from '@macromuse/core/foods/search/food-index';
import type { SearchHit } from '@macromuse/core/foods/search/search-doc';
import type { Queryable } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import { readSearchRows, type SearchRow } from './foods.repository.ts';
import { toSearchDoc } from './search-docs.ts';

const PAGE = 50_000;

/**
 * The food search index of this process, kept in step with the foods table: loaded from it
 * at start, then fed every batch an import writes. The table stays the source of truth.
 */
export class FoodSearch {
  private readonly index = new FoodIndex();
  private loaded = false;
  private buildMs = 0;

  /** True once every food in the table at start has been indexed. */
  get ready(): boolean {
    return this.loaded;
  }

  get size(): number {
    return this.index.size;
  }

  /** Indexes the whole table, generic foods first (they have the lowest ids), page by page. */
  async load(db: Queryable, log?: Logger): Promise<void> {
    const started = performance.now();
    let afterId = '0';
    for (;;) {
      const rows = await readSearchRows(db, { afterId, limit: PAGE });
      if (rows.length === 0) break;
      afterId = rows.at(-1)?.id ?? afterId;
      this.add(rows);
      log?.debug({ indexed: this.index.size }, 'indexing foods');
    }
    this.compact();
    this.loaded = true;
    log?.info({ foods: this.index.size, ms: Math.round(performance.now() - started), ...this.index.stats() }, 'food search index ready');
  }

  /** Adds or replaces foods that were just written. */
  add(rows: readonly SearchRow[]): void {
    const started = performance.now();
    this.index.upsert(rows.map(toSearchDoc));
    this.buildMs += performance.now() - started;
  }

  /** Merges the index into its fastest shape (after a bulk load). */
  compact(): void {
    const started = performance.now();
    this.index.compact();
    this.buildMs += performance.now() - started;
  }

  search(query: string, limit: number): SearchHit[] {
    return this.index.search(query, limit);
  }

  stats(): ReturnType<FoodIndex['stats']> & { buildMs: number } {
    return { ...this.index.stats(), buildMs: Math.round(this.buildMs) };
  }
}
