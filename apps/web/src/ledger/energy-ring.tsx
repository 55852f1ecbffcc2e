/** The day's calories as a ring: the share of the target eaten, and what remains in the middle. */
export function EnergyRing({ kcal, target }: { readonly kcal: number; readonly target: number | null }) {
  const radius = 52;
  const circumference = 2 * Math.PI * radius;
  const share = target ? Math.min(kcal / target, 1) : 0;
  const remaining = target === null ? null : Math.round(target - kcal);
  const over = remaining !== null && remaining < 0;
  return (
    <figure className="energy-ring" aria-label={target === null ? `${Math.round(kcal)} kcal eaten` : `${Math.round(kcal)} of ${target} kcal eaten`}>
      <svg viewBox="0 0 120 120" width="140" height="140" aria-hidden="true">
        <circle cx="60" cy="60" r={radius} className="ring-track" />
        {share > 0 && (
          <circle
            cx="60"
            cy="60"
            r={radius}
            className={over ? 'ring-fill over' : 'ring-fill'}
            strokeDasharray={`${share * circumference} ${circumference}`}
            transform="rotate(-90 60 60)"
          />
        )}
      </svg>
      <figcaption>
        <span className="big-number">{remaining === null ? Math.round(kcal) : Math.abs(remaining)}</span>
        <span className="unit">{remaining === null ? 'kcal eaten' : over ? 'kcal over' : 'kcal left'}</span>
      </figcaption>
    </figure>
  );
}
