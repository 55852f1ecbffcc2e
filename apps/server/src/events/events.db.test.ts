import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainEvent, type DomainEventPayload } from '@macromuse/contract/events/domain-events';
import { openDb, type Db } from '../db/client.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase, TEST_DATABASE_URL, TEST_ENGINES, type TestDatabase } from '../test-support/test-databases.ts';
import { EventBus } from './event-bus.ts';
import { EventRelay } from './event-relay.ts';
import { Transactions } from './transactions.ts';

const log = createLogger('silent');
const logged = (n: number) => domainEvent('weight.logged', { userId: '00000000-0000-4000-8000-000000000001', weightId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, date: '2026-05-01', kg: 70 + n });

/** Waits until `done` holds, or fails after a while (a notification travels through the server). */
async function eventually(done: () => boolean, withinMs = 3000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error('not within the time allowed');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe.each(TEST_ENGINES)('domain events on %s', (engine) => {
  let database: TestDatabase;
  let db: Db;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    db = await openDb(database.config);
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  it('reach subscribers after the commit, never inside the transaction and never after a rollback', async () => {
    const bus = new EventBus(log);
    const heard: DomainEventPayload<'weight.logged'>[] = [];
    bus.subscribe('weight.logged', (payload) => void heard.push(payload));
    const transactions = new Transactions(db, bus);

    await transactions.run(async ({ tx, events }) => {
      events.raise(logged(1));
      await tx.query('SELECT 1');
      expect(heard).toEqual([]);
    });
    expect(heard.map((p) => p.kg)).toEqual([71]);

    await expect(
      transactions.run(async ({ events }) => {
        events.raise(logged(2));
        throw new Error('the use case failed');
      }),
    ).rejects.toThrow('the use case failed');
    expect(heard.map((p) => p.kg)).toEqual([71]);
  });

  it('refuses inside the transaction an event its schema refuses', async () => {
    const transactions = new Transactions(db, new EventBus(log));
    const broken = { name: 'weight.logged', payload: { userId: 'not a uuid' } } as unknown as ReturnType<typeof logged>;
    await expect(transactions.run(async ({ events }) => events.raise(broken))).rejects.toThrow();
  });

  it('keeps a failing subscriber from failing the request or the other subscribers', async () => {
    const bus = new EventBus(log);
    const heard: number[] = [];
    bus.subscribe('weight.logged', () => {
      throw new Error('a broken subscriber');
    });
    bus.subscribe('weight.logged', (p) => void heard.push(p.kg));
    await new Transactions(db, bus).run(async ({ events }) => events.raise(logged(3)));
    expect(heard).toEqual([73]);
  });
});

describe.runIf(TEST_DATABASE_URL)('domain events between two servers on one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: Db;
  let second: Db;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    first = await openDb(database.config);
    second = await openDb(database.config);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  it('tells the other server of committed events once (LISTEN/NOTIFY), and of rolled-back ones never', async () => {
    const here = new EventBus(log);
    const there = new EventBus(log);
    const heardHere: number[] = [];
    const heardThere: number[] = [];
    here.subscribe('weight.logged', (p) => void heardHere.push(p.kg));
    there.subscribe('weight.logged', (p) => void heardThere.push(p.kg));
    const relayHere = new EventRelay(first, here, log);
    // Two relays in one process stand for two processes: each must not take the other's events for its own.
    const relayThere = new EventRelay(second, there, log);
    Object.assign(relayThere, { origin: 'another process' });
    await relayHere.listen();
    await relayThere.listen();
    try {
      const transactions = new Transactions(first, here, relayHere);
      await expect(
        transactions.run(async ({ events }) => {
          events.raise(logged(4));
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await transactions.run(async ({ events }) => {
        events.raise(logged(5));
        events.raise(logged(6));
      });
      await eventually(() => heardThere.length >= 2);
      await new Promise((r) => setTimeout(r, 200));
      expect(heardThere).toEqual([75, 76]);
      expect(heardHere).toEqual([75, 76]);
    } finally {
      await relayHere.stop();
      await relayThere.stop();
    }
  });
});
