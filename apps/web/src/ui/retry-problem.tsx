/** What could not be read or saved, in words, with a way to try again. */
export function RetryProblem({ error, onRetry, card = false }: { readonly error: string; onRetry(): void; readonly card?: boolean }) {
  return (
    <div className={card ? 'card problem' : 'problem'} role="alert">
      <p>{error}</p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
