import { domainEventSchemas, type DomainEvent, type DomainEventName, type DomainEventPayload } from '@macromuse/contract/events/domain-events';
import type { Logger } from '../logger.ts';

export type EventHandler<N extends DomainEventName> = (payload: DomainEventPayload<N>) => void | Promise<void>;

/** What a use case raises its events into; they wait there until its transaction commits. */
export interface EventSink {
  raise(event: DomainEvent): void;
}

/** The events one transaction raised, kept until it commits (and dropped if it rolls back). */
export class PendingEvents implements EventSink {
  private readonly raised: DomainEvent[] = [];

  raise(event: DomainEvent): void {
    // A payload its schema refuses is a bug in the slice that raised it: fail inside the transaction.
    domainEventSchemas[event.name].parse(event.payload);
    this.raised.push(event);
  }

  get events(): readonly DomainEvent[] {
    return this.raised;
  }
}

/**
 * The typed event bus of one server process. Subscribers are called after the commit of the
 * transaction that raised an event, one after another; a subscriber that fails is logged and
 * never fails the request that raised the event.
 */
export class EventBus {
  private readonly handlers = new Map<DomainEventName, EventHandler<DomainEventName>[]>();

  constructor(private readonly log: Logger) {}

  subscribe<N extends DomainEventName>(name: N, handler: EventHandler<N>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as EventHandler<DomainEventName>);
    this.handlers.set(name, list);
    return () => {
      const at = list.indexOf(handler as EventHandler<DomainEventName>);
      if (at >= 0) list.splice(at, 1);
    };
  }

  /** Hands committed events to their subscribers. */
  async deliver(events: readonly DomainEvent[]): Promise<void> {
    for (const event of events) {
      for (const handler of this.handlers.get(event.name) ?? []) {
        try {
          await handler(event.payload);
        } catch (error) {
          this.log.error({ err: error, event: event.name }, 'an event subscriber failed');
        }
      }
    }
  }
}
