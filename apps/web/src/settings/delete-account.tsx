import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useAppStore } from '../stores/app-store.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { failureText } from '../ui/failure-text.ts';

/** The danger zone: erase the account and everything in it, once the password confirms it. */
export function DeleteAccount() {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(undefined);
    setFailure(undefined);
    if (password === '') {
      setProblem('Enter your password to confirm.');
      return;
    }
    setBusy(true);
    try {
      await api.deleteAccount(password);
      await useDataStore.getState().forgetDevice();
      useAppStore.getState().setSession(undefined);
      useUiStore.getState().toast('Your account and all its data were deleted.');
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 403) setProblem('That password is wrong. Your account was not deleted.');
      else setFailure(failureText(error, 'Your account could not be deleted. Try again.'));
      setBusy(false);
    }
  };

  return (
    <section className="card settings-section danger-zone" aria-labelledby="delete-title">
      <h2 id="delete-title">Delete account</h2>
      <p className="small">
        This erases your account and everything in it, at once and for good: your profile and targets, every food you logged, your weights and water, and the foods,
        recipes and favourites you made. It cannot be undone. Download your data first if you want a copy.
      </p>
      {!open ? (
        <button type="button" className="danger" onClick={() => setOpen(true)}>
          Delete account…
        </button>
      ) : (
        <form className="form-grid" onSubmit={submit} noValidate>
          <label htmlFor="delete-password">Password</label>
          <input
            id="delete-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={problem !== undefined}
            {...(problem ? { 'aria-describedby': 'delete-password-problem' } : {})}
            autoFocus
          />
          {problem && (
            <p id="delete-password-problem" className="field-problem">
              {problem}
            </p>
          )}
          {failure && (
            <p className="field-problem" role="alert">
              {failure}
            </p>
          )}
          <div className="button-row">
            <button type="button" onClick={() => { setOpen(false); setPassword(''); setProblem(undefined); setFailure(undefined); }} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="danger solid" disabled={busy}>
              {busy ? 'Deleting…' : 'Delete my account for good'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
