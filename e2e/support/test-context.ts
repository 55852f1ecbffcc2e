import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newAppContext, photographFailure, type ScreenSize } from './browser.ts';
import { tourMainScreens, type MainScreen } from './screens.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the server the browser tests share (started by global-setup.ts). */
    appUrl: string;
  }
}

/** The address of the server every browser test file shares. */
export const appUrl = (): string => inject('appUrl');

/** A chromium for the tests of one file: launched before them, closed after them. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('chromium is not running');
    return browser;
  };
}

/**
 * A new person's walk through every main screen (see tourMainScreens) in a fresh browser profile
 * at one size; `visit` gets each screen and the page showing it. Returns the errors the page threw.
 */
export async function tourAt(browser: Browser, size: ScreenSize, visit: (screen: MainScreen, page: Page) => Promise<void>): Promise<string[]> {
  const { context, page } = await newAppContext(browser, appUrl(), size);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    await photographFailure(page, 'tour', size, () => tourMainScreens(page, (screen) => visit(screen, page)));
  } finally {
    await context.close();
  }
  return errors;
}
