import { useCallback, useEffect, useState } from 'react';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { failureText } from '../ui/failure-text.ts';

/** The person's profile as read from the server: missing before the first run. */
export type ProfileLoad =
  | { readonly state: 'loading' }
  | { readonly state: 'missing' }
  | { readonly state: 'ready'; readonly profile: Profile }
  | { readonly state: 'failed'; readonly error: string };

/** Reads the profile once on mount; `show` puts a saved one on screen, `retry` reads it again. */
export function useProfile(): { readonly load: ProfileLoad; show(profile: Profile): void; retry(): void } {
  const [load, setLoad] = useState<ProfileLoad>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    api.profile().then(
      (profile) => current && setLoad({ state: 'ready', profile }),
      (error: unknown) => {
        if (!current) return;
        if (error instanceof ApiFailure && error.status === 404) setLoad({ state: 'missing' });
        else setLoad({ state: 'failed', error: failureText(error, 'Your profile could not be read. Try again.') });
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const show = useCallback((profile: Profile) => setLoad({ state: 'ready', profile }), []);
  const retry = useCallback(() => {
    setLoad({ state: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, show, retry };
}
