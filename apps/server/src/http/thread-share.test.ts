import { describe, expect, it } from 'vitest';
import { HttpError } from './http-errors.ts';
import { ThreadShare } from './thread-share.ts';

const refusal = (run: () => void): HttpError | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof HttpError) return error;
    throw error;
  }
};

describe('each client\'s share of the thread', () => {
  it('admits a client until it has spent its burst, then refuses it until time earns the share back', () => {
    let now = 0;
    const share = new ThreadShare({ msPerSecond: 100, burstMs: 500 }, 'costly searches', () => now);
    for (let i = 0; i < 9; i++) {
      share.admit('flooder');
      share.spend('flooder', 60);
    }
    const refused = refusal(() => share.admit('flooder'));
    expect([refused?.statusCode, refused?.headers?.['Retry-After']]).toEqual([429, '1']);
    expect(refused?.message).toMatch(/costly searches/);
    // Someone else is not held back by it.
    expect(refusal(() => share.admit('typist'))).toBeUndefined();
    // 540 ms owed, 500 allowed: a second later it owes 440 and is let in again.
    now += 1000;
    expect(refusal(() => share.admit('flooder'))).toBeUndefined();
  });

  it('never holds back a person typing, a few ms a keystroke', () => {
    let now = 0;
    const share = new ThreadShare({ msPerSecond: 100, burstMs: 500 }, 'costly searches', () => now);
    for (let keystroke = 0; keystroke < 10_000; keystroke++) {
      expect(refusal(() => share.admit('typist'))).toBeUndefined();
      share.spend('typist', 8);
      now += 100;
    }
  });

  it('says how long to wait, from how much more than its burst the client spent', () => {
    let now = 0;
    const share = new ThreadShare({ msPerSecond: 100, burstMs: 500 }, 'costly searches', () => now);
    share.spend('flooder', 1700);
    expect(refusal(() => share.admit('flooder'))?.headers?.['Retry-After']).toBe('12');
    now += 12_000;
    expect(refusal(() => share.admit('flooder'))).toBeUndefined();
  });
});
