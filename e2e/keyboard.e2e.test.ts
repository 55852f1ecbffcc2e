import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ApiClient, PROFILE } from '@macromuse/server/test-support/api-client';
import { newEmail, PASSWORD } from '@macromuse/server/test-support/factories';
import { apiAs, entriesOn, waitForToday } from './support/app-flows.ts';
import { localToday, newAppContext, photographFailure } from './support/browser.ts';
import { appUrl, browserForThisFile } from './support/test-context.ts';

interface Focused {
  readonly name: string;
  /** The focus ring drawn around it: an outline or a box shadow. */
  readonly ring: string;
}

const FOCUSED = `(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return { name: '', ring: 'none' };
  const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
  const style = getComputedStyle(el);
  const ring = style.outlineStyle !== 'none' && style.outlineWidth !== '0px' ? 'outline ' + style.outlineWidth : style.boxShadow;
  return { name: (el.getAttribute('aria-label') || label || el.textContent || '').trim(), ring };
})()`;

/** Presses Tab until the focused control's name matches (at most `max` times); returns it, with its focus ring. */
async function tabTo(page: Page, name: RegExp, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate(FOCUSED)) as Focused;
    if (name.test(focused.name)) return focused;
  }
  throw new Error(`Tab never reached a control named ${name}`);
}

// Everything a person needs to log a meal works from the keyboard alone, with a visible focus.
describe('keyboard use', () => {
  const base = appUrl();
  const browser = browserForThisFile();

  it('signs in, logs a food and deletes it again with the keyboard alone, the focus always visible', async () => {
    const email = newEmail();
    const api = await ApiClient.signUp(base, email);
    expect((await api.put('/api/me/profile', PROFILE)).status).toBe(200);
    const { context, page } = await newAppContext(browser(), base, 'desktop');
    await photographFailure(page, 'keyboard', 'desktop', async () => {
      await page.goto('/');
      const rings: Focused[] = [];
      rings.push(await tabTo(page, /^email$/i));
      await page.keyboard.type(email);
      rings.push(await tabTo(page, /^password$/i));
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await waitForToday(page);

      rings.push(await tabTo(page, /^add food to breakfast$/i));
      await page.keyboard.press('Enter');
      // Add food opens with the search field focused: typing searches at once.
      await page.getByRole('searchbox', { name: /search foods/i }).waitFor();
      await page.keyboard.type('banana');
      await page.getByRole('list', { name: 'Foods' }).getByRole('button', { name: /^Bananas, raw/ }).first().waitFor();
      rings.push(await tabTo(page, /^Bananas, raw/));
      await page.keyboard.press('Enter');
      rings.push(await tabTo(page, /^amount$/i));
      await page.keyboard.press('Enter');
      await waitForToday(page);
      await page.getByRole('region', { name: 'Breakfast' }).getByText(/Bananas, raw/).waitFor();
      const date = localToday();
      await expect.poll(async () => (await entriesOn(apiAs(base, api.session), date)).length).toBe(1);

      // The entry opens with Enter; Escape closes it; Delete deletes it (Undo is offered).
      rings.push(await tabTo(page, /^Bananas, raw/));
      await page.keyboard.press('Enter');
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await tabTo(page, /^Bananas, raw/);
      await page.keyboard.press('Enter');
      rings.push(await tabTo(page, /^delete$/i));
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Undo' }).waitFor();
      await expect.poll(async () => (await entriesOn(apiAs(base, api.session), date)).length, { timeout: 15_000 }).toBe(0);

      for (const focused of rings) expect(focused.ring, focused.name).not.toBe('none');
    }).finally(() => context.close());
  });
});
