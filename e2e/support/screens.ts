import type { Page } from 'playwright-core';
import {
  chooseResult,
  fillProfile,
  goToToday,
  logFood,
  ONE_MEDIUM_BANANA,
  openAddFood,
  openApp,
  openTab,
  searchFoods,
  signUp,
  submitProfile,
} from './app-flows.ts';

/** The app's main screens, in the order a new person meets them. */
export const MAIN_SCREENS = ['sign-in', 'profile', 'targets', 'today', 'add-food', 'amount-picker', 'my-foods', 'body', 'settings'] as const;
export type MainScreen = (typeof MAIN_SCREENS)[number];

const TABS = [
  ['my-foods', 'My foods'],
  ['body', 'Body'],
  ['settings', 'Settings'],
] as const;

/**
 * Walks a new person through every main screen in a fresh browser profile: sign in, sign up,
 * the profile form (filled in), the targets explained, Today with a food logged, Add food with
 * results, the amount picker, then the My foods, Body and Settings tabs. `visit` is called on
 * each once it has settled.
 */
export async function tourMainScreens(page: Page, visit: (screen: MainScreen) => Promise<void>): Promise<void> {
  await openApp(page);
  await page.getByRole('heading', { name: /sign in/i }).waitFor();
  await visit('sign-in');

  await signUp(page);
  await fillProfile(page);
  await visit('profile');
  await submitProfile(page);
  await visit('targets');

  await goToToday(page);
  await logFood(page, ONE_MEDIUM_BANANA);
  await page.getByRole('region', { name: 'Breakfast' }).getByText(/Bananas, raw/).waitFor();
  await visit('today');
  // The next screens are seen without the "logged" message on top of them.
  await page.getByText(/logged to breakfast/i).waitFor({ state: 'hidden', timeout: 15_000 });

  await openAddFood(page, 'lunch');
  await searchFoods(page, 'chicken breast', /chicken/i);
  await visit('add-food');
  await chooseResult(page, /chicken/i);
  await visit('amount-picker');
  await page.getByRole('button', { name: /back to results/i }).click();
  await page.getByRole('button', { name: /^close$/i }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  for (const [screen, tab] of TABS) {
    await openTab(page, tab);
    await page.getByRole('heading', { name: tab, level: 1 }).waitFor();
    await visit(screen);
  }
}
