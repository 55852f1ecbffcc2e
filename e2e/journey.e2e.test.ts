import { beforeAll, describe, expect, it } from 'vitest';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import {
  apiAs,
  chooseUnit,
  entriesOn,
  fillProfile,
  findProductWithBarcode,
  goToToday,
  openTab,
  signUp,
  submitProfile,
  waitForToday,
  foodDetail,
  kcalEaten,
  logChosenFood,
  macroGrams,
  mealKcal,
  nutrientsOf,
  ONE_MEDIUM_BANANA,
  openAddFood,
  chooseResult,
  searchCatalog,
  searchFoods,
  signUpAndOnboard,
  type SignedUp,
} from './support/app-flows.ts';
import { localToday, newAppContext, photographFailure, type AppPage } from './support/browser.ts';
import { appUrl, browserForThisFile } from './support/test-context.ts';

/** The app shows whole kcal and whole grams above 10 g: a figure is at most half a unit from the exact value. */
const ROUNDING = 0.5 + 1e-9;
const offBy = (shown: number, exact: number): number => Math.abs(shown - exact);

// A person signs up, sets up their profile, logs a banana by name and a product by its barcode;
// a second person, in a browser of their own, sees none of it.
describe('a new person in the browser', () => {
  const base = appUrl();
  const date = localToday();
  const browser = browserForThisFile();
  let first: AppPage;
  let person: SignedUp;
  const logged: Entry[] = [];

  beforeAll(async () => {
    first = await newAppContext(browser(), base, 'phone');
  });

  it('signs up, completes the profile and logs one medium banana to breakfast', () =>
    photographFailure(first.page, 'banana', 'phone', async () => {
      const { page } = first;
      person = await signUpAndOnboard(page);
      const api = apiAs(base, person.session);
      expect(await kcalEaten(page)).toBe(0);
      expect(await mealKcal(page, 'breakfast')).toBe(0);
      expect(await macroGrams(page, 'Carbs')).toBe(0);

      // What one medium banana should add, from the catalog's own numbers.
      const [banana] = (await searchCatalog(api, 'bananas, raw')).results.filter((r) => ONE_MEDIUM_BANANA.name.test(r.name));
      if (!banana) throw new Error('"Bananas, raw" is not in the catalog');
      const detail = await foodDetail(api, banana.id);
      const medium = detail.portions.find((p) => /^medium\b/i.test(p.unit));
      if (!medium) throw new Error(`"Bananas, raw" has no medium portion: ${detail.portions.map((p) => p.label).join(', ')}`);
      const grams = medium.grams / medium.amount;
      const expected = nutrientsOf(detail, grams);
      const kcal = expected['208'] ?? Number.NaN;
      const carbs = expected['205'] ?? Number.NaN;

      await openAddFood(page, 'breakfast');
      await searchFoods(page, 'banana', ONE_MEDIUM_BANANA.name);
      await chooseResult(page, ONE_MEDIUM_BANANA.name);
      const unit = await chooseUnit(page, ONE_MEDIUM_BANANA.unit);
      expect(unit).toContain(medium.unit);
      await logChosenFood(page, 'breakfast', '1');

      await page.getByRole('region', { name: 'Breakfast' }).getByText(/Bananas, raw/).waitFor();
      await expect.poll(async () => offBy(await kcalEaten(page), kcal)).toBeLessThanOrEqual(ROUNDING);
      expect(offBy(await mealKcal(page, 'breakfast'), kcal)).toBeLessThanOrEqual(ROUNDING);
      expect(offBy(await macroGrams(page, 'Carbs'), carbs)).toBeLessThanOrEqual(ROUNDING);

      const entries = await entriesOn(api, date);
      expect(entries).toHaveLength(1);
      const [entry] = entries;
      expect(entry).toMatchObject({ meal: 'breakfast', foodId: detail.id, amount: 1, unit: medium.unit });
      expect(entry?.grams).toBeCloseTo(grams, 1);
      expect(entry?.nutrients['208']).toBeCloseTo(kcal, 0);
      logged.push(...entries);
    }),
  );

  it('logs a product by typing its barcode', () =>
    photographFailure(first.page, 'barcode', 'phone', async () => {
      const { page } = first;
      const api = apiAs(base, person.session);
      const product = await findProductWithBarcode(api);
      const before = await kcalEaten(page);

      await openAddFood(page, 'lunch');
      await page.getByRole('button', { name: /scan barcode/i }).click();
      await page.getByRole('textbox', { name: /barcode/i }).fill(product.code);
      await page.getByRole('textbox', { name: /barcode/i }).press('Enter');
      await page.getByRole('heading', { name: product.food.name }).waitFor();
      const grams = await chooseUnit(page, /^grams$/);
      expect(grams).toBe('grams');
      await logChosenFood(page, 'lunch', '100');

      await page.getByRole('region', { name: 'Lunch' }).getByText(product.food.name).waitFor();
      const kcal = nutrientsOf(product.food, 100)['208'] ?? 0;
      await expect.poll(async () => offBy(await kcalEaten(page), before + kcal)).toBeLessThanOrEqual(2 * ROUNDING);
      const entries = await entriesOn(api, date);
      expect(entries).toHaveLength(2);
      const entry = entries.find((e) => e.foodId === product.food.id);
      expect(entry).toMatchObject({ meal: 'lunch', amount: 100, unit: 'g' });
      if (entry) logged.push(entry);
    }),
  );

  it('shows nothing of the first person to someone who signs in after them on the same device', () =>
    photographFailure(first.page, 'same-device', 'phone', async () => {
      const { page } = first;
      expect(logged.length).toBeGreaterThan(0);
      await openTab(page, 'Settings');
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      // No reload: the app itself forgets the first person's days, kept in memory and on the device.
      await signUp(page);
      await fillProfile(page);
      await submitProfile(page);
      await goToToday(page);
      expect(await kcalEaten(page)).toBe(0);
      for (const entry of logged) expect(await page.getByText(entry.name).count()).toBe(0);
      await page.getByRole('button', { name: 'Previous day' }).click();
      await page.getByRole('button', { name: 'Next day' }).click();
      await waitForToday(page);
      expect(await kcalEaten(page)).toBe(0);
    }));

  it("shows a second person none of the first person's entries", async () => {
    expect(logged.length).toBeGreaterThan(0);
    const second = await newAppContext(browser(), base, 'desktop');
    await photographFailure(second.page, 'second-person', 'desktop', async () => {
      const other = await signUpAndOnboard(second.page);
      expect(other.session.user.id).not.toBe(person.session.user.id);
      expect(await kcalEaten(second.page)).toBe(0);
      for (const meal of ['breakfast', 'lunch', 'dinner', 'snacks']) expect(await mealKcal(second.page, meal)).toBe(0);
      for (const entry of logged) expect(await second.page.getByText(entry.name).count()).toBe(0);

      const api = apiAs(base, other.session);
      expect(await entriesOn(api, date)).toEqual([]);
      for (const entry of logged) expect((await api.get(`/api/entries/${entry.id}`)).status).toBe(404);
      const day = await api.get<{ energy: { kcal: number } }>(`/api/days/${date}`);
      expect(day.body.energy.kcal).toBe(0);
    }).finally(() => second.context.close());
  });

  it('logs no error in the browser console on a new person\'s first run: sign-up, profile, targets, a food\'s nutrition label', async () => {
    const fresh = await newAppContext(browser(), base, 'phone');
    const errors: string[] = [];
    fresh.page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    fresh.page.on('pageerror', (error) => errors.push(error.message));
    await photographFailure(fresh.page, 'first-run-console', 'phone', async () => {
      await signUpAndOnboard(fresh.page);
      await openTab(fresh.page, 'Settings');
      await fresh.page.getByRole('heading', { name: 'Daily targets' }).waitFor();
      await openTab(fresh.page, 'Today');
      await openAddFood(fresh.page, 'breakfast');
      await searchFoods(fresh.page, 'banana', ONE_MEDIUM_BANANA.name);
      await chooseResult(fresh.page, ONE_MEDIUM_BANANA.name);
      // The label's % of daily targets: every request it makes has been answered.
      await fresh.page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    }).finally(() => fresh.context.close());
  });
});
