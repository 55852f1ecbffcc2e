import { useState, type FormEvent } from 'react';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useAppStore } from '../stores/app-store.ts';
import { useUiStore } from '../stores/ui-store.ts';

/** Sign in, or create an account, with an email and a password. */
export function SignInScreen() {
  const setSession = useAppStore((s) => s.setSession);
  const [mode, setMode] = useState<'signin' | 'signup'>('signin');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      if (mode === 'signin') {
        setSession(await api.signIn(email, password));
      } else {
        setSession(await api.signUp(email, password));
        useUiStore.getState().editProfile(true);
      }
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, undefined));
    } finally {
      setBusy(false);
    }
  };

  const emailProblem = failure?.problemWith('email');
  const passwordProblem = failure?.problemWith('password');
  return (
    <main className="auth">
      <h1 className="brand">MacroMuse</h1>
      <p className="tagline">Log what you eat in two taps.</p>
      <form className="card" onSubmit={submit} noValidate>
        <h2>{mode === 'signin' ? 'Sign in' : 'Create your account'}</h2>
        <label htmlFor="email">Email</label>
        <input id="email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} aria-invalid={emailProblem !== undefined} aria-describedby="email-problem" required />
        {emailProblem && <p id="email-problem" className="field-problem">Email {emailProblem}</p>}
        <label htmlFor="password">Password</label>
        <input
          id="password"
          type="password"
          autoComplete={mode === 'signin' ? 'current-password' : 'new-password'}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={passwordProblem !== undefined}
          aria-describedby="password-problem"
          required
        />
        {passwordProblem && <p id="password-problem" className="field-problem">Password {passwordProblem}</p>}
        {failure && !emailProblem && !passwordProblem && <p className="field-problem" role="alert">{failure.message}</p>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'One moment…' : mode === 'signin' ? 'Sign in' : 'Create account'}
        </button>
        <button type="button" className="link" onClick={() => { setMode(mode === 'signin' ? 'signup' : 'signin'); setFailure(undefined); }}>
          {mode === 'signin' ? 'New here? Create an account' : 'Have an account? Sign in'}
        </button>
      </form>
    </main>
  );
}
