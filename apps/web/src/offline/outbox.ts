import type { PendingWrite, WriteAction } from './pending-writes.ts';
import { isDue } from './pending-writes.ts';
import type { WriteOutcome } from './write-outcome.ts';

export interface OutboxListener {
  /** The writes waiting changed (one added, sent or dropped). */
  changed(pending: readonly PendingWrite[]): void;
  /** The server has this write. */
  stored(write: PendingWrite): void;
  /** The server refused this write for good; it was dropped. */
  rejected(write: PendingWrite, reason: string): void;
  /** Whether the last attempt reached the server. */
  reachable(online: boolean): void;
}

export interface OutboxPersistence {
  load(): Promise<PendingWrite[]>;
  save(writes: readonly PendingWrite[]): Promise<void>;
}

const FIRST_RETRY_MS = 2000;
const LAST_RETRY_MS = 60_000;

/**
 * The writes made on this device and not yet confirmed by the server, kept on the device
 * (IndexedDB) so a reload or a closed tab loses none, and sent one at a time in the order they
 * were made. Each write carries the id the device gave it, so one sent twice (its answer lost
 * on the way back) is still stored once.
 */
export class Outbox {
  private writes: PendingWrite[] = [];
  private inFlight: string | undefined;
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryMs = FIRST_RETRY_MS;
  private saving: Promise<void> = Promise.resolve();
  private stopped = false;
  readonly loaded: Promise<void>;

  constructor(
    private readonly persistence: OutboxPersistence,
    private readonly send: (action: WriteAction) => Promise<WriteOutcome>,
    private readonly listener: OutboxListener,
  ) {
    this.loaded = persistence.load().then((stored) => {
      const known = new Set(this.writes.map((w) => w.key));
      this.writes = [...stored.filter((w) => !known.has(w.key)), ...this.writes];
      this.listener.changed(this.writes);
    });
  }

  get pending(): readonly PendingWrite[] {
    return this.writes;
  }

  /** Keeps a write on the device, then sends it when it is due. */
  add(write: PendingWrite): Promise<void> {
    this.writes = [...this.writes, write];
    this.listener.changed(this.writes);
    const saved = this.persist();
    void saved.then(() => this.flush());
    return saved;
  }

  /** Takes back a write not yet sent (Undo); false once it is on its way or stored. */
  withdraw(key: string): boolean {
    if (this.inFlight === key || !this.writes.some((w) => w.key === key)) return false;
    this.writes = this.writes.filter((w) => w.key !== key);
    this.listener.changed(this.writes);
    void this.persist();
    return true;
  }

  /** Sends every write that is due, in order; stops at the first that cannot be sent now and tries again later. */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.flushing ??= this.sendDue().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** Stops sending (the person signed out); what is waiting stays on the device for their next sign-in. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async sendDue(): Promise<void> {
    await this.loaded;
    clearTimeout(this.timer);
    for (;;) {
      const now = Date.now();
      const next = this.writes.find((w) => isDue(w, now));
      if (!next) break;
      this.inFlight = next.key;
      const outcome = await this.send(next.action);
      this.inFlight = undefined;
      if (outcome.kind === 'retry') {
        this.listener.reachable(!outcome.offline);
        this.retryLater();
        return;
      }
      this.listener.reachable(true);
      this.retryMs = FIRST_RETRY_MS;
      this.writes = this.writes.filter((w) => w.key !== next.key);
      await this.persist();
      this.listener.changed(this.writes);
      if (outcome.kind === 'stored') this.listener.stored(next);
      else this.listener.rejected(next, outcome.reason);
      if (this.stopped) return;
    }
    const held = this.writes.map((w) => w.notBefore).filter((t) => t > Date.now());
    if (held.length > 0) this.timer = setTimeout(() => void this.flush(), Math.min(...held) - Date.now() + 10);
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.flush(), this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, LAST_RETRY_MS);
  }

  /** Saves the outbox after any save already under way, so the device never keeps an older list. */
  private persist(): Promise<void> {
    const writes = this.writes;
    this.saving = this.saving.then(() => this.persistence.save(writes));
    return this.saving;
  }
}
