import { api } from '../api/api.ts';
import { useAppStore } from '../stores/app-store.ts';

/** Profile, targets, units, export and the account. */
export function SettingsScreen() {
  const setSession = useAppStore((s) => s.setSession);
  return (
    <main className="settings">
      <h1>Settings</h1>
      <button type="button" onClick={() => void api.signOut().finally(() => setSession(undefined))}>
        Sign out
      </button>
    </main>
  );
}
