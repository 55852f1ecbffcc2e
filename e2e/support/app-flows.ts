import type { Page } from 'playwright-core';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import type { FoodDetail, FoodSearchResponse } from '@macromuse/contract/foods/foods.schemas';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { parseBarcode } from '@macromuse/core/foods/barcode';
import { ApiClient, PROFILE, uuid } from '@macromuse/server/test-support/api-client';
import { newEmail, PASSWORD } from '@macromuse/server/test-support/factories';
import { sessionIn } from './browser.ts';

export interface Account {
  readonly email: string;
  readonly password: string;
}

export const newAccount = (): Account => ({ email: newEmail(), password: PASSWORD });

/** The body and goal a new person enters at first run. */
export interface Onboarding {
  readonly sex: string;
  readonly birthDate: string;
  readonly heightCm: number;
  readonly weightKg: number;
  readonly activity: string;
  readonly goal: string;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Opens the app at `/`: the sign-in screen when signed out, Today otherwise. */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
}

/** Creates an account from the sign-in screen; the app then asks about the person's body and goal. */
export async function signUp(page: Page, account: Account = newAccount()): Promise<Account> {
  await page.getByRole('button', { name: /create an account/i }).click();
  await page.getByLabel(/^email/i).fill(account.email);
  await page.getByLabel(/^password/i).fill(account.password);
  await page.getByRole('button', { name: /^create account$/i }).click();
  await page.getByRole('heading', { name: /about you/i }).waitFor();
  return account;
}

/** Fills in the first-run profile (metric units, sex, birth date, height, weight, activity, goal) without sending it. */
export async function fillProfile(page: Page, profile: Onboarding = PROFILE): Promise<void> {
  await page.getByLabel(/^sex/i).waitFor();
  const metric = page.getByRole('radio', { name: /^metric$/i });
  if ((await metric.count()) > 0) await metric.check();
  await page.getByLabel(/^sex/i).selectOption(profile.sex);
  await page.getByLabel(/birth date/i).fill(profile.birthDate);
  await page.getByLabel(/^height/i).fill(String(profile.heightCm));
  await page.getByLabel(/^weight/i).fill(String(profile.weightKg));
  await page.getByLabel(/activity/i).selectOption(profile.activity);
  await page.getByLabel(/goal/i).selectOption(profile.goal);
}

/** Sends the profile; the app answers with the targets computed from it, explained. */
export async function submitProfile(page: Page): Promise<void> {
  await page.getByRole('button', { name: /see my targets/i }).click();
  await page.getByRole('heading', { name: /your daily targets/i }).waitFor();
}

export async function waitForToday(page: Page): Promise<void> {
  await page.getByRole('region', { name: 'Energy and macros' }).waitFor();
}

/** From the targets screen to Today. */
export async function goToToday(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(go to today|start logging)$/i }).click();
  await waitForToday(page);
}

export interface SignedUp {
  readonly account: Account;
  readonly session: AuthTokens;
}

/** Signs a new person up in the browser and goes through the first-run profile to Today. */
export async function signUpAndOnboard(page: Page, profile: Onboarding = PROFILE): Promise<SignedUp> {
  await openApp(page);
  const account = await signUp(page);
  await fillProfile(page, profile);
  await submitProfile(page);
  await goToToday(page);
  const session = await sessionIn(page.context());
  if (!session) throw new Error('the app kept no session after sign-up');
  return { account, session };
}

/** Opens Add food from a meal's + button on Today. */
export async function openAddFood(page: Page, meal: string): Promise<void> {
  await page.getByRole('button', { name: `Add food to ${meal}` }).click();
  await page.getByRole('searchbox', { name: /search foods/i }).waitFor();
}

/** Types a search on Add food and waits for a result whose name matches. */
export async function searchFoods(page: Page, query: string, expect: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: /search foods/i }).fill(query);
  await page.getByRole('list', { name: 'Foods' }).getByRole('button', { name: expect }).first().waitFor();
}

/** Picks a search result by name; the amount picker opens on it. */
export async function chooseResult(page: Page, name: RegExp): Promise<void> {
  await page.getByRole('list', { name: 'Foods' }).getByRole('button', { name }).first().click();
  await page.getByLabel(/^unit$/i).waitFor();
}

/** Chooses the first unit whose label matches (a household portion such as "medium", or grams); returns its label. */
export async function chooseUnit(page: Page, unit: RegExp): Promise<string> {
  const select = page.getByLabel(/^unit$/i);
  // The picker may still be opening (the food's detail read from the server or the device).
  await select.locator('option').first().waitFor({ state: 'attached' });
  const labels = (await select.locator('option').allTextContents()).map((l) => l.trim());
  const label = labels.find((l) => unit.test(l));
  if (label === undefined) throw new Error(`no unit matches ${unit}: ${labels.join(' | ')}`);
  await select.selectOption({ label });
  return label;
}

/** Sets the amount and logs the food to the meal; back on Today. */
export async function logChosenFood(page: Page, meal: string, amount: string): Promise<void> {
  await page.getByLabel(/^amount$/i).fill(amount);
  await page.getByRole('button', { name: `Log to ${meal}` }).click();
  await waitForToday(page);
}

