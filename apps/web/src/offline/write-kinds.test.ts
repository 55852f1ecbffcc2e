import { describe, expect, it } from 'vitest';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { emptyDay, settleDay, viewDay, type PendingWrite } from './pending-writes.ts';
import { readKept, WRITE_KINDS } from './write-kinds.ts';

const preview: Entry = {
  id: '00000000-0000-4000-8000-0000000000a1', date: '2026-03-01', meal: 'breakfast', kind: 'quick', foodId: null, name: 'Quick add',
  brand: null, amount: 1, unit: 'serving', grams: null, nutrients: { '208': 300 }, createdAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-01T08:00:00.000Z',
};
const kept = {
  key: 'k1',
  action: { kind: 'quick-add', entry: { id: preview.id, date: preview.date, meal: 'breakfast', kcal: 300 }, preview },
  dates: ['2026-03-01'],
  label: 'Quick add of 300 kcal (breakfast)',
  madeAt: 1,
  notBefore: 0,
};

describe('the kinds of write the outbox keeps', () => {
  it('each has a version, a way to send, to fold into the day and to settle it with the answer', () => {
    for (const [name, kind] of Object.entries(WRITE_KINDS)) {
      expect(kind.version, name).toBeGreaterThanOrEqual(1);
      expect([kind.send, kind.fold, kind.settle, kind.upgrade].every((f) => typeof f === 'function'), name).toBe(true);
    }
  });

  it('reads a write kept before writes carried a version as the first version, and one kept now as it is', () => {
    expect(readKept(kept)).toEqual({ ...kept, version: 1 });
    expect(readKept({ ...kept, version: 1 })).toEqual({ ...kept, version: 1 });
  });

  it('leaves unread what this release cannot read: a newer shape, a kind it does not know, a broken record', () => {
    expect(readKept({ ...kept, version: 2 })).toBeUndefined();
    expect(readKept({ ...kept, action: { kind: 'plan-meal' } })).toBeUndefined();
    expect(readKept({ ...kept, key: 7 })).toBeUndefined();
    expect(readKept('quick-add')).toBeUndefined();
  });

  it('settles a stored write with the server\'s answer: its values, not the preview\'s', () => {
    const write: PendingWrite = { ...(readKept(kept) as PendingWrite) };
    const day = emptyDay('2026-03-01', ['breakfast', 'lunch']);
    expect(viewDay(day, [write]).energy.kcal).toBe(300);
    const stored = { ...preview, nutrients: { '208': 310 }, createdAt: '2026-03-01T08:00:01.000Z' };
    const settled = settleDay(day, write, { entries: [stored] });
    expect(settled.meals[0]?.entries).toEqual([stored]);
    expect(settled.energy.kcal).toBe(310);
    // Settled once or twice, the entry is there once.
    expect(settleDay(settled, write, { entries: [stored] }).meals[0]?.entries).toHaveLength(1);
  });
});
