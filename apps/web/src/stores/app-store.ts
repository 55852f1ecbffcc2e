import { create } from 'zustand';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';

const SESSION_KEY = 'macromuse.session';

function storedSession(): AuthTokens | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as AuthTokens) : undefined;
  } catch {
    return undefined;
  }
}

export interface AppState {
  /** The signed-in session, kept across reloads; undefined when signed out. */
  readonly session: AuthTokens | undefined;
  setSession(session: AuthTokens | undefined): void;
}

/** Session and settings: who is signed in. */
export const useAppStore = create<AppState>((set) => ({
  session: storedSession(),
  setSession: (session) => {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
    set({ session });
  },
}));
