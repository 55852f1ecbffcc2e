import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import type { Entry } from '@macromuse/contract/ledger/entries.schemas';
import { apiAs, chooseUnit, entriesOn, logChosenFood, logFood, ONE_MEDIUM_BANANA, openAddFood, signUpAndOnboard, waitForToday, type FoodToLog, type SignedUp } from './support/app-flows.ts';
import { localToday, newAppContext, photographFailure, screenshot, type AppPage } from './support/browser.ts';
import { appUrl, browserForThisFile } from './support/test-context.ts';

const APPLE: FoodToLog = { meal: 'dinner', query: 'apple', name: /^Apples, raw, with skin\b/, unit: /^grams$/, amount: '150' };

/** Waits until the service worker controls the page, so it can open with no network. */
async function workerInControl(page: Page): Promise<void> {
  await page.waitForFunction('navigator.serviceWorker.controller !== null', undefined, { timeout: 20_000 });
}

/** Refuses every API request, as no network would: also those a service worker passes on. */
const noNetwork = (route: Route): Promise<void> => route.abort('internetdisconnected');

/** No network for the page, its service worker and everything they ask for. */
async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.context().route('**/api/**', noNetwork);
}

/** The network is back: tells the page at once rather than when the browser notices. */
async function backOnline(page: Page): Promise<void> {
  await page.context().unroute('**/api/**', noNetwork);
  await page.context().setOffline(false);
  await page.evaluate("window.dispatchEvent(new Event('online'))");
}

/** The entry on Today whose name matches, by its row (button) in a meal. */
const entryRow = (page: Page, meal: string, name: RegExp) => page.getByRole('region', { name: meal }).getByRole('button', { name });

async function editAmount(page: Page, meal: string, name: RegExp, amount: string): Promise<void> {
  await entryRow(page, meal, name).first().click();
  await page.getByLabel('Amount', { exact: true }).fill(amount);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog').waitFor({ state: 'detached' });
}

