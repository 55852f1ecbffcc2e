import type { Queryable } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { FoodSearch } from './food-search.ts';
import { latestWriteTime, readSearchRowsWrittenSince } from './foods.repository.ts';

/**
 * How often to look for foods other processes wrote, in case a notification was missed (one sent
 * while this process was reconnecting is never replayed): they are read as soon as their writer
 * says so (`catalog.changed`), so this is a slow safety net.
 */
const POLL_MS = 5 * 60_000;
/** Rows written this long before the last one seen are read again, for writes that committed late. */
const OVERLAP_MS = 5_000;
const PAGE = 20_000;

/**
 * Keeps this server's search index in step with foods other processes write to a shared
 * PostgreSQL database (another API instance, `macromuse import`): when one says it wrote foods
 * (the `catalog.changed` event, through LISTEN/NOTIFY), and every few minutes anyway, it reads
 * the foods written since it last looked and hands them to the index.
 */
export class CatalogFollower {
  private seen: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;
  /** A look was asked for while one ran: look once more when it ends, for writes it may have missed. */
  private again = false;

  constructor(
    private readonly db: Queryable,
    private readonly search: FoodSearch,
    private readonly log: Logger,
    private readonly paused: () => boolean,
  ) {}

  /** Starts following from now: what the table holds already is in the index. */
  async start(): Promise<void> {
    this.seen = await latestWriteTime(this.db);
    this.timer = setInterval(() => void this.poll(), POLL_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** This process indexed its own writes up to now: no need to read them back. */
  async caughtUp(): Promise<void> {
    this.seen = await latestWriteTime(this.db);
  }

  /** Reads and indexes what was written since the last look; returns how many foods it handed over. */
  async poll(): Promise<number> {
    if (this.polling) {
      this.again = true;
      return 0;
    }
    if (this.paused()) return 0;
    this.polling = true;
    try {
      const latest = await latestWriteTime(this.db);
      // Foods this process wrote itself went to the index as they were written.
      const own = this.search.latestWrite;
      const floor = own !== undefined && (this.seen === undefined || own > this.seen) ? own : this.seen;
      if (latest === undefined || (floor !== undefined && latest <= floor)) return 0;
      let since = floor === undefined ? '-infinity' : new Date(Date.parse(floor) - OVERLAP_MS).toISOString();
      let handed = 0;
      for (;;) {
        const page = await readSearchRowsWrittenSince(this.db, since, PAGE);
        if (page.rows.length > 0) this.search.add(page.rows);
        handed += page.rows.length;
        if (page.rows.length < PAGE || page.latest === undefined || page.latest === since) break;
        since = page.latest;
      }
      this.seen = latest;
      if (handed > 0) this.log.info({ foods: handed }, 'indexed foods written by another process');
      return handed;
    } catch (error) {
      this.log.warn({ err: error }, 'could not look for foods written by other processes');
      return 0;
    } finally {
      this.polling = false;
      if (this.again) {
        this.again = false;
        void this.poll();
      }
    }
  }
}
