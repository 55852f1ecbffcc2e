import { useEffect } from 'react';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { api } from '../api/api.ts';
import { useAppStore, type TargetsLoad } from '../stores/app-store.ts';
import { failureText } from '../ui/failure-text.ts';
import { useProfile } from './use-profile.ts';

export type { TargetsLoad };

/** Reads the targets into the app store. */
async function readTargets(): Promise<void> {
  const { setTargets } = useAppStore.getState();
  try {
    setTargets({ state: 'ready', targets: await api.targets() });
  } catch (error) {
    setTargets({ state: 'failed', error: failureText(error, 'Your targets could not be read. Try again.') });
  }
}

/**
 * The daily targets shared by every screen (read once, and again after the profile or the
 * targets change); none before there is a profile, so a new person's first run asks for nothing
 * that is not there. `show` puts saved targets everywhere; `retry` reads them again.
 */
export function useTargets(): { readonly load: TargetsLoad; show(targets: Targets): void; retry(): void } {
  const profile = useProfile().load.state;
  const stored = useAppStore((s) => s.targets);
  const setTargets = useAppStore((s) => s.setTargets);
  const load: TargetsLoad = profile === 'missing' ? { state: 'none' } : stored;
  const needed = profile === 'ready' && stored.state === 'loading';
  useEffect(() => {
    if (needed) void readTargets();
  }, [needed]);
  return { load, show: (targets) => setTargets({ state: 'ready', targets }), retry: () => setTargets({ state: 'loading' }) };
}
