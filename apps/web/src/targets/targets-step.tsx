import { useState } from 'react';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useUiStore } from '../stores/ui-store.ts';
import { formFromSettings, settingsFromForm, targetOfField, TARGET_KEYS, type TargetForm, type TargetKey, type TargetMode, type TargetProblems } from './target-form.ts';
import { previewTargets, startingText } from './target-preview.ts';
import { TargetRow } from './target-row.tsx';
import { floorReached, warningText } from './target-warnings.ts';

interface Props {
  readonly profile: Profile;
  /** The targets as saved on the server. */
  readonly saved: Targets;
  onSaved(targets: Targets): void;
  /** Closes the profile: the targets are saved. */
  onDone(): void;
  onBack(): void;
  /** The first visit: the last button says "Start logging" rather than "Done". */
  readonly firstRun: boolean;
}

const kcal = (n: number): string => `${Math.round(n).toLocaleString('en-US')} kcal`;

function valueOf(key: TargetKey, macros: Targets['macros']): string {
  if (key === 'kcal') return kcal(macros.kcal);
  const grams = { protein: macros.proteinG, carbs: macros.carbohydrateG, fat: macros.fatG, fibre: macros.fibreG }[key];
  return `${grams} g`;
}

const MANUAL_KEY: Readonly<Record<TargetKey, keyof Targets['macros']['manual']>> = { kcal: 'kcal', protein: 'proteinG', carbs: 'carbohydrateG', fat: 'fatG', fibre: 'fibreG' };

/** The targets computed from the profile, each explained and adjustable, previewed as they change, then saved. */
export function TargetsStep({ profile, saved, onSaved, onDone, onBack, firstRun }: Props) {
  const [form, setForm] = useState<TargetForm>(() => formFromSettings(saved.settings));
  const [allowBelowFloor, setAllowBelowFloor] = useState(saved.settings.allowBelowFloor === true);
  const [problems, setProblems] = useState<TargetProblems>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const result = settingsFromForm(form, allowBelowFloor, saved.settings);
  const savedAs = JSON.stringify(settingsFromForm(formFromSettings(saved.settings), saved.settings.allowBelowFloor === true, saved.settings));
  const dirty = 'settings' in result ? JSON.stringify(result) !== savedAs : true;
  const shown = dirty && 'settings' in result ? previewTargets(profile, result.settings, saved.onDate) : saved;
  const manual = shown.macros.manual;

  const setMode = (key: TargetKey, mode: TargetMode) => {
    setForm((f) => ({ ...f, [key]: { mode, text: startingText(key, mode, shown.macros, profile.weightKg) } }));
    setProblems((p) => ({ ...p, [key]: undefined }));
  };
  const setText = (key: TargetKey, text: string) => setForm((f) => ({ ...f, [key]: { ...f[key], text } }));

  /** Saves the settings; true when they were saved (or nothing had changed). */
  const save = async (): Promise<boolean> => {
    setFailure(undefined);
    if ('problems' in result) {
      setProblems(result.problems);
      return false;
    }
    if (!dirty) return true;
    setProblems({});
    setBusy(true);
    try {
      const targets = await api.saveTargets(result.settings);
      onSaved(targets);
      useUiStore.getState().toast('Targets saved');
      setForm(formFromSettings(targets.settings));
      return true;
    } catch (error) {
      const fields = error instanceof ApiFailure ? (error.body?.fields ?? []) : [];
      const byTarget: TargetProblems = {};
      for (const f of fields) {
        const key = targetOfField(f.field);
        if (key) byTarget[key] = `This ${f.problem}.`;
      }
      setProblems(byTarget);
      if (Object.keys(byTarget).length === 0) setFailure(error instanceof ApiFailure ? error.message : 'Your targets could not be saved. Try again.');
      return false;
    } finally {
      setBusy(false);
    }
  };

  const { energy } = shown;
  return (
    <>
      <section className="card targets-summary" aria-labelledby="targets-title">
        <h1 id="targets-title" tabIndex={-1}>Your daily targets</h1>
        <p className="muted">
          Your body burns about {kcal(energy.tdee)} a day ({energy.bmrFormula === 'katch-mcardle' ? 'Katch-McArdle' : 'Mifflin-St Jeor'} BMR {kcal(energy.bmr)} × activity{' '}
          {energy.activityFactor}).
          {energy.dailyAdjustment !== 0 && ` For your goal: ${energy.dailyAdjustment > 0 ? '+' : '−'}${kcal(Math.abs(energy.dailyAdjustment))} a day.`}
          {energy.floorApplied && ` Raised to the safe minimum of ${kcal(energy.floor)}.`}
        </p>
        <dl className="target-tiles" aria-live="polite">
          {TARGET_KEYS.map((key) => (
            <div key={key} className={`tile tile-${key}`}>
              <dt>{{ kcal: 'Energy', protein: 'Protein', carbs: 'Carbs', fat: 'Fat', fibre: 'Fibre' }[key]}</dt>
              <dd className="figures">{valueOf(key, shown.macros)}</dd>
              {manual[MANUAL_KEY[key]] && <dd className="set-by-you">set by you</dd>}
            </div>
          ))}
        </dl>
        {shown.warnings.length > 0 && (
          <ul className="warnings" role="status">
            {shown.warnings.map((w) => (
              <li key={w}>{warningText(w, energy)}</li>
            ))}
          </ul>
        )}
        {dirty && <p className="small unsaved">Preview: not saved yet.</p>}
      </section>

      <section className="card adjust" aria-labelledby="adjust-title">
        <h2 id="adjust-title">Adjust your targets</h2>
        <p className="muted small">Each target is computed unless you set it. Carbs take the calories protein and fat leave.</p>
        {TARGET_KEYS.map((key) => (
          <TargetRow key={key} target={key} row={form[key]} value={valueOf(key, shown.macros)} problem={problems[key]} onMode={(m) => setMode(key, m)} onText={(t) => setText(key, t)} />
        ))}
        {(floorReached(shown) || allowBelowFloor) && (
          <div className="check">
            <input id="allow-below-floor" type="checkbox" checked={allowBelowFloor} onChange={(e) => setAllowBelowFloor(e.target.checked)} aria-describedby="allow-below-floor-hint" />
            <label htmlFor="allow-below-floor">Allow a calorie target below {kcal(energy.floor)}</label>
            <p id="allow-below-floor-hint" className="small">
              Only with advice from a doctor or dietitian.
            </p>
          </div>
        )}
        {failure && (
          <p className="field-problem" role="alert">
            {failure}
          </p>
        )}
        {(dirty || busy) && (
          <button type="button" className="primary" disabled={busy} onClick={() => void save()}>
            {busy ? 'Saving…' : 'Save targets'}
          </button>
        )}
      </section>

      <div className="step-actions">
        <button type="button" className="link" onClick={onBack}>
          ‹ Back to your details
        </button>
        <button type="button" className="primary" disabled={busy} onClick={() => void save().then((ok) => ok && onDone())}>
          {firstRun ? 'Start logging' : 'Done'}
        </button>
      </div>
    </>
  );
}
