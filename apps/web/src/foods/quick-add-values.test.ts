import { describe, expect, it } from 'vitest';
import { newQuickAddSchema } from '@macromuse/contract/ledger/entries.schemas';
import { buildQuickAdd, EMPTY_QUICK_ADD } from './quick-add-values.ts';

describe('quick add values', () => {
  it('needs only calories', () => {
    expect(buildQuickAdd({ ...EMPTY_QUICK_ADD, kcal: '350' })).toEqual({ ok: true, values: { kcal: 350 } });
  });

  it('sends the name and the macros typed, as the contract reads them', () => {
    const built = buildQuickAdd({ name: ' Office cake ', kcal: '420', protein: '5', carbs: '52,5', fat: '21' });
    expect(built).toEqual({ ok: true, values: { name: 'Office cake', kcal: 420, protein: 5, carbs: 52.5, fat: 21 } });
    if (built.ok) {
      const entry = { id: '1b4e28ba-2fa1-41d2-883f-0016d3cca427', date: '2026-03-01', meal: 'snacks', ...built.values };
      expect(newQuickAddSchema.safeParse(entry).success).toBe(true);
    }
  });

  it('says what is wrong with each field', () => {
    expect(buildQuickAdd({ name: '', kcal: '', protein: 'x', carbs: '-2', fat: '2001' })).toEqual({
      ok: false,
      problems: { kcal: 'are required', protein: 'must be a number', carbs: 'must not be negative', fat: 'must be at most 2000 g' },
    });
    expect(buildQuickAdd({ ...EMPTY_QUICK_ADD, kcal: '10001' })).toEqual({ ok: false, problems: { kcal: 'must be at most 10000 kcal' } });
  });
});
