/** A small cross that deletes one row; `label` names what it deletes. */
export function DeleteButton({ label, onDelete }: { readonly label: string; onDelete(): void }) {
  return (
    <button type="button" className="delete" aria-label={label} onClick={onDelete}>
      <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
        <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      </svg>
    </button>
  );
}
