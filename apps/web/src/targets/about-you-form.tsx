import { useState, type FormEvent } from 'react';
import type { Profile, ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { NumberField } from './number-field.tsx';
import { editProfileForm, paceOptions, profileInputFromForm, switchUnits, type ProfileForm, type ProfileProblems } from './profile-form.ts';
import { UnitsToggle } from './units-toggle.tsx';

const ACTIVITIES = [
  ['sedentary', 'Sedentary: little or no exercise'],
  ['light', 'Light: exercise 1-3 days a week'],
  ['moderate', 'Moderate: exercise 3-5 days a week'],
  ['active', 'Active: hard exercise 6-7 days a week'],
  ['very-active', 'Very active: physical job or training twice a day'],
] as const;

const FIELD_NAMES: Readonly<Record<keyof ProfileProblems, string>> = { birthDate: 'Birth date', heightCm: 'Height', weightKg: 'Weight', bodyFatPct: 'Body fat' };

interface Props {
  readonly initial: ProfileForm;
  /** What the form does not show, kept as it was. */
  readonly kept: Pick<ProfileInput, 'meals' | 'timeZone'>;
  /** Called with the saved profile; a failure it throws is shown on the form. */
  onSaved(profile: Profile): Promise<void>;
}

/** Sex, birth date, height, weight, activity, goal and pace, in metric or US units. */
export function AboutYouForm({ initial, kept, onSaved }: Props) {
  const [form, setForm] = useState(initial);
  const [problems, setProblems] = useState<ProfileProblems>({});
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [busy, setBusy] = useState(false);
  const us = form.units === 'us';

  const set = (name: keyof ProfileForm) => (value: string) => setForm((f) => editProfileForm(f, name, value));
  const problem = (name: keyof ProfileProblems): string | undefined => {
    const fromServer = failure?.problemWith(name);
    return problems[name] ?? (fromServer === undefined ? undefined : `${FIELD_NAMES[name]} ${fromServer}.`);
  };
  const select = (name: keyof ProfileForm) => ({ id: name, value: form[name], onChange: (e: { target: { value: string } }) => set(name)(e.target.value) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    const result = profileInputFromForm(form, kept);
    if ('problems' in result) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await onSaved(await api.saveProfile(result.input));
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, undefined));
    } finally {
      setBusy(false);
    }
  };

  const unexplained = failure && (failure.body?.fields ?? []).every((f) => !(f.field in FIELD_NAMES));
  return (
    <form className="card form-grid about-you" onSubmit={submit} noValidate aria-labelledby="about-you-title">
      <h1 id="about-you-title" tabIndex={-1}>About you</h1>
      <p className="muted">Your targets are computed from these. You can change any of them later.</p>
      <UnitsToggle name="profile-units" value={form.units} onChange={(units) => setForm((f) => switchUnits(f, units))} />
      <label htmlFor="sex">Sex</label>
      <select {...select('sex')}>
        <option value="female">Female</option>
        <option value="male">Male</option>
      </select>
      <label htmlFor="birthDate">Birth date</label>
      <input
        id="birthDate"
        type="date"
        value={form.birthDate}
        onChange={(e) => set('birthDate')(e.target.value)}
        aria-invalid={problem('birthDate') !== undefined}
        {...(problem('birthDate') ? { 'aria-describedby': 'birthDate-problem' } : {})}
      />
      {problem('birthDate') && (
        <p id="birthDate-problem" className="field-problem">
          {problem('birthDate')}
        </p>
      )}
      {us ? (
        <fieldset className="height-us" aria-describedby={problem('heightCm') ? 'height-problem' : undefined}>
          <legend>Height</legend>
          <div className="pair">
            <NumberField id="heightFt" label="Height, feet" labelHidden unit="ft" value={form.heightFt} onChange={set('heightFt')} invalid={problem('heightCm') !== undefined} />
            <NumberField id="heightIn" label="Height, inches" labelHidden unit="in" value={form.heightIn} onChange={set('heightIn')} invalid={problem('heightCm') !== undefined} />
          </div>
          {problem('heightCm') && (
            <p id="height-problem" className="field-problem">
              {problem('heightCm')}
            </p>
          )}
        </fieldset>
      ) : (
        <NumberField id="heightCm" label="Height (cm)" unit="cm" value={form.heightCm} onChange={set('heightCm')} problem={problem('heightCm')} />
      )}
      {us ? (
        <NumberField id="weightLb" label="Weight (lb)" unit="lb" value={form.weightLb} onChange={set('weightLb')} problem={problem('weightKg')} />
      ) : (
        <NumberField id="weightKg" label="Weight (kg)" unit="kg" value={form.weightKg} onChange={set('weightKg')} problem={problem('weightKg')} />
      )}
      <NumberField
        id="bodyFatPct"
        label="Body fat (%, optional)"
        unit="%"
        value={form.bodyFatPct}
        onChange={set('bodyFatPct')}
        problem={problem('bodyFatPct')}
        hint="If you know it, your burn is computed from lean mass (Katch-McArdle)."
      />
      <label htmlFor="activity">Activity</label>
      <select {...select('activity')}>
        {ACTIVITIES.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <label htmlFor="goal">Goal</label>
      <select {...select('goal')}>
        <option value="lose">Lose weight</option>
        <option value="maintain">Keep my weight</option>
        <option value="gain">Gain weight</option>
      </select>
      {form.goal !== 'maintain' && (
        <>
          <label htmlFor="rateKgPerWeek">Pace</label>
          <select {...select('rateKgPerWeek')}>
            {paceOptions(form.units).map((p) => (
              <option key={p.kgPerWeek} value={String(p.kgPerWeek)}>
                {p.label}
              </option>
            ))}
          </select>
        </>
      )}
      {unexplained && (
        <p className="field-problem" role="alert">
          {failure.message}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? 'Computing…' : 'See my targets'}
      </button>
    </form>
  );
}
