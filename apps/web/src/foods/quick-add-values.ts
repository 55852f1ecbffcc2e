import type { NewQuickAdd } from '@macromuse/contract/ledger/entries.schemas';
import type { FieldProblems } from './field-problems.ts';
import { parseNumberText } from './number-text.ts';

/** The quick add form as typed. */
export interface QuickAddForm {
  readonly name: string;
  readonly kcal: string;
  readonly protein: string;
  readonly carbs: string;
  readonly fat: string;
}

export const EMPTY_QUICK_ADD: QuickAddForm = { name: '', kcal: '', protein: '', carbs: '', fat: '' };

type QuickValues = Omit<NewQuickAdd, 'id' | 'date' | 'meal'>;

export type BuiltQuickAdd = { readonly ok: true; readonly values: QuickValues } | { readonly ok: false; readonly problems: FieldProblems };

/** The calories and macros to add from what was typed (only kcal required), or the problems by field. */
export function buildQuickAdd(form: QuickAddForm): BuiltQuickAdd {
  const problems: Record<string, string> = {};
  const read = (field: 'kcal' | 'protein' | 'carbs' | 'fat', max: number, unit: string): number | undefined => {
    const value = parseNumberText(form[field]);
    if (value === undefined) {
      if (field === 'kcal') problems[field] = 'are required';
    } else if (Number.isNaN(value)) problems[field] = 'must be a number';
    else if (value < 0) problems[field] = 'must not be negative';
    else if (value > max) problems[field] = `must be at most ${max} ${unit}`;
    else return value;
    return undefined;
  };
  const kcal = read('kcal', 10000, 'kcal');
  const protein = read('protein', 2000, 'g');
  const carbs = read('carbs', 2000, 'g');
  const fat = read('fat', 2000, 'g');
  if (Object.keys(problems).length > 0 || kcal === undefined) return { ok: false, problems };
  const name = form.name.trim();
  return {
    ok: true,
    values: {
      kcal,
      ...(name === '' ? {} : { name }),
      ...(protein === undefined ? {} : { protein }),
      ...(carbs === undefined ? {} : { carbs }),
      ...(fat === undefined ? {} : { fat }),
    },
  };
}
