import { useCallback, useEffect } from 'react';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { api } from '../api/api.ts';
import { useAppStore, type ProfileLoad } from '../stores/app-store.ts';
import { failureText } from '../ui/failure-text.ts';

export type { ProfileLoad };

/** Reads the profile into the app store unless it is there already. */
async function readProfile(): Promise<void> {
  const { setProfile } = useAppStore.getState();
  try {
    const profile = await api.profile();
    setProfile(profile ? { state: 'ready', profile } : { state: 'missing' });
  } catch (error) {
    setProfile({ state: 'failed', error: failureText(error, 'Your profile could not be read. Try again.') });
  }
}

/** The profile shared by every screen (read once); `show` puts a saved one everywhere, `retry` reads it again. */
export function useProfile(): { readonly load: ProfileLoad; show(profile: Profile): void; retry(): void } {
  const load = useAppStore((s) => s.profile);
  const setProfile = useAppStore((s) => s.setProfile);
  const needed = load.state === 'loading';
  useEffect(() => {
    if (needed) void readProfile();
  }, [needed]);
  const show = useAppStore((s) => s.profileSaved);
  const retry = useCallback(() => setProfile({ state: 'loading' }), [setProfile]);
  return { load, show, retry };
}
