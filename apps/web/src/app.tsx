import { lazy, Suspense } from 'react';
import { SignInScreen } from './accounts/sign-in-screen.tsx';
import { useAppStore } from './stores/app-store.ts';
import { useUiStore } from './stores/ui-store.ts';
import { ErrorBoundary } from './ui/error-boundary.tsx';

const TodayScreen = lazy(() => import('./ledger/today-screen.tsx').then((m) => ({ default: m.TodayScreen })));

/** The app: sign-in until there is a session, then the day. */
export function App() {
  const signedIn = useAppStore((s) => s.session !== undefined);
  const toasts = useUiStore((s) => s.toasts);
  return (
    <>
      {signedIn ? (
        <ErrorBoundary screen="Today">
          <Suspense fallback={<p className="card loading">Loading…</p>}>
            <TodayScreen />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <ErrorBoundary screen="Sign in">
          <SignInScreen />
        </ErrorBoundary>
      )}
      <div className="toasts" aria-live="polite">
        {toasts.map((t) => (
          <p key={t.id} className="toast">
            {t.text}
          </p>
        ))}
      </div>
    </>
  );
}
