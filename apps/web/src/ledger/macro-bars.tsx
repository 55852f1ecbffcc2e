import type { Day } from '@macromuse/contract/ledger/days.schemas';

const MACROS = [
  { number: '203', label: 'Protein', className: 'protein' },
  { number: '205', label: 'Carbs', className: 'carbs' },
  { number: '204', label: 'Fat', className: 'fat' },
] as const;

/** Grams to show: one decimal under 10 g, whole grams above. */
export const formatGrams = (g: number): string => (g < 10 ? g.toFixed(1).replace(/\.0$/, '') : String(Math.round(g)));

/** Protein, carbohydrate and fat eaten against their targets, one bar each in its own colour. */
export function MacroBars({ day }: { readonly day: Day }) {
  return (
    <div className="macro-bars">
      {MACROS.map((m) => {
        const progress = day.nutrients.find((n) => n.number === m.number);
        const eaten = progress?.amount ?? 0;
        const target = progress?.target ?? null;
        return (
          <div key={m.number} className="macro">
            <div className="macro-label">
              <span>{m.label}</span>
              <span className="figures">
                {formatGrams(eaten)}
                {target !== null && ` / ${Math.round(target)}`} g
              </span>
            </div>
            <div className={`bar ${m.className}`} role="progressbar" aria-label={m.label} aria-valuemin={0} aria-valuemax={target ?? undefined} aria-valuenow={Math.round(eaten)}>
              <div style={{ width: `${target ? Math.min(100, (eaten / target) * 100) : 0}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
