import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../api/api-client.ts';
import { outcomeOfFailure } from './write-outcome.ts';
import type { WriteAction } from './pending-writes.ts';

const failure = (status: number, message = 'refused') => new ApiFailure(status, { error: 'x', message });
const edit: WriteAction = { kind: 'edit', entryId: 'e', patch: { amount: 2 }, preview: {} as never };
const del: WriteAction = { kind: 'delete', entryId: 'e' };
const water: WriteAction = { kind: 'water', water: { id: 'w', date: '2026-03-01', ml: 250 } };

describe('what a failed send means for the write', () => {
  it('tries again when the server was not reached, was busy or failed, or the session must be renewed', () => {
    expect(outcomeOfFailure(water, failure(0))).toEqual({ kind: 'retry', offline: true });
    for (const status of [401, 408, 429, 500, 503]) expect(outcomeOfFailure(water, failure(status))).toEqual({ kind: 'retry', offline: false });
    expect(outcomeOfFailure(water, new TypeError('boom'))).toEqual({ kind: 'retry', offline: false });
  });

  it('counts deleting what is already gone as done', () => {
    expect(outcomeOfFailure(del, failure(404))).toEqual({ kind: 'stored', answer: { removed: true } });
    expect(outcomeOfFailure({ kind: 'delete-water', id: 'w' }, failure(404))).toEqual({ kind: 'stored', answer: { removed: true } });
  });

  it('drops an edit of an entry deleted meanwhile: a deletion is final', () => {
    expect(outcomeOfFailure(edit, failure(404))).toEqual({ kind: 'rejected', reason: 'it was deleted on another device, so the change was not kept' });
  });

  it('drops anything else the server refuses, with its words', () => {
    expect(outcomeOfFailure(water, failure(400, 'ml must be at most 5000 ml at once'))).toEqual({ kind: 'rejected', reason: 'ml must be at most 5000 ml at once' });
    expect(outcomeOfFailure(water, failure(409, 'id taken'))).toEqual({ kind: 'rejected', reason: 'id taken' });
  });
});
