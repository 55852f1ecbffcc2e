import { useState } from 'react';
import { version } from '../../package.json';
import { api } from '../api/api.ts';
import { useAppStore } from '../stores/app-store.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';
import type { UnitSystem } from '../targets/body-units.ts';
import { defaultUnits, profileInput } from '../targets/profile-form.ts';
import { UnitsToggle } from '../targets/units-toggle.tsx';
import { useProfile } from '../targets/use-profile.ts';
import { useTargets } from '../targets/use-targets.ts';
import { DataExport } from './data-export.tsx';
import { DeleteAccount } from './delete-account.tsx';
import { failureText } from '../ui/failure-text.ts';
import { MealsEditor } from './meals-editor.tsx';
import { RetryProblem } from '../ui/retry-problem.tsx';
import './settings.css';

/** The account, profile and targets, units, meals, data export, signing out, and deleting the account. */
export function SettingsScreen() {
  const email = useAppStore((s) => s.session?.user.email);
  const setSession = useAppStore((s) => s.setSession);
  const toast = useUiStore((s) => s.toast);
  const date = useUiStore((s) => s.date);
  const loadDay = useDataStore((s) => s.loadDay);
  const { load, show, retry } = useProfile();
  const targetsLoad = useTargets().load;
  const targets = targetsLoad.state === 'ready' ? targetsLoad.targets : undefined;
  const [unitsProblem, setUnitsProblem] = useState<string | undefined>();
  /** The units just chosen, shown at once while they are saved. */
  const [chosenUnits, setChosenUnits] = useState<UnitSystem | undefined>();
  const [signingOut, setSigningOut] = useState<'here' | 'everywhere' | undefined>();
  const [signOutProblem, setSignOutProblem] = useState<string | undefined>();

  const changeUnits = async (units: UnitSystem) => {
    if (load.state !== 'ready' || load.profile.units === units) return;
    setChosenUnits(units);
    setUnitsProblem(undefined);
    try {
      show(await api.saveProfile({ ...profileInput(load.profile), units }));
      toast(units === 'us' ? 'Units: US (lb, ft, fl oz)' : 'Units: metric (kg, cm, ml)');
    } catch (error) {
      setUnitsProblem(failureText(error, 'Your units could not be saved. Try again.'));
    } finally {
      setChosenUnits(undefined);
    }
  };

  const signOut = async (everywhere: boolean) => {
    setSigningOut(everywhere ? 'everywhere' : 'here');
    setSignOutProblem(undefined);
    try {
      await (everywhere ? api.signOutEverywhere() : api.signOut());
      setSession(undefined);
    } catch (error) {
      // Signing out here never waits for the server; signing out everywhere must reach it.
      if (!everywhere) setSession(undefined);
      else setSignOutProblem(failureText(error, 'Could not sign out everywhere. Try again.'));
      setSigningOut(undefined);
    }
  };

  return (
    <main className="settings">
      <h1>Settings</h1>

      <section className="card settings-section" aria-labelledby="account-title">
        <h2 id="account-title">Account</h2>
        <p className="account-email">
          <span className="muted small">Signed in as</span>
          <strong>{email ?? 'you'}</strong>
        </p>
      </section>

      <section className="card settings-section" aria-labelledby="profile-title">
        <h2 id="profile-title">Daily targets</h2>
        {targets ? (
          <p className="target-line figures">
            <strong>{targets.macros.kcal.toLocaleString('en-US')} kcal</strong>
            <span className="tone-protein">{targets.macros.proteinG} g protein</span>
            <span className="tone-carbs">{targets.macros.carbohydrateG} g carbs</span>
            <span className="tone-fat">{targets.macros.fatG} g fat</span>
          </p>
        ) : (
          <p className="muted small">{load.state === 'missing' ? 'Not set up yet: tell us about you to get daily targets.' : 'Computed from your body and goal.'}</p>
        )}
        <button type="button" className="nav-row" onClick={() => useUiStore.getState().editProfile(true)}>
          <span>Profile and targets</span>
          <span aria-hidden="true">›</span>
        </button>
      </section>

      <section className="card settings-section" aria-labelledby="units-title">
        <h2 id="units-title" className="visually-hidden">
          Units
        </h2>
        {load.state === 'failed' ? (
          <RetryProblem error={load.error} onRetry={retry} />
        ) : (
          <UnitsToggle
            name="settings-units"
            value={chosenUnits ?? (load.state === 'ready' ? load.profile.units : defaultUnits(navigator.language))}
            onChange={(u) => void changeUnits(u)}
            disabled={load.state !== 'ready' || chosenUnits !== undefined}
          />
        )}
        {load.state === 'missing' && <p className="small">Set up your profile first; your units are saved with it.</p>}
        {unitsProblem && (
          <p className="field-problem" role="alert">
            {unitsProblem}
          </p>
        )}
      </section>

      {load.state === 'ready' && (
        <MealsEditor
          key={load.profile.updatedAt}
          profile={load.profile}
          onSaved={(profile) => {
            show(profile);
            toast('Meals saved');
            void loadDay(date);
          }}
        />
      )}

      <DataExport />

      <section className="card settings-section" aria-labelledby="signout-title">
        <h2 id="signout-title">Sign out</h2>
        <div className="action-row">
          <button type="button" onClick={() => void signOut(false)} disabled={signingOut !== undefined}>
            {signingOut === 'here' ? 'Signing out…' : 'Sign out'}
          </button>
          <p className="small">Your data stays in your account.</p>
        </div>
        <div className="action-row">
          <button type="button" onClick={() => void signOut(true)} disabled={signingOut !== undefined} aria-describedby="everywhere-hint">
            {signingOut === 'everywhere' ? 'Signing out…' : 'Sign out everywhere'}
          </button>
          <p id="everywhere-hint" className="small">
            Ends every session on every device, this one included. Use it if you lost a phone or signed in on a shared computer.
          </p>
        </div>
        {signOutProblem && (
          <p className="field-problem" role="alert">
            {signOutProblem}
          </p>
        )}
      </section>

      <DeleteAccount />

      <p className="about small">
        MacroMuse {version} · Food data from USDA FoodData Central and Open Food Facts.
      </p>
    </main>
  );
}
