import { describe, expect, it } from 'vitest';
import { settle, withPending } from './optimistic-list.ts';

const a = { id: 'a', ml: 250 };
const b = { id: 'b', ml: 500 };
const c = { id: 'c', ml: 300 };

describe('optimistic list', () => {
  it('shows additions at once and hides removals', () => {
    expect(withPending([a, b], { added: [c], removed: ['a'] })).toEqual([b, c]);
  });

  it('never shows an item twice once the server has it', () => {
    expect(withPending([a, c], { added: [c], removed: [] })).toEqual([a, c]);
  });

  it('keeps pending only what the server has not caught up with', () => {
    expect(settle([a, c], { added: [c, b], removed: ['a', 'x'] })).toEqual({ added: [b], removed: ['a'] });
  });
});
