interface Props {
  readonly name: string;
  readonly backLabel: string;
  /** Why the food could not be opened; undefined while it loads. */
  readonly problem: string | undefined;
  onBack(): void;
  onRetry(): void;
}

/** A food being opened: its name at once, then its detail, or why it could not be had with a way to retry. */
export function OpeningCard({ name, backLabel, problem, onBack, onRetry }: Props) {
  return (
    <section className="card picker" aria-busy={problem === undefined} aria-labelledby="opening-title">
      <button type="button" className="back" onClick={onBack}>
        ‹ {backLabel}
      </button>
      <h2 id="opening-title">{name}</h2>
      {problem === undefined ? (
        <p className="loading" aria-live="polite">
          Loading its portions and nutrients…
        </p>
      ) : (
        <div role="alert" className="problem-box">
          <p className="field-problem">{problem}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </section>
  );
}
