import { create } from 'zustand';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';

const SESSION_KEY = 'macromuse.session';

function storedSession(): AuthTokens | undefined {
  try {
    const raw = localStorage.getItem(SESSION_KEY);
    return raw ? (JSON.parse(raw) as AuthTokens) : undefined;
  } catch {
    return undefined;
  }
}

/** The person's profile (body, goal, units, meals) as read from the server: missing before the first run. */
export type ProfileLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'ready'; readonly profile: Profile }
  | { readonly state: 'failed'; readonly error: string };

/** The person's daily targets as the server computes them: none before there is a profile. */
export type TargetsLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'none' }
  | { readonly state: 'ready'; readonly targets: Targets }
  | { readonly state: 'failed'; readonly error: string };

export interface AppState {
  /** The signed-in session, kept across reloads; undefined when signed out. */
  readonly session: AuthTokens | undefined;
  /** The signed-in person's profile and settings (units, meals), read once and shared by every screen. */
  readonly profile: ProfileLoad;
  /** Their targets, read once and shared (the nutrition label, Settings, the targets step); read again after a change. */
  readonly targets: TargetsLoad;
  setSession(session: AuthTokens | undefined): void;
  setProfile(profile: ProfileLoad): void;
  /** A profile just saved: shown everywhere, and the targets computed from it read again. */
  profileSaved(profile: Profile): void;
  setTargets(targets: TargetsLoad): void;
}

/** What is forgotten when someone else signs in (or no one is): their profile and targets are read afresh. */
const NOT_READ = { profile: { state: 'loading' }, targets: { state: 'loading' } } as const;

/** Session and settings: who is signed in, their profile and their targets. */
export const useAppStore = create<AppState>((set, get) => ({
  session: storedSession(),
  ...NOT_READ,
  setSession: (session) => {
    if (session) localStorage.setItem(SESSION_KEY, JSON.stringify(session));
    else localStorage.removeItem(SESSION_KEY);
    // Someone else (or no one): their profile is read afresh.
    const samePerson = session !== undefined && session.user.id === get().session?.user.id;
    set(samePerson ? { session } : { session, ...NOT_READ });
  },
  setProfile: (profile) => set({ profile }),
  profileSaved: (profile) => set({ profile: { state: 'ready', profile }, targets: { state: 'loading' } }),
  setTargets: (targets) => set({ targets }),
}));

// Another tab renewed the session (each refresh token works once), signed out, or signed in as someone else.
window.addEventListener('storage', (event) => {
  if (event.key !== SESSION_KEY) return;
  const session = storedSession();
  const samePerson = session !== undefined && session.user.id === useAppStore.getState().session?.user.id;
  useAppStore.setState(samePerson ? { session } : { session, ...NOT_READ });
});
