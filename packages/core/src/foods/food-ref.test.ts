import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foodRefOf, formatFoodRef, parseFoodRef } from './food-ref.ts';

describe('food references', () => {
  it('tells catalog foods, custom foods and recipes apart, in one spelling', () => {
    expect(parseFoodRef('0042')).toEqual({ ok: true, ref: { kind: 'catalog', id: '42' } });
    expect(parseFoodRef('9f1c2d3e-0000-4000-8000-00000000000a')).toEqual({ ok: true, ref: { kind: 'custom', id: '9f1c2d3e-0000-4000-8000-00000000000a' } });
    expect(parseFoodRef('9F1C2D3E-0000-4000-8000-00000000000A').ok).toBe(false);
    expect(parseFoodRef('recipe:9f1c2d3e-0000-4000-8000-00000000000a')).toEqual({ ok: true, ref: { kind: 'recipe', id: '9f1c2d3e-0000-4000-8000-00000000000a' } });
  });

  it('refuses what names no food, and ids past the largest', () => {
    for (const text of ['', 'abc', '12a', '-1', '1.5', 'recipe:12', 'recipe:', '9223372036854775808', '12345678901234567890']) {
      expect(parseFoodRef(text).ok, text).toBe(false);
    }
    expect(parseFoodRef('9223372036854775807').ok).toBe(true);
  });

  it('formats what it parses back to the same reference', () => {
    const refs = fc.oneof(
      fc.bigInt({ min: 0n, max: 9223372036854775807n }).map((n) => n.toString()),
      fc.uuid(),
      fc.uuid().map((u) => `recipe:${u}`),
    );
    fc.assert(
      fc.property(refs, (text) => {
        const ref = foodRefOf(text);
        expect(ref).toBeDefined();
        if (ref) expect(foodRefOf(formatFoodRef(ref))).toEqual(ref);
      }),
    );
  });
});
