import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import { REPO_ROOT } from '@macromuse/server/config/config';

/** The Debian chromium package (`apt-get install chromium`); CHROMIUM_PATH names another build. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where the browser tests leave what they saw (kept out of the repository). */
export const TEST_OUTPUT = join(REPO_ROOT, 'test-output');
export const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');

/** The key the web app keeps its session under in localStorage. */
export const SESSION_KEY = 'macromuse.session';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export type ScreenSize = 'phone' | 'desktop';
export const SCREEN_SIZES: readonly ScreenSize[] = ['phone', 'desktop'];

const SIZES: Record<ScreenSize, BrowserContextOptions> = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

/** The time zone of this process: the browser shares it, so "today" is the same date on both sides. */
export const TIME_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Today's date, YYYY-MM-DD, in this process's (and so the browser's) time zone. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface AppPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/**
 * A fresh browser profile (no cookies, storage or cache) at a phone or desktop size, on the
 * app's address; signed in already when a session is given.
 */
export async function newAppContext(browser: Browser, baseURL: string, size: ScreenSize, session?: AuthTokens): Promise<AppPage> {
  const context = await browser.newContext({
    ...SIZES[size],
    baseURL,
    locale: 'en-US',
    timezoneId: TIME_ZONE,
    ...(session ? { storageState: { cookies: [], origins: [{ origin: baseURL, localStorage: [{ name: SESSION_KEY, value: JSON.stringify(session) }] }] } } : {}),
  });
  return { context, page: await context.newPage() };
}

/** The session the web app keeps in this browser profile, if signed in. */
export async function sessionIn(context: BrowserContext): Promise<AuthTokens | undefined> {
  const state = await context.storageState();
  const raw = state.origins.flatMap((o) => o.localStorage).find((item) => item.name === SESSION_KEY)?.value;
  return raw === undefined ? undefined : (JSON.parse(raw) as AuthTokens);
}

/**
 * Saves what the screen shows (the viewport, as a person sees it: bars fixed to the bottom where
 * they belong) as test-output/screenshots/<name>-<size>.png; returns the file.
 */
export async function screenshot(page: Page, name: string, size: ScreenSize): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}-${size}.png`);
  await page.screenshot({ path, animations: 'disabled', caret: 'hide' });
  return path;
}

/** Runs `steps`; when they fail, first saves what the page showed as test-output/screenshots/failed-<name>-<size>.png. */
export async function photographFailure<T>(page: Page, name: string, size: ScreenSize, steps: () => Promise<T>): Promise<T> {
  try {
    return await steps();
  } catch (error) {
    if (!page.isClosed()) await screenshot(page, `failed-${name}`, size).catch(() => undefined);
    throw error;
  }
}