export interface FoodToLog {
  readonly meal: string;
  readonly query: string;
  readonly name: RegExp;
  readonly unit: RegExp;
  readonly amount: string;
}

export const ONE_MEDIUM_BANANA: FoodToLog = { meal: 'breakfast', query: 'banana', name: /^Bananas, raw\b/, unit: /\bmedium\b/i, amount: '1' };

/** The whole of logging a food from Today: Add food, search, pick, unit, amount, log. */
export async function logFood(page: Page, food: FoodToLog): Promise<void> {
  await openAddFood(page, food.meal);
  await searchFoods(page, food.query, food.name);
  await chooseResult(page, food.name);
  await chooseUnit(page, food.unit);
  await logChosenFood(page, food.meal, food.amount);
}

/** Opens one of the tabs (Today, My foods, Body, Settings). */
export async function openTab(page: Page, name: 'Today' | 'My foods' | 'Body' | 'Settings'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true }).click();
}

/** The kcal eaten on Today, from the energy ring. */
export async function kcalEaten(page: Page): Promise<number> {
  const label = (await page.getByRole('figure', { name: /kcal eaten/ }).getAttribute('aria-label')) ?? '';
  const kcal = /^(\d+)/.exec(label)?.[1];
  if (kcal === undefined) throw new Error(`the energy ring says "${label}"`);
  return Number(kcal);
}

/** A meal's subtotal on Today, in kcal. */
export async function mealKcal(page: Page, meal: string): Promise<number> {
  const text = await page.getByRole('region', { name: capitalised(meal) }).locator('header').getByText(/^\d+ kcal$/).textContent();
  return Number.parseInt(text ?? '', 10);
}

/** Grams of a macro eaten on Today (rounded, as its bar reports it). */
export async function macroGrams(page: Page, macro: 'Protein' | 'Carbs' | 'Fat'): Promise<number> {
  return Number(await page.getByRole('progressbar', { name: macro }).getAttribute('aria-valuenow'));
}

/** The API, as the person signed in with this session. */
export const apiAs = (baseUrl: string, session: AuthTokens): ApiClient => new ApiClient(baseUrl, session);

async function ok<T>(pending: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const { status, body } = await pending;
  if (status < 200 || status > 299) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
  return body;
}

/** The entries a person logged on a date, as the server stored them. */
export async function entriesOn(api: ApiClient, date: string): Promise<Entry[]> {
  return (await ok(api.get<{ entries: Entry[] }>(`/api/entries?date=${date}`), `entries on ${date}`)).entries;
}

export const foodDetail = (api: ApiClient, id: string): Promise<FoodDetail> => ok(api.get<FoodDetail>(`/api/foods/${id}`), `food ${id}`);

export const searchCatalog = async (api: ApiClient, query: string, limit = 25): Promise<FoodSearchResponse> =>
  ok(api.get<FoodSearchResponse>(`/api/foods/search?q=${encodeURIComponent(query)}&limit=${limit}`), `search "${query}"`);

/** Nutrients of an amount of a food, from its per-100 g values: what the app should show for it. */
export function nutrientsOf(food: FoodDetail, grams: number): Record<string, number> {
  return Object.fromEntries(food.nutrients.map((n) => [n.number, (n.amount * grams) / 100]));
}

export interface Product {
  readonly food: FoodDetail;
  /** The code as printed on the pack (EAN-13 for a 14-digit code with a leading zero). */
  readonly code: string;
}

/** A product of the catalog with a barcode that looks it up, found through search as a person would. */
export async function findProductWithBarcode(api: ApiClient, queries: readonly string[] = ['chocolat', 'biscuits', 'yaourt', 'jus', 'cookies', 'soup', 'cereal', 'cheese']): Promise<Product> {
  for (const query of queries) {
    const { results } = await searchCatalog(api, query);
    for (const summary of results.filter((r) => r.source !== 'custom' && r.per100g.kcal !== null && r.name.length > 3)) {
      const food = await foodDetail(api, summary.id);
      if (food.barcode === null) continue;
      const code = food.barcode.length === 14 && food.barcode.startsWith('0') ? food.barcode.slice(1) : food.barcode;
      if (!parseBarcode(code).ok) continue;
      const found = await api.get<FoodDetail>(`/api/foods/barcode/${code}`);
      if (found.status === 200 && found.body.id === food.id) return { food, code };
    }
  }
  throw new Error(`no product with a barcode among the results for ${queries.join(', ')}`);
}

/** A person made over the API: an account, a profile, and foods logged on a date (for screens that need a full day). */
export async function seedPerson(baseUrl: string, date: string, foods: readonly { query: string; meal: string; grams: number }[]): Promise<ApiClient> {
  const api = await ApiClient.signUp(baseUrl);
  await ok(api.put('/api/me/profile', PROFILE), 'profile');
  for (const food of foods) {
    const [first] = (await searchCatalog(api, food.query, 1)).results;
    if (!first) throw new Error(`nothing found for "${food.query}"`);
    await ok(api.post('/api/entries', { id: uuid(), date, meal: food.meal, foodId: first.id, amount: food.grams, unit: 'g' }), `log ${food.query}`);
  }
  return api;
}
