import { NumberField } from './number-field.tsx';
import { TARGET_MODES, type TargetKey, type TargetMode, type TargetRow as Row } from './target-form.ts';

interface Describe {
  readonly name: string;
  /** Colour class of the macro, shared with rings and bars. */
  readonly tone?: string;
  /** How the computed target is made. */
  readonly computed: string;
}

const TARGETS: Readonly<Record<TargetKey, Describe>> = {
  kcal: { name: 'Calories', computed: 'Computed from your body, activity and goal.' },
  protein: { name: 'Protein', tone: 'tone-protein', computed: 'Computed: 1.6 g per kg of body weight.' },
  carbs: { name: 'Carbs', tone: 'tone-carbs', computed: 'Computed: the calories protein and fat leave.' },
  fat: { name: 'Fat', tone: 'tone-fat', computed: 'Computed: 30 % of calories.' },
  fibre: { name: 'Fibre', computed: 'Computed: 14 g per 1,000 kcal.' },
};

const MODE_LABELS: Readonly<Record<TargetMode, string>> = {
  computed: 'Computed',
  amount: 'Set by hand',
  'per-kg': 'Grams per kg of body weight',
  percent: '% of calories',
};

/** The unit typed, and the words for it in the field's name. */
function unitOf(key: TargetKey, mode: TargetMode): { readonly unit: string; readonly words: string } {
  if (mode === 'per-kg') return { unit: 'g/kg', words: 'g per kg of body weight' };
  if (mode === 'percent') return { unit: '%', words: '% of calories' };
  return key === 'kcal' ? { unit: 'kcal', words: 'kcal a day' } : { unit: 'g', words: 'g a day' };
}

interface Props {
  readonly target: TargetKey;
  readonly row: Row;
  /** The target as it stands, e.g. "128 g". */
  readonly value: string;
  readonly problem: string | undefined;
  onMode(mode: TargetMode): void;
  onText(text: string): void;
}

/** One target: its value now, how it is set (computed, by hand, per kg, % of calories), and the number. */
export function TargetRow({ target, row, value, problem, onMode, onText }: Props) {
  const { name, tone, computed } = TARGETS[target];
  const { unit, words } = unitOf(target, row.mode);
  return (
    <div className="target-row">
      <div className="target-head">
        <span className={tone ? `target-name ${tone}` : 'target-name'}>{name}</span>
        <span className="figures target-value">{value}</span>
      </div>
      <div className="target-controls">
        <select aria-label={`How to set ${name.toLowerCase()}`} value={row.mode} onChange={(e) => onMode(TARGET_MODES[target].find((m) => m === e.target.value) ?? 'computed')}>
          {TARGET_MODES[target].map((mode) => (
            <option key={mode} value={mode}>
              {MODE_LABELS[mode]}
            </option>
          ))}
        </select>
        {row.mode !== 'computed' && (
          <>
            <NumberField id={`target-${target}`} label={`${name} (${words})`} labelHidden unit={unit} value={row.text} onChange={onText} problem={problem} />
            <button type="button" className="link use-computed" aria-label={`Use computed ${name.toLowerCase()}`} onClick={() => onMode('computed')}>
              Use computed
            </button>
          </>
        )}
      </div>
      {row.mode === 'computed' && <p className="small target-how">{computed}</p>}
    </div>
  );
}
