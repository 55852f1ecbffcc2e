import { lazy, Suspense } from 'react';
import { SignInScreen } from './accounts/sign-in-screen.tsx';
import { useAppStore } from './stores/app-store.ts';
import { useUiStore } from './stores/ui-store.ts';
import { ErrorBoundary } from './ui/error-boundary.tsx';

const TodayScreen = lazy(() => import('./ledger/today-screen.tsx').then((m) => ({ default: m.TodayScreen })));
const ProfileScreen = lazy(() => import('./targets/profile-screen.tsx').then((m) => ({ default: m.ProfileScreen })));
const AddFoodScreen = lazy(() => import('./foods/add-food-screen.tsx').then((m) => ({ default: m.AddFoodScreen })));

/** The app: sign-in until there is a session, then the day. */
export function App() {
  const signedIn = useAppStore((s) => s.session !== undefined);
  const toasts = useUiStore((s) => s.toasts);
  const addingTo = useUiStore((s) => s.addingTo);
  const editingProfile = useUiStore((s) => s.editingProfile);
  return (
    <>
      {signedIn && editingProfile ? (
        <ErrorBoundary screen="Your profile">
          <Suspense fallback={<p className="card loading">Loading…</p>}>
            <ProfileScreen />
          </Suspense>
        </ErrorBoundary>
      ) : signedIn && addingTo !== undefined ? (
        <ErrorBoundary screen="Add food">
          <Suspense fallback={<p className="card loading">Loading…</p>}>
            <AddFoodScreen meal={addingTo} />
          </Suspense>
        </ErrorBoundary>
      ) : signedIn ? (
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
