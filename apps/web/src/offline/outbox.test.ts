import { describe, expect, it } from 'vitest';
import { Outbox, type OutboxListener, type OutboxPersistence } from './outbox.ts';
import type { PendingWrite, WriteAction } from './pending-writes.ts';
import type { WriteOutcome } from './write-outcome.ts';

const water = (ml: number): WriteAction => ({ kind: 'water', water: { id: crypto.randomUUID(), date: '2026-03-01', ml } });
let made = 0;
const pending = (key: string, action: WriteAction, notBefore = 0): PendingWrite => ({ key, action, dates: ['2026-03-01'], label: key, madeAt: (made += 1), notBefore, version: 1 });

/** One device's kept writes (one record per write), shared by the tabs made on it. */
class Device {
  readonly records = new Map<string, PendingWrite>();
  private lock: Promise<void> = Promise.resolve();
  persistence(): OutboxPersistence {
    return {
      load: () => Promise.resolve([...this.records.values()].sort((a, b) => a.madeAt - b.madeAt)),
      keep: (w) => Promise.resolve(void this.records.set(w.key, w)),
      drop: (key) => Promise.resolve(void this.records.delete(key)),
      exclusive: (send) => {
        const run = this.lock.then(send);
        this.lock = run.catch(() => undefined);
        return run;
      },
    };
  }
}

/** A tab's outbox whose server answers from a script, with what was sent and heard. */
function tab(device: Device, answers: (action: WriteAction) => WriteOutcome = () => ({ kind: 'stored', answer: { removed: true } }), sent: number[] = []) {
  const heard: string[] = [];
  const listener: OutboxListener = {
    changed: () => undefined,
    stored: (w) => heard.push(`stored ${w.key}`),
    rejected: (w, reason) => heard.push(`rejected ${w.key}: ${reason}`),
    reachable: (online) => heard.push(online ? 'online' : 'offline'),
    failing: (attempts) => heard.push(`failing ${attempts}`),
  };
  const outbox = new Outbox(
    device.persistence(),
    (action) => {
      if (action.kind === 'water') sent.push(action.water.ml);
      return Promise.resolve(answers(action));
    },
    listener,
  );
  return { outbox, sent, heard };
}

describe('the outbox of writes made on this device', () => {
  it('sends what the device kept from before first, then new writes, in order, and forgets each once stored', async () => {
    const device = new Device();
    device.records.set('old', pending('old', water(100)));
    const t = tab(device);
    await t.outbox.add(pending('new', water(200)));
    await t.outbox.flush();
    expect(t.sent).toEqual([100, 200]);
    expect(t.outbox.pending).toEqual([]);
    expect(device.records.size).toBe(0);
    expect(t.heard.filter((x) => x.startsWith('stored'))).toEqual(['stored old', 'stored new']);
  });

  it('keeps every write on the device while the server cannot be reached, and sends each once when it can', async () => {
    let online = false;
    const device = new Device();
    const t = tab(device, () => (online ? { kind: 'stored', answer: { removed: true } } : { kind: 'retry', offline: true }));
    await t.outbox.add(pending('a', water(1)));
    await t.outbox.add(pending('b', water(2)));
    await t.outbox.flush();
    expect(t.outbox.pending.map((w) => w.key)).toEqual(['a', 'b']);
    expect([...device.records.keys()]).toEqual(['a', 'b']);
    expect(t.heard).toContain('offline');
    online = true;
    const tries = t.sent.length;
    await t.outbox.flush();
    expect(t.outbox.pending).toEqual([]);
    expect(t.sent.slice(tries)).toEqual([1, 2]);
    t.outbox.stop();
  });

  it('says how often in a row the server failed a write, and that it stopped failing', async () => {
    let answer: WriteOutcome = { kind: 'retry', offline: false };
    const t = tab(new Device(), () => answer);
    await t.outbox.add(pending('w', water(1)));
    await t.outbox.flush();
    await t.outbox.flush();
    answer = { kind: 'stored', answer: { removed: true } };
    await t.outbox.flush();
    expect(t.heard.filter((x) => x.startsWith('failing'))).toEqual(['failing 1', 'failing 2', 'failing 0']);
    t.outbox.stop();
  });

  it('drops a write the server refuses for good and says why, then goes on with the next', async () => {
    const t = tab(new Device(), (a) => (a.kind === 'water' && a.water.ml === 9999 ? { kind: 'rejected', reason: 'ml must be at most 5000 ml at once' } : { kind: 'stored', answer: { removed: true } }));
    await t.outbox.add(pending('bad', water(9999)));
    await t.outbox.add(pending('good', water(300)));
    await t.outbox.flush();
    expect(t.heard).toContain('rejected bad: ml must be at most 5000 ml at once');
    expect(t.heard).toContain('stored good');
    expect(t.outbox.pending).toEqual([]);
  });

  it('holds back a write until it is due, and the writes after it too; a held write withdrawn (Undo) is never sent', async () => {
    const device = new Device();
    const t = tab(device);
    await t.outbox.add(pending('held', water(5), Date.now() + 60_000));
    await t.outbox.add(pending('after', water(6)));
    await t.outbox.flush();
    expect(t.sent).toEqual([]);
    expect(t.outbox.withdraw('held')).toBe(true);
    expect(t.outbox.withdraw('held')).toBe(false);
    await t.outbox.flush();
    expect(t.sent).toEqual([6]);
    expect(device.records.size).toBe(0);
    t.outbox.stop();
  });

  it('never sends again what another tab of the same device sent, and never loses what either tab made', async () => {
    let online = false;
    const device = new Device();
    const sent: number[] = [];
    const answers = (): WriteOutcome => (online ? { kind: 'stored', answer: { removed: true } } : { kind: 'retry', offline: true });
    const a = tab(device, answers, sent);
    const b = tab(device, answers, sent);
    await a.outbox.add(pending('a1', water(1)));
    await b.outbox.add(pending('b1', water(2)));
    await a.outbox.add(pending('a2', water(3)));
    expect([...device.records.keys()]).toEqual(['a1', 'b1', 'a2']);
    online = true;
    sent.length = 0;
    await Promise.all([a.outbox.flush(), b.outbox.flush()]);
    expect(sent).toEqual([1, 2, 3]);
    expect(device.records.size).toBe(0);
    a.outbox.stop();
    b.outbox.stop();
  });
});
