import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxListener } from './outbox.ts';
import type { PendingWrite, WriteAction } from './pending-writes.ts';
import type { WriteOutcome } from './write-outcome.ts';

const water = (ml: number): WriteAction => ({ kind: 'water', water: { id: crypto.randomUUID(), date: '2026-03-01', ml } });
const pending = (key: string, action: WriteAction, notBefore = 0): PendingWrite => ({ key, action, dates: ['2026-03-01'], label: key, madeAt: 0, notBefore });

/** An outbox whose server answers from a script, with what the device saved and what was heard. */
function harness(stored: PendingWrite[] = [], answers: (action: WriteAction) => WriteOutcome = () => ({ kind: 'stored' })) {
  const saves: string[][] = [];
  const sent: number[] = [];
  const heard: string[] = [];
  const listener: OutboxListener = {
    changed: () => undefined,
    stored: (w) => heard.push(`stored ${w.key}`),
    rejected: (w, reason) => heard.push(`rejected ${w.key}: ${reason}`),
    reachable: (online) => heard.push(online ? 'online' : 'offline'),
  };
  const outbox = new Outbox(
    { load: () => Promise.resolve(stored), save: (w) => Promise.resolve(void saves.push(w.map((x) => x.key))) },
    (action) => {
      if (action.kind === 'water') sent.push(action.water.ml);
      return Promise.resolve(answers(action));
    },
    listener,
  );
  return { outbox, saves, sent, heard };
}

describe('the outbox of writes made on this device', () => {
  it('sends what the device kept from before first, then new writes, in order, and forgets each once stored', async () => {
    const h = harness([pending('old', water(100))]);
    await h.outbox.add(pending('new', water(200)));
    await h.outbox.flush();
    expect(h.sent).toEqual([100, 200]);
    expect(h.outbox.pending).toEqual([]);
    expect(h.saves.at(-1)).toEqual([]);
    expect(h.heard.filter((x) => x.startsWith('stored'))).toEqual(['stored old', 'stored new']);
  });

  it('keeps every write on the device while the server cannot be reached, and sends each when it can', async () => {
    let online = false;
    const h = harness([], () => (online ? { kind: 'stored' } : { kind: 'retry', offline: true }));
    await h.outbox.add(pending('a', water(1)));
    await h.outbox.add(pending('b', water(2)));
    await h.outbox.flush();
    expect(h.outbox.pending.map((w) => w.key)).toEqual(['a', 'b']);
    expect(h.saves).toContainEqual(['a', 'b']);
    expect(h.heard).toContain('offline');
    online = true;
    await h.outbox.flush();
    expect(h.outbox.pending).toEqual([]);
    // Tried while offline, then sent once each when back.
    expect(h.sent.slice(-2)).toEqual([1, 2]);
    h.outbox.stop();
  });

  it('drops a write the server refuses for good and says why, then goes on with the next', async () => {
    const h = harness([], (a) => (a.kind === 'water' && a.water.ml === 9999 ? { kind: 'rejected', reason: 'ml must be at most 5000 ml at once' } : { kind: 'stored' }));
    await h.outbox.add(pending('bad', water(9999)));
    await h.outbox.add(pending('good', water(300)));
    await h.outbox.flush();
    expect(h.heard).toContain('rejected bad: ml must be at most 5000 ml at once');
    expect(h.heard).toContain('stored good');
    expect(h.outbox.pending).toEqual([]);
  });

  it('holds a write until it is due, and a held write can be withdrawn (Undo) so it is never sent', async () => {
    const h = harness();
    await h.outbox.add(pending('held', water(5), Date.now() + 60_000));
    await h.outbox.add(pending('now', water(6)));
    await h.outbox.flush();
    expect(h.sent).toEqual([6]);
    expect(h.outbox.withdraw('held')).toBe(true);
    expect(h.outbox.withdraw('held')).toBe(false);
    await h.outbox.flush();
    expect(h.sent).toEqual([6]);
    expect(h.saves.at(-1)).toEqual([]);
    h.outbox.stop();
  });
});
