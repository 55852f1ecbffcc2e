import { useState, type FormEvent } from 'react';
import type { ProfileInput } from '@macromuse/contract/targets/profile.schemas';
import type { Targets } from '@macromuse/contract/targets/targets.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { useDataStore } from '../stores/data-store.ts';
import { useUiStore } from '../stores/ui-store.ts';

const ACTIVITIES = [
  ['sedentary', 'Sedentary: little or no exercise'],
  ['light', 'Light: exercise 1-3 days a week'],
  ['moderate', 'Moderate: exercise 3-5 days a week'],
  ['active', 'Active: hard exercise 6-7 days a week'],
  ['very-active', 'Very active: physical job or training twice a day'],
] as const;

/** The body and goal the targets come from, then the targets themselves, each explained. */
export function ProfileScreen() {
  const close = () => useUiStore.getState().editProfile(false);
  const date = useUiStore((s) => s.date);
  const loadDay = useDataStore((s) => s.loadDay);
  const [form, setForm] = useState({ sex: 'female', birthDate: '', heightCm: '', weightKg: '', activity: 'light', goal: 'maintain', rateKgPerWeek: '0.5' });
  const [failure, setFailure] = useState<ApiFailure | undefined>();
  const [targets, setTargets] = useState<Targets | undefined>();
  const [busy, setBusy] = useState(false);
  const field = (name: keyof typeof form) => ({ id: name, value: form[name], onChange: (e: { target: { value: string } }) => setForm({ ...form, [name]: e.target.value }) });
  const problem = (name: string) => failure?.problemWith(name);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    const profile = {
      sex: form.sex,
      birthDate: form.birthDate,
      heightCm: Number(form.heightCm),
      weightKg: Number(form.weightKg),
      activity: form.activity,
      goal: form.goal,
      rateKgPerWeek: form.goal === 'maintain' ? 0 : Number(form.rateKgPerWeek),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    } as ProfileInput;
    try {
      await api.saveProfile(profile);
      setTargets(await api.targets());
      void loadDay(date);
    } catch (error) {
      setFailure(error instanceof ApiFailure ? error : new ApiFailure(0, undefined));
    } finally {
      setBusy(false);
    }
  };

  if (targets) {
    return (
      <main className="profile">
        <section className="card">
          <h1>Your daily targets</h1>
          <p className="muted">
            Your body burns about {targets.energy.tdee} kcal a day ({targets.energy.bmrFormula === 'katch-mcardle' ? 'Katch-McArdle' : 'Mifflin-St Jeor'} BMR {targets.energy.bmr} kcal × {targets.energy.activityFactor}).
            {targets.energy.dailyAdjustment !== 0 && ` For your goal: ${targets.energy.dailyAdjustment > 0 ? '+' : ''}${targets.energy.dailyAdjustment} kcal a day.`}
            {targets.energy.floorApplied && ` Raised to the safe minimum of ${targets.energy.floor} kcal.`}
          </p>
          <dl className="amount-nutrition">
            <div><dt>Energy</dt><dd className="figures">{targets.macros.kcal} kcal</dd></div>
            <div><dt className="protein-text">Protein</dt><dd className="figures">{targets.macros.proteinG} g</dd></div>
            <div><dt className="carbs-text">Carbs</dt><dd className="figures">{targets.macros.carbohydrateG} g</dd></div>
            <div><dt className="fat-text">Fat</dt><dd className="figures">{targets.macros.fatG} g</dd></div>
            <div><dt>Fibre</dt><dd className="figures">{targets.macros.fibreG} g</dd></div>
          </dl>
          <button type="button" className="primary" onClick={close}>
            Go to today
          </button>
        </section>
      </main>
    );
  }

  return (
    <main className="profile">
      <form className="card form-grid" onSubmit={submit} noValidate>
        <h1>About you</h1>
        <p className="muted">Your targets are computed from these; you can change any of them later.</p>
        <label htmlFor="sex">Sex</label>
        <select {...field('sex')}>
          <option value="female">Female</option>
          <option value="male">Male</option>
        </select>
        <label htmlFor="birthDate">Birth date</label>
        <input type="date" {...field('birthDate')} aria-invalid={problem('birthDate') !== undefined} />
        {problem('birthDate') && <p className="field-problem">Birth date {problem('birthDate')}</p>}
        <label htmlFor="heightCm">Height (cm)</label>
        <input inputMode="decimal" {...field('heightCm')} aria-invalid={problem('heightCm') !== undefined} />
        {problem('heightCm') && <p className="field-problem">Height {problem('heightCm')}</p>}
        <label htmlFor="weightKg">Weight (kg)</label>
        <input inputMode="decimal" {...field('weightKg')} aria-invalid={problem('weightKg') !== undefined} />
        {problem('weightKg') && <p className="field-problem">Weight {problem('weightKg')}</p>}
        <label htmlFor="activity">Activity</label>
        <select {...field('activity')}>
          {ACTIVITIES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="goal">Goal</label>
        <select {...field('goal')}>
          <option value="lose">Lose weight</option>
          <option value="maintain">Keep my weight</option>
          <option value="gain">Gain weight</option>
        </select>
        {form.goal !== 'maintain' && (
          <>
            <label htmlFor="rateKgPerWeek">Pace (kg a week)</label>
            <select {...field('rateKgPerWeek')}>
              {['0.25', '0.5', '0.75', '1'].map((r) => (
                <option key={r} value={r}>
                  {r} kg a week
                </option>
              ))}
            </select>
          </>
        )}
        {failure && failure.body?.fields === undefined && <p className="field-problem" role="alert">{failure.message}</p>}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Computing…' : 'See my targets'}
        </button>
      </form>
    </main>
  );
}
