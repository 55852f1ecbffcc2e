import type { Logger } from '../logger.ts';
import type { Db } from '../db/client.ts';
import { keptFoodCount } from './foods.repository.ts';

/**
 * How many foods the catalog holds, known without asking the database on request: read at start
 * and again whenever foods are written (the `catalog.changed` event, from this process or, through
 * LISTEN/NOTIFY, another). The database keeps the count itself, so the read is one row.
 */
export class CatalogCounts {
  private known = 0;
  private reading: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly logger: Logger,
  ) {}

  get foods(): number {
    return this.known;
  }

  /** Reads the count again; reads asked for while one runs are folded into one more. */
  refresh(): Promise<void> {
    if (this.reading) {
      this.again = true;
      return this.reading;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        try {
          this.known = await keptFoodCount(this.db);
        } catch (error) {
          this.logger.warn({ err: error }, 'the catalog count could not be read');
        }
      } while (this.again);
    })().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }
}
