import type { TargetSettings } from '@macromuse/contract/targets/targets.schemas';
import { parseDecimal } from './body-units.ts';

/** The five targets a person can set: each computed, or set one of a few ways. */
export const TARGET_KEYS = ['kcal', 'protein', 'carbs', 'fat', 'fibre'] as const;
export type TargetKey = (typeof TARGET_KEYS)[number];

/** How one target is set: computed, in its own unit a day, in g per kg of body weight, or in % of calories. */
export type TargetMode = 'computed' | 'amount' | 'per-kg' | 'percent';

/** The ways each target can be set, the computed way first. */
export const TARGET_MODES: Readonly<Record<TargetKey, readonly TargetMode[]>> = {
  kcal: ['computed', 'amount'],
  protein: ['computed', 'per-kg', 'percent', 'amount'],
  carbs: ['computed', 'amount'],
  fat: ['computed', 'percent', 'amount'],
  fibre: ['computed', 'amount'],
};

export interface TargetRow {
  readonly mode: TargetMode;
  /** The number as typed (empty while computed). */
  readonly text: string;
}

export type TargetForm = Readonly<Record<TargetKey, TargetRow>>;

const COMPUTED: TargetRow = { mode: 'computed', text: '' };
const row = (mode: TargetMode, value: number | undefined): TargetRow => (value === undefined ? COMPUTED : { mode, text: String(value) });

/** The form showing saved settings: a gram target set by hand wins over a g/kg or % rule, as on the server. */
export function formFromSettings(settings: TargetSettings): TargetForm {
  const manual = settings.manual ?? {};
  const protein =
    manual.proteinG !== undefined
      ? row('amount', manual.proteinG)
      : settings.protein?.kind === 'per-kg'
        ? row('per-kg', settings.protein.gPerKg)
        : settings.protein?.kind === 'percent'
          ? row('percent', settings.protein.pct)
          : COMPUTED;
  return {
    kcal: row('amount', manual.kcal),
    protein,
    carbs: row('amount', manual.carbohydrateG),
    fat: manual.fatG !== undefined ? row('amount', manual.fatG) : row('percent', settings.fatPct),
    fibre: row('amount', manual.fibreG),
  };
}

export type TargetProblems = Partial<Record<TargetKey, string>>;

/**
 * The settings to save from the form, keeping what the form does not show (vitamin and mineral
 * targets); or, when a number is missing or not a number, the problem by target.
 */
export function settingsFromForm(
  form: TargetForm,
  allowBelowFloor: boolean,
  kept: TargetSettings,
): { readonly settings: TargetSettings } | { readonly problems: TargetProblems } {
  const problems: TargetProblems = {};
  const values: Partial<Record<TargetKey, number>> = {};
  for (const key of TARGET_KEYS) {
    const { mode, text } = form[key];
    if (mode === 'computed') continue;
    const value = parseDecimal(text);
    if (value === undefined) problems[key] = text.trim() === '' ? 'Enter a number, or use the computed target.' : 'Enter a number such as 120.';
    else values[key] = value;
  }
  if (Object.keys(problems).length > 0) return { problems };

  const modeOf = (key: TargetKey): TargetMode => form[key].mode;
  const manual: NonNullable<TargetSettings['manual']> = {
    ...(values.kcal !== undefined ? { kcal: values.kcal } : {}),
    ...(modeOf('protein') === 'amount' && values.protein !== undefined ? { proteinG: values.protein } : {}),
    ...(modeOf('fat') === 'amount' && values.fat !== undefined ? { fatG: values.fat } : {}),
    ...(values.carbs !== undefined ? { carbohydrateG: values.carbs } : {}),
    ...(values.fibre !== undefined ? { fibreG: values.fibre } : {}),
  };
  const protein: TargetSettings['protein'] =
    modeOf('protein') === 'per-kg' && values.protein !== undefined
      ? { kind: 'per-kg', gPerKg: values.protein }
      : modeOf('protein') === 'percent' && values.protein !== undefined
        ? { kind: 'percent', pct: values.protein }
        : undefined;
  const fatPct = modeOf('fat') === 'percent' ? values.fat : undefined;
  return {
    settings: {
      ...(protein ? { protein } : {}),
      ...(fatPct !== undefined ? { fatPct } : {}),
      ...(allowBelowFloor ? { allowBelowFloor: true } : {}),
      ...(Object.keys(manual).length > 0 ? { manual } : {}),
      ...(kept.micronutrients ? { micronutrients: kept.micronutrients } : {}),
    },
  };
}

/** The target a field named by the server ("manual.kcal", "protein.gPerKg", "fatPct") belongs to. */
export function targetOfField(field: string): TargetKey | undefined {
  if (field === 'manual.kcal') return 'kcal';
  if (field.startsWith('protein') || field === 'manual.proteinG') return 'protein';
  if (field === 'fatPct' || field === 'manual.fatG') return 'fat';
  if (field === 'manual.carbohydrateG') return 'carbs';
  if (field === 'manual.fibreG') return 'fibre';
  return undefined;
}
