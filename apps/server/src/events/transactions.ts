import type { DomainEvent } from '@macromuse/contract/events/domain-events';
import type { Db, Queryable } from '../db/client.ts';
import { asUser } from '../db/user-scope.ts';
import { PendingEvents, type EventBus, type EventSink } from './event-bus.ts';
import type { EventRelay } from './event-relay.ts';

/** What a use case runs in: one transaction, and where its events go until it commits. */
export interface UnitOfWork {
  readonly tx: Queryable;
  readonly events: EventSink;
}

/** A use case of one signed-in person: their transaction, their id, and where events go. */
export interface UserWork extends UnitOfWork {
  readonly userId: string;
}

/**
 * Runs use cases in transactions whose events reach subscribers only after the commit: in this
 * process through the bus, in other processes on the same PostgreSQL server through the relay
 * (its NOTIFY is sent inside the transaction, so PostgreSQL delivers it at commit, or never).
 */
export class Transactions {
  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly relay?: EventRelay,
  ) {}

  /** A transaction as the database's own role (sign-up, sign-in: before anyone is signed in). */
  run<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    return this.committed((after) => this.db.transaction((tx) => after(tx)), work);
  }

  /** A transaction as one user, under Row Level Security; with a session id, refused once it has ended. */
  asUser<T>(userId: string, work: (unit: UnitOfWork) => Promise<T>, sessionId?: string): Promise<T> {
    return this.committed((after) => asUser(this.db, userId, (tx) => after(tx), sessionId), work);
  }

  private async committed<T>(open: (body: (tx: Queryable) => Promise<T>) => Promise<T>, work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
    const pending = new PendingEvents();
    const result = await open(async (tx) => {
      const value = await work({ tx, events: pending });
      if (pending.events.length > 0) await this.relay?.announce(tx, pending.events);
      return value;
    });
    await this.deliver(pending.events);
    return result;
  }

  private async deliver(events: readonly DomainEvent[]): Promise<void> {
    if (events.length > 0) await this.bus.deliver(events);
  }
}
