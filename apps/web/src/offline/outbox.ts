import type { PendingWrite, WriteAction } from './pending-writes.ts';
import { isDue } from './pending-writes.ts';
import type { StoredAnswer } from './write-kinds.ts';
import type { WriteOutcome } from './write-outcome.ts';

export interface OutboxListener {
  /** The writes waiting changed (one added, sent or dropped); `before` is what waited until now. */
  changed(pending: readonly PendingWrite[], before: readonly PendingWrite[]): void;
  /** The server has this write; `answer` is what it stored. */
  stored(write: PendingWrite, answer: StoredAnswer): void;
  /** The server refused this write for good; it was dropped. */
  rejected(write: PendingWrite, reason: string): void;
  /** Whether the last attempt reached the server. */
  reachable(online: boolean): void;
  /** How many times in a row the server failed the first write waiting (0 once it takes one). */
  failing(attempts: number): void;
}

/** Where the outbox is kept: one record per write, so two tabs adding writes never overwrite each other. */
export interface OutboxPersistence {
  /** Every write kept, in the order they were made. */
  load(): Promise<PendingWrite[]>;
  keep(write: PendingWrite): Promise<void>;
  drop(key: string): Promise<void>;
  /** Runs `send` while no other tab of this person sends (a Web Lock where the browser has them). */
  exclusive(send: () => Promise<void>): Promise<void>;
}

const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 60_000;

const inOrder = (a: PendingWrite, b: PendingWrite): number => a.madeAt - b.madeAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The writes made on this device and not yet confirmed by the server, kept on the device
 * (IndexedDB) so a reload or a closed tab loses none, and sent one at a time strictly in the
 * order they were made: a write held back (a deletion while Undo is offered) holds back those
 * after it. Each write carries the id the device gave it, so one sent twice (its answer lost on
 * the way back) is still stored once. One tab sends at a time, reading the kept writes afresh,
 * so a write another tab sent is never sent again from a stale list.
 */
export class Outbox {
  private writes: PendingWrite[] = [];
  /** Writes added here whose record is still being written. */
  private readonly keeping = new Set<string>();
  private inFlight: string | undefined;
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = FIRST_RETRY_MS;
  private failures = 0;
  private stopped = false;
  readonly loaded: Promise<void>;

  constructor(
    private readonly persistence: OutboxPersistence,
    private readonly send: (action: WriteAction) => Promise<WriteOutcome>,
    private readonly listener: OutboxListener,
  ) {
    this.loaded = persistence.load().then((stored) => this.replace(stored));
  }

  get pending(): readonly PendingWrite[] {
    return this.writes;
  }

  /** Keeps a write on the device, then sends it when it is due. */
  async add(write: PendingWrite): Promise<void> {
    this.keeping.add(write.key);
    this.update([...this.writes, write]);
    try {
      await this.persistence.keep(write);
    } finally {
      this.keeping.delete(write.key);
    }
    void this.flush();
  }

  /** Takes back a write not yet sent (Undo); false once it is on its way or stored. */
  withdraw(key: string): boolean {
    if (this.inFlight === key || !this.writes.some((w) => w.key === key)) return false;
    this.update(this.writes.filter((w) => w.key !== key));
    void this.persistence.drop(key);
    return true;
  }

  /** Sends every write that is due, in order; stops at the first that cannot be sent now and tries again later. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.flushing ??= this.loaded
      .then(() => this.persistence.exclusive(() => this.sendDue()))
      .finally(() => {
        this.flushing = undefined;
      });
    return this.flushing;
  }

  /** Stops sending (the person signed out); what is waiting stays on the device for their next sign-in. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private update(writes: PendingWrite[]): void {
    const before = this.writes;
    this.writes = writes;
    this.listener.changed(writes, before);
  }

  /** The kept writes are the truth (another tab may have sent some or added others), plus those still being kept here. */
  private replace(stored: readonly PendingWrite[]): void {
    const keys = new Set(stored.map((w) => w.key));
    this.update([...stored, ...this.writes.filter((w) => this.keeping.has(w.key) && !keys.has(w.key))].sort(inOrder));
  }

  private async sendDue(): Promise<void> {
    clearTimeout(this.timer);
    this.replace(await this.persistence.load());
    for (;;) {
      if (this.stopped) return;
      const next = this.writes[0];
      if (!next) return;
      if (!isDue(next, Date.now())) {
        this.timer = setTimeout(() => void this.flush(), next.notBefore - Date.now() + 10);
        return;
      }
      this.inFlight = next.key;
      const outcome = await this.send(next.action);
      this.inFlight = undefined;
      if (outcome.kind === 'retry') {
        this.listener.reachable(!outcome.offline);
        if (!outcome.offline) this.listener.failing((this.failures += 1));
        this.retryLater();
        return;
      }
      this.listener.reachable(true);
      if (this.failures > 0) this.listener.failing((this.failures = 0));
      this.retryMs = FIRST_RETRY_MS;
      await this.persistence.drop(next.key);
      if (outcome.kind === 'stored') this.listener.stored(next, outcome.answer);
      else this.listener.rejected(next, outcome.reason);
      this.update(this.writes.filter((w) => w.key !== next.key));
    }
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }
}
