import { beforeAll, describe, expect, it } from 'vitest';
import type { FoodSummary } from '@macromuse/contract/foods/foods.schemas';
import { apiAs, chooseResult, openAddFood, openTab, searchFoods, signUpAndOnboard, type SignedUp } from './support/app-flows.ts';
import { newAppContext, photographFailure, type AppPage } from './support/browser.ts';
import { appUrl, browserForThisFile } from './support/test-context.ts';

const favouritesOn = async (base: string, person: SignedUp): Promise<string[]> => {
  const { body } = await apiAs(base, person.session).get<{ foods: FoodSummary[] }>('/api/favourites');
  return body.foods.map((f) => f.name);
};
const customFoodsOn = async (base: string, person: SignedUp): Promise<string[]> => {
  const { body } = await apiAs(base, person.session).get<{ foods: FoodSummary[] }>('/api/foods/custom');
  return body.foods.map((f) => f.name);
};

// Favourites and custom foods are held once by the app: a star tapped while adding a food shows
// in every list of favourites at once, and a food made or deleted in My foods is listed as it is.
describe('my foods in the browser', () => {
  const base = appUrl();
  const browser = browserForThisFile();
  let app: AppPage;
  let person: SignedUp;

  beforeAll(async () => {
    app = await newAppContext(browser(), base, 'phone');
    person = await signUpAndOnboard(app.page);
  });

  it('shows a food starred while adding it among the favourites at once, and unstars it from My foods', () =>
    photographFailure(app.page, 'favourites', 'phone', async () => {
      const { page } = app;
      await openAddFood(page, 'breakfast');
      await searchFoods(page, 'banana', /^Bananas, raw/);
      await chooseResult(page, /^Bananas, raw/);
      const star = page.getByRole('button', { name: 'Favourite' });
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('false');
      await star.click();
      await expect.poll(() => star.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => favouritesOn(base, person)).toEqual([expect.stringMatching(/^Bananas, raw/)]);

      // Back on the list, the Favourites tab has it without being read again.
      await page.getByRole('button', { name: /Back to results/ }).click();
      await page.getByRole('searchbox', { name: /search foods/i }).fill('');
      await page.getByRole('tab', { name: 'Favourites' }).click();
      await page.getByRole('list', { name: 'Favourites' }).getByRole('button', { name: /^Bananas, raw/ }).waitFor();

      await page.keyboard.press('Escape');
      await openTab(page, 'My foods');
      await page.getByRole('tab', { name: 'Favourites' }).click();
      await page.getByRole('list', { name: 'Favourites' }).getByRole('button', { name: /^Bananas, raw/ }).click();
      await page.getByRole('button', { name: 'Remove from favourites' }).click();
      await page.getByText('No favourites yet').waitFor();
      await expect.poll(() => favouritesOn(base, person)).toEqual([]);
    }));

  it('lists a custom food once saved, and not once deleted', () =>
    photographFailure(app.page, 'custom-foods', 'phone', async () => {
      const { page } = app;
      await openTab(page, 'My foods');
      await page.getByRole('tab', { name: 'Custom foods' }).click();
      await page.getByText('No foods of your own yet').waitFor();
      await page.getByRole('button', { name: 'New food' }).click();
      await page.getByLabel('Name', { exact: true }).fill('Granola bar, honey oat');
      await page.getByLabel('Calories (kcal)', { exact: true }).fill('450');
      await page.getByLabel('Protein (g)', { exact: true }).fill('8');
      await page.getByLabel('Carbohydrate (g)', { exact: true }).fill('64');
      await page.getByLabel('Fat (g)', { exact: true }).fill('17');
      await page.getByRole('button', { name: 'Save food' }).click();
      await page.getByRole('list', { name: 'Custom foods' }).getByRole('button', { name: /^Granola bar, honey oat/ }).waitFor();
      expect(await customFoodsOn(base, person)).toEqual(['Granola bar, honey oat']);

      await page.getByRole('button', { name: 'Delete Granola bar, honey oat' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByText('No foods of your own yet').waitFor();
      await expect.poll(() => customFoodsOn(base, person)).toEqual([]);
    }));
});
