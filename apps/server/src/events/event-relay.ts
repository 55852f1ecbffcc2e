import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { domainEventSchemas, type DomainEvent } from '@macromuse/contract/events/domain-events';
import type { Db, Queryable } from '../db/client.ts';
import type { Logger } from '../logger.ts';
import type { EventBus } from './event-bus.ts';

/** The PostgreSQL channel the instances sharing one database tell each other of events on. */
export const EVENTS_CHANNEL = 'macromuse_events';

/** NOTIFY payloads must stay under 8,000 bytes; a larger batch is sent as several. */
const MAX_PAYLOAD_BYTES = 7000;

const messageSchema = z.object({ origin: z.string(), events: z.array(z.object({ name: z.string(), payload: z.unknown() })) });

/** Names this process in the notifications it sends, so it does not hear its own. */
export const PROCESS_ORIGIN = randomUUID();

/**
 * Says, inside the transaction (or statement) that writes them, that events happened: other
 * processes listening on the same PostgreSQL server hear it when that commits. For writers
 * outside a request (the importers), which have no bus of their own.
 */
export async function announce(tx: Queryable, events: readonly DomainEvent[]): Promise<void> {
  for (const payload of notifyPayloads(PROCESS_ORIGIN, events)) await tx.query('SELECT pg_notify($1, $2)', [EVENTS_CHANNEL, payload]);
}

/** Puts events in NOTIFY payloads of at most MAX_PAYLOAD_BYTES each. */
export function notifyPayloads(origin: string, events: readonly DomainEvent[]): string[] {
  const out: string[] = [];
  let batch: DomainEvent[] = [];
  const flush = () => {
    if (batch.length > 0) out.push(JSON.stringify({ origin, events: batch }));
    batch = [];
  };
  for (const event of events) {
    const next = [...batch, event];
    if (batch.length > 0 && Buffer.byteLength(JSON.stringify({ origin, events: next })) > MAX_PAYLOAD_BYTES) flush();
    batch.push(event);
  }
  flush();
  return out;
}

/**
 * Tells the other processes on the same PostgreSQL server of the events this one commits, and
 * hands theirs to this process's bus. A notification is delivered at commit and never after a
 * rollback, and never replayed: a subscriber that must not miss a change also looks for it now
 * and then (the catalog follower's slow poll).
 */
export class EventRelay {
  readonly origin = PROCESS_ORIGIN;
  private stopListening: (() => Promise<void>) | undefined;

  constructor(
    private readonly db: Db,
    private readonly bus: EventBus,
    private readonly log: Logger,
  ) {}

  /** Inside the transaction that raised them: PostgreSQL sends them when it commits. */
  announce(tx: Queryable, events: readonly DomainEvent[]): Promise<void> {
    return announce(tx, events);
  }

  /** Starts handing other processes' events to this process's bus. */
  async listen(): Promise<void> {
    this.stopListening = await this.db.listen(EVENTS_CHANNEL, (payload) => void this.received(payload));
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
  }

  private async received(payload: string): Promise<void> {
    try {
      const message = messageSchema.parse(JSON.parse(payload));
      if (message.origin === this.origin) return;
      const events = message.events.flatMap((e): DomainEvent[] => {
        if (!(e.name in domainEventSchemas)) return [];
        const name = e.name as keyof typeof domainEventSchemas;
        const parsed = domainEventSchemas[name].safeParse(e.payload);
        return parsed.success ? [{ name, payload: parsed.data } as DomainEvent] : [];
      });
      await this.bus.deliver(events);
    } catch (error) {
      this.log.warn({ err: error }, 'an event notification could not be read');
    }
  }
}
