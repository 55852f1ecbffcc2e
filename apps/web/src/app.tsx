import { lazy, Suspense, type ReactNode } from 'react';
import { SignInScreen } from './accounts/sign-in-screen.tsx';
// Today is the first screen of a signed-in person: loaded with the app, not after it.
import { TodayScreen } from './ledger/today-screen.tsx';
import { useAppStore } from './stores/app-store.ts';
import { useUiStore, type Tab } from './stores/ui-store.ts';
import { ErrorBoundary } from './ui/error-boundary.tsx';
import { SyncStatus } from './ui/sync-status.tsx';
import { TabBar } from './ui/tab-bar.tsx';
import { Toasts } from './ui/toasts.tsx';

const ProfileScreen = lazy(() => import('./targets/profile-screen.tsx').then((m) => ({ default: m.ProfileScreen })));
const AddFoodScreen = lazy(() => import('./foods/add-food-screen.tsx').then((m) => ({ default: m.AddFoodScreen })));
const MyFoodsScreen = lazy(() => import('./foods/my-foods-screen.tsx').then((m) => ({ default: m.MyFoodsScreen })));
const BodyScreen = lazy(() => import('./body/body-screen.tsx').then((m) => ({ default: m.BodyScreen })));
const SettingsScreen = lazy(() => import('./settings/settings-screen.tsx').then((m) => ({ default: m.SettingsScreen })));

const TAB_SCREENS: Record<Tab, { readonly title: string; readonly screen: () => ReactNode }> = {
  today: { title: 'Today', screen: () => <TodayScreen /> },
  foods: { title: 'My foods', screen: () => <MyFoodsScreen /> },
  body: { title: 'Body', screen: () => <BodyScreen /> },
  settings: { title: 'Settings', screen: () => <SettingsScreen /> },
};

/** One screen, loaded when first needed, kept from taking the app down when it fails. */
function Screen({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <ErrorBoundary screen={title}>
      <Suspense fallback={<p className="card loading screen-loading">Loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** The app: sign-in until there is a session, then the tabs (Today, My foods, Body, Settings). */
export function App() {
  const signedIn = useAppStore((s) => s.session !== undefined);
  const addingTo = useUiStore((s) => s.addingTo);
  const editingProfile = useUiStore((s) => s.editingProfile);
  const tab = useUiStore((s) => s.tab);

  let content: ReactNode;
  if (!signedIn) {
    content = (
      <ErrorBoundary screen="Sign in">
        <SignInScreen />
      </ErrorBoundary>
    );
  } else if (editingProfile) {
    content = (
      <Screen title="Your profile">
        <ProfileScreen />
      </Screen>
    );
  } else if (addingTo !== undefined) {
    content = (
      <Screen title="Add food">
        <AddFoodScreen meal={addingTo} />
      </Screen>
    );
  } else {
    content = (
      <div className="shell">
        <TabBar />
        <SyncStatus />
        <Screen title={TAB_SCREENS[tab].title}>{TAB_SCREENS[tab].screen()}</Screen>
      </div>
    );
  }
  return (
    <>
      {content}
      <Toasts />
    </>
  );
}
