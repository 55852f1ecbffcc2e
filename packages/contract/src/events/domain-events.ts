import { z } from 'zod';

/*
 * The catalogue of domain events: what a slice says happened, raised inside its transaction and
 * delivered to subscribers only once that transaction has committed (never after a rollback).
 * Cross-slice reactions subscribe to these instead of calling into another slice. Each event is
 * small and names what changed; a subscriber reads what it needs.
 */

const userId = z.uuid();
const date = z.string();

export const domainEventSchemas = {
  'account.created': z.object({ userId }),
  'account.deleted': z.object({ userId }),
  'profile.saved': z.object({ userId }),
  'targets.saved': z.object({ userId }),
  'entry.logged': z.object({ userId, entryId: z.uuid(), date, meal: z.string(), foodId: z.string().nullable() }),
  'entry.changed': z.object({ userId, entryId: z.uuid(), from: date, to: date }),
  'entry.deleted': z.object({ userId, entryId: z.uuid(), date }),
  'day.copied': z.object({ userId, copyId: z.uuid(), from: date, to: date, entryIds: z.array(z.uuid()) }),
  'weight.logged': z.object({ userId, weightId: z.uuid(), date, kg: z.number() }),
  'weight.deleted': z.object({ userId, weightId: z.uuid() }),
  'water.logged': z.object({ userId, waterId: z.uuid(), date, ml: z.number() }),
  'water.deleted': z.object({ userId, waterId: z.uuid() }),
  'food.created': z.object({ userId, foodId: z.uuid() }),
  'food.changed': z.object({ userId, foodId: z.uuid() }),
  'food.deleted': z.object({ userId, foodId: z.uuid() }),
  'favourite.added': z.object({ userId, foodId: z.string() }),
  'favourite.removed': z.object({ userId, foodId: z.string() }),
  /** Foods were written to the catalog (an import): how many. */
  'catalog.changed': z.object({ foods: z.number().int().nonnegative() }),
};

export type DomainEventName = keyof typeof domainEventSchemas;
export type DomainEventPayload<N extends DomainEventName> = z.infer<(typeof domainEventSchemas)[N]>;
export type DomainEvent = { [N in DomainEventName]: { readonly name: N; readonly payload: DomainEventPayload<N> } }[DomainEventName];

/** Builds an event, its payload checked by the type system (and by the bus against its schema). */
export const domainEvent = <N extends DomainEventName>(name: N, payload: DomainEventPayload<N>): DomainEvent => ({ name, payload }) as DomainEvent;
