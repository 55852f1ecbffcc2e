import { useState } from 'react';
import type { Profile } from '@macromuse/contract/targets/profile.schemas';
import { ApiFailure } from '../api/api-client.ts';
import { api } from '../api/api.ts';
import { profileInput } from '../targets/profile-form.ts';
import { addMeal, cleanMeals, MAX_MEALS, mealProblems, moveMeal, newMealName, removeMeal, replaceMeal } from './meal-list.ts';

interface Props {
  readonly profile: Profile;
  onSaved(profile: Profile): void;
}

const ICONS = { up: 'M6 15l6-6 6 6', down: 'M6 9l6 6 6-6', remove: 'M6 6l12 12M18 6L6 18' } as const;

function Icon({ path }: { readonly path: string }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A meal being edited, with a key that follows it as it moves. */
interface EditedMeal {
  readonly key: number;
  readonly name: string;
}

let nextKey = 1;
const edited = (names: readonly string[]): EditedMeal[] => names.map((name) => ({ key: nextKey++, name }));

/** The meals of a day: renamed, added, removed and put in order, from one to ten, then saved. */
export function MealsEditor({ profile, onSaved }: Props) {
  const [items, setItems] = useState<EditedMeal[]>(() => edited(profile.meals));
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const meals = items.map((m) => m.name);
  const problems = mealProblems(meals);
  const dirty = JSON.stringify(cleanMeals(meals)) !== JSON.stringify(profile.meals);
  const valid = Object.keys(problems).length === 0;

  const save = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      const saved = await api.saveProfile({ ...profileInput(profile), meals: cleanMeals(meals) });
      setItems(edited(saved.meals));
      onSaved(saved);
    } catch (error) {
      const field = error instanceof ApiFailure ? error.body?.fields?.find((f) => f.field.startsWith('meals')) : undefined;
      setFailure(field ? `Meals: ${field.problem}.` : error instanceof ApiFailure ? error.message : 'Your meals could not be saved. Try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card settings-section" aria-labelledby="meals-title">
      <h2 id="meals-title">Meals</h2>
      <p className="muted small">The meals of your day, in order (1 to {MAX_MEALS}). Food you logged before keeps the meal it was logged in.</p>
      <ol className="meal-list">
        {items.map(({ key, name: meal }, i) => {
          const name = meal.trim() || `meal ${i + 1}`;
          return (
            <li key={key}>
              <div className="meal-edit">
                <label className="visually-hidden" htmlFor={`meal-${i}`}>
                  Meal {i + 1} name
                </label>
                <input
                  id={`meal-${i}`}
                  value={meal}
                  maxLength={60}
                  onChange={(e) => setItems(replaceMeal(items, i, { key, name: e.target.value }))}
                  aria-invalid={problems[i] !== undefined}
                  {...(problems[i] ? { 'aria-describedby': `meal-${i}-problem` } : {})}
                />
                <button type="button" className="icon" aria-label={`Move ${name} up`} disabled={i === 0} onClick={() => setItems(moveMeal(items, i, -1))}>
                  <Icon path={ICONS.up} />
                </button>
                <button type="button" className="icon" aria-label={`Move ${name} down`} disabled={i === items.length - 1} onClick={() => setItems(moveMeal(items, i, 1))}>
                  <Icon path={ICONS.down} />
                </button>
                <button type="button" className="icon" aria-label={`Remove ${name}`} disabled={items.length === 1} onClick={() => setItems(removeMeal(items, i))}>
                  <Icon path={ICONS.remove} />
                </button>
              </div>
              {problems[i] && (
                <p id={`meal-${i}-problem`} className="field-problem">
                  {problems[i]}
                </p>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" className="link add-meal" disabled={items.length >= MAX_MEALS} onClick={() => setItems(addMeal(items, { key: nextKey++, name: newMealName(meals) }))}>
        + Add a meal
      </button>
      {failure && (
        <p className="field-problem" role="alert">
          {failure}
        </p>
      )}
      {dirty && (
        <div className="button-row">
          <button type="button" onClick={() => setItems(edited(profile.meals))} disabled={busy}>
            Discard changes
          </button>
          <button type="button" className="primary" onClick={() => void save()} disabled={busy || !valid}>
            {busy ? 'Saving…' : 'Save meals'}
          </button>
        </div>
      )}
    </section>
  );
}
