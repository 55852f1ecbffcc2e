import { useEffect, useRef, useState } from 'react';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { DEFAULT_MEALS } from '@macromuse/core/ledger/meals';
import { RetryProblem } from '../ui/retry-problem.tsx';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { AboutYouForm } from './about-you-form.tsx';
import { defaultUnits, emptyProfileForm, formFromProfile } from './profile-form.ts';
import { TargetsStep } from './targets-step.tsx';
import { useProfile } from './use-profile.ts';
import { useTargets } from './use-targets.ts';
import './targets.css';

/**
 * The body and goal the targets come from (filled in with the saved profile when there is one),
 * then the targets themselves, each explained and adjustable.
 */
export function ProfileScreen() {
  const date = useUiStore((s) => s.date);
  const loadDay = useDataStore((s) => s.loadDay);
  const { load, show, retry } = useProfile();
  const { load: targetsLoad, show: showTargets, retry: retryTargets } = useTargets();
  const targets = targetsLoad.state === 'ready' ? targetsLoad.targets : undefined;
  /** Whether the person moved on to the targets step (shown once the targets are read). */
  const [choosing, setChoosing] = useState(false);
  const opening = choosing && targetsLoad.state === 'failed' ? targetsLoad.error : undefined;
  const close = () => {
    useUiStore.getState().editProfile(false);
    void loadDay(date);
  };

  const openTargets = () => {
    if (targetsLoad.state === 'failed') retryTargets();
    setChoosing(true);
    void loadDay(date);
  };
  const saved = async (profile: Profile) => {
    show(profile);
    openTargets();
  };

  // Known at the first read: a profile saved during this visit does not make it a later one.
  const [firstRun, setFirstRun] = useState<boolean | undefined>();
  if (firstRun === undefined && load.state !== 'loading' && load.state !== 'failed') setFirstRun(load.state === 'missing');
  const step = choosing && targets && load.state === 'ready' ? 2 : 1;

  // A new step starts at the top, with its heading focused for keyboard and screen reader users.
  const main = useRef<HTMLElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    window.scrollTo({ top: 0 });
    main.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [step]);

  return (
    <main className="profile" ref={main}>
      <header className="profile-bar">
        <p className="step">
          {load.state === 'loading' ? 'Your profile' : `Step ${step} of 2 · ${step === 1 ? 'About you' : 'Your targets'}`}
        </p>
        <button type="button" className="link" onClick={close}>
          {load.state === 'missing' ? 'Not now' : 'Close'}
        </button>
      </header>
      {load.state === 'loading' && (
        <p className="card loading" aria-live="polite">
          Loading your profile…
        </p>
      )}
      {load.state === 'failed' && <RetryProblem card error={load.error} onRetry={retry} />}
      {step === 2 && targets && load.state === 'ready' && (
        <TargetsStep profile={load.profile} saved={targets} onSaved={showTargets} onDone={close} onBack={() => setChoosing(false)} firstRun={firstRun === true} />
      )}
      {step === 1 && (load.state === 'ready' || load.state === 'missing') && (
        <>
          {load.state === 'missing' && (
            <p className="welcome">
              Welcome to MacroMuse. Two quick steps: tell us about you, and we will work out how much to eat. Nothing is shared.
            </p>
          )}
          <AboutYouForm
            initial={load.state === 'ready' ? formFromProfile(load.profile) : emptyProfileForm(defaultUnits(navigator.language))}
            kept={
              load.state === 'ready'
                ? { meals: load.profile.meals, timeZone: load.profile.timeZone }
                : { meals: [...DEFAULT_MEALS], timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }
            }
            onSaved={saved}
          />
          {load.state === 'ready' && (
            <div className="skip">
              <button type="button" className="link" onClick={openTargets}>
                Skip to targets
              </button>
              {opening && (
                <p className="field-problem" role="alert">
                  {opening}
                </p>
              )}
            </div>
          )}
        </>
      )}
    </main>
  );
}
