import { describe, expect, it } from 'vitest';
import { formFromSettings, settingsFromForm, targetOfField, type TargetForm } from './target-form.ts';

const computed: TargetForm = formFromSettings({});

describe('target form', () => {
  it('shows every target as computed when nothing was set', () => {
    expect(Object.values(computed).every((r) => r.mode === 'computed')).toBe(true);
    expect(settingsFromForm(computed, false, {})).toEqual({ settings: {} });
  });

  it('round-trips settings made every way', () => {
    const settings = {
      protein: { kind: 'per-kg' as const, gPerKg: 2 },
      fatPct: 25,
      allowBelowFloor: true,
      manual: { kcal: 1800, carbohydrateG: 180, fibreG: 35 },
      micronutrients: { '401': 120 },
    };
    const form = formFromSettings(settings);
    expect(form.protein).toEqual({ mode: 'per-kg', text: '2' });
    expect(form.fat).toEqual({ mode: 'percent', text: '25' });
    expect(form.kcal).toEqual({ mode: 'amount', text: '1800' });
    expect(settingsFromForm(form, true, settings)).toEqual({ settings });
  });

  it('prefers grams set by hand to a rule, as the server does', () => {
    const form = formFromSettings({ protein: { kind: 'percent', pct: 30 }, fatPct: 30, manual: { proteinG: 150, fatG: 70 } });
    expect(form.protein).toEqual({ mode: 'amount', text: '150' });
    expect(form.fat).toEqual({ mode: 'amount', text: '70' });
    expect(settingsFromForm(form, false, {})).toEqual({ settings: { manual: { proteinG: 150, fatG: 70 } } });
  });

  it('reads protein as % of calories and decimal commas', () => {
    const form: TargetForm = { ...computed, protein: { mode: 'percent', text: '27,5' } };
    expect(settingsFromForm(form, false, {})).toEqual({ settings: { protein: { kind: 'percent', pct: 27.5 } } });
  });

  it('names the targets whose number is missing or wrong', () => {
    const form: TargetForm = { ...computed, kcal: { mode: 'amount', text: '' }, fat: { mode: 'percent', text: 'lots' } };
    expect(settingsFromForm(form, false, {})).toEqual({
      problems: { kcal: 'Enter a number, or use the computed target.', fat: 'Enter a number such as 120.' },
    });
  });

  it('finds the target of a field the server names', () => {
    expect(targetOfField('manual.kcal')).toBe('kcal');
    expect(targetOfField('protein.gPerKg')).toBe('protein');
    expect(targetOfField('fatPct')).toBe('fat');
    expect(targetOfField('manual.carbohydrateG')).toBe('carbs');
    expect(targetOfField('micronutrients.401')).toBeUndefined();
  });
});