// What is logged with no network is kept on the device, survives a reload, and reaches the
// server exactly once when the network is back, even when an answer is lost on the way.
describe('offline', () => {
  const base = appUrl();
  const date = localToday();
  const browser = browserForThisFile();
  let app: AppPage;
  let person: SignedUp;

  beforeAll(async () => {
    app = await newAppContext(browser(), base, 'phone');
  });

  it('logs two foods offline, keeps them through a reload, and stores each exactly once when back online', () =>
    photographFailure(app.page, 'offline', 'phone', async () => {
      const { page, context } = app;
      person = await signUpAndOnboard(page);
      const api = apiAs(base, person.session);
      // Online first: two foods the person eats, now on the device.
      await logFood(page, ONE_MEDIUM_BANANA);
      await logFood(page, APPLE);
      await expect.poll(async () => (await entriesOn(api, date)).length).toBe(2);
      await workerInControl(page);

      await goOffline(page);
      // Offline, the recent foods are the ones kept on the device; search looks through them too.
      await openAddFood(page, 'lunch');
      await page.getByRole('tabpanel').getByRole('button', { name: ONE_MEDIUM_BANANA.name }).first().click();
      await chooseUnit(page, ONE_MEDIUM_BANANA.unit);
      await logChosenFood(page, 'lunch', '1');
      await logFood(page, { ...APPLE, meal: 'snacks', amount: '100' });
      await page.getByRole('status').getByText(/offline · 2 changes will sync/i).waitFor();
      expect(await entryRow(page, 'Lunch', /Bananas, raw/).textContent()).toMatch(/not synced yet/);

      // The page reloads with no network: the app, the day and the two waiting writes are all on the device.
      await page.reload();
      await waitForToday(page);
      await entryRow(page, 'Lunch', /Bananas, raw/).waitFor();
      await entryRow(page, 'Snacks', /Apples, raw/).waitFor();
      await entryRow(page, 'Breakfast', /Bananas, raw/).waitFor();
      await page.getByRole('status').getByText(/2 changes will sync/i).waitFor();
      await screenshot(page, 'offline-today', 'phone');
      expect((await entriesOn(api, date)).map((e) => `${e.meal} ${e.name} ${e.createdAt}`)).toHaveLength(2);

      // Back online, the first write's answer is lost on the way back (the server stored it):
      // the app sends it again, and the server still stores it once.
      let lostAnswers = 0;
      await context.route('**/api/entries', async (route) => {
        if (route.request().method() !== 'POST' || lostAnswers > 0) return route.fallback();
        lostAnswers += 1;
        await route.fetch();
        await route.abort('connectionreset');
      });
      await backOnline(page);
      await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
      expect(lostAnswers).toBe(1);

      const entries = await entriesOn(api, date);
      expect(entries).toHaveLength(4);
      expect(new Set(entries.map((e) => e.id)).size).toBe(4);
      const byMeal = (meal: string): Entry[] => entries.filter((e) => e.meal === meal);
      expect(byMeal('lunch').map((e) => e.name)).toEqual(['Bananas, raw']);
      expect(byMeal('snacks')).toMatchObject([{ amount: 100, unit: 'g' }]);
      expect(await entryRow(page, 'Lunch', /Bananas, raw/).textContent()).not.toMatch(/not synced yet/);
    }));

  it('brings a deleted entry back with Undo, on screen at once, and the server never loses it', () =>
    photographFailure(app.page, 'undo', 'phone', async () => {
      const { page } = app;
      const api = apiAs(base, person.session);
      const before = (await entriesOn(api, date)).length;
      await entryRow(page, 'Snacks', /Apples, raw/).first().click();
      await page.getByRole('button', { name: 'Delete' }).click();
      await entryRow(page, 'Snacks', /Apples, raw/).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: 'Undo' }).click();
      await entryRow(page, 'Snacks', /Apples, raw/).waitFor();
      // Longer than Undo is offered: the deletion was never sent.
      await page.waitForTimeout(7000);
      expect(await entriesOn(api, date)).toHaveLength(before);
      expect(await entryRow(page, 'Snacks', /Apples, raw/).count()).toBe(1);
    }));

  it('follows the rule for conflicts: the last write to reach the server wins, and a deletion is final', () =>
    photographFailure(app.page, 'conflict', 'phone', async () => {
      const { page } = app;
      // Another device of the same person, online the whole time.
      const other = apiAs(base, person.session);
      const [banana] = (await entriesOn(other, date)).filter((e) => e.meal === 'breakfast');
      if (!banana) throw new Error('no breakfast banana to change');

      // This device changes the banana while offline; the other device changes it after, online.
      await goOffline(page);
      await editAmount(page, 'Breakfast', /Bananas, raw/, '2');
      expect((await other.patch<Entry>(`/api/entries/${banana.id}`, { amount: 3 })).status).toBe(200);
      // This device's change reaches the server last, so it is the one kept.
      await backOnline(page);
      await page.getByRole('status').waitFor({ state: 'detached', timeout: 30_000 });
      await expect.poll(async () => (await other.get<Entry>(`/api/entries/${banana.id}`)).body.amount).toBe(2);
      await expect.poll(async () => entryRow(page, 'Breakfast', /Bananas, raw/).textContent()).toMatch(/^Bananas, raw2 /);

      // This device changes it offline again, but the other device deletes it: the deletion stands.
      await goOffline(page);
      await editAmount(page, 'Breakfast', /Bananas, raw/, '4');
      expect((await other.delete(`/api/entries/${banana.id}`)).status).toBe(204);
      await backOnline(page);
      await page.getByText(/was not saved: it was deleted on another device/).waitFor({ timeout: 30_000 });
      expect((await other.get(`/api/entries/${banana.id}`)).status).toBe(404);
      expect((await entriesOn(other, date)).some((e) => e.id === banana.id)).toBe(false);
      await entryRow(page, 'Breakfast', /Bananas, raw/).waitFor({ state: 'detached' });
    }));
});
