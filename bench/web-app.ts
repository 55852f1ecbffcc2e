/**
 * The web app in a real browser (Debian chromium through playwright-core) on the real server with
 * the generic foods: bytes sent before the first screen, time from navigation to an interactive
 * Today, keystroke-to-results on Add food, and an axe-core accessibility check of every main
 * screen. Prints figures; asserts nothing.
 *
 * Called by bench/run.ts (BENCH_SECTIONS=web runs only this); on its own:
 *
 *   node --import tsx bench/web-app.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { AuthTokens } from '@macromuse/contract/accounts/accounts.schemas';
import { apiAs, openAddFood, searchCatalog, seedPerson, waitForToday } from '../e2e/support/app-flows.ts';
import { ensureWebAppBuilt, startAppServer } from '../e2e/support/app-server.ts';
import { axeViolations } from '../e2e/support/axe.ts';
import { launchBrowser, localToday, newAppContext } from '../e2e/support/browser.ts';
import { tourMainScreens } from '../e2e/support/screens.ts';
import { withBenchRateLimits } from './ledger.ts';
import { formatMs, summarize } from './stats.ts';

/** The app this one replaces: its single bundle, and its cold start to a usable home screen. */
const ORIGINAL_BUNDLE_BYTES = 4.1 * 1024 * 1024;
const ORIGINAL_COLD_START_MS = 1650;
const TARGETS = { firstScreenWireBytes: 150 * 1024, interactiveMs: 500, keystrokeMs: 50 };

const RELOADS = 20;
const COLD_LOADS = 10;
const QUERIES = ['banana', 'chicken breast', 'greek yogurt'];
/** A full day for the person the figures are measured with. */
const DAY = [
  { query: 'bananas, raw', meal: 'breakfast', grams: 118 },
  { query: 'oatmeal', meal: 'breakfast', grams: 240 },
  { query: 'chicken breast', meal: 'lunch', grams: 150 },
  { query: 'white rice', meal: 'lunch', grams: 180 },
  { query: 'greek yogurt', meal: 'snacks', grams: 170 },
  { query: 'salmon', meal: 'dinner', grams: 140 },
];

function line(text = ''): void {
  process.stdout.write(`${text}\n`);
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

// The page is driven from Node: these are the few browser objects the measuring code touches there.
interface PageElement {
  readonly textContent: string | null;
  click(): void;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}
interface PageGlobals {
  readonly document: {
    querySelector(selector: string): PageElement | null;
    addEventListener(type: 'keydown', listener: (event: { readonly timeStamp: number }) => void, capture: boolean): void;
  };
  readonly MutationObserver: new (callback: () => void) => { observe(target: object, options: { childList: boolean; subtree: boolean; characterData: boolean }): void; disconnect(): void };
  readonly performance: {
    now(): number;
    getEntriesByType(type: 'resource'): readonly { readonly name: string; readonly startTime: number; readonly responseEnd: number; readonly encodedBodySize: number; readonly decodedBodySize: number }[];
  };
  setTimeout(callback: () => void, ms: number): unknown;
  todayProbe?: TodayTimes;
  searchProbe?: { keyAt: number; changedAt: number };
}

/** Milliseconds from navigation start (the page's time origin). */
interface TodayTimes {
  /** The day's summary (energy ring and macros) is on screen. */
  rendered?: number;
  /** A task queued once it rendered has run, and a tap on "Next day" in it has changed the title. */
  interactive?: number;
}

/** Runs in the page before any of its scripts: notes when Today is rendered, then when a button in it answers. */
function probeToday(): void {
  const g = globalThis as unknown as PageGlobals;
  const times: TodayTimes = {};
  g.todayProbe = times;
  let tapped = false;
  const observer = new g.MutationObserver(() => {
    const doc = g.document;
    if (times.rendered === undefined && doc.querySelector('section[aria-label="Energy and macros"]')) {
      times.rendered = g.performance.now();
      g.setTimeout(() => {
        tapped = true;
        doc.querySelector('nav[aria-label="Day"] button[aria-label="Next day"]')?.click();
      }, 0);
    }
    if (tapped && doc.querySelector('nav[aria-label="Day"] h1')?.textContent === 'Tomorrow') {
      times.interactive = g.performance.now();
      observer.disconnect();
    }
  });
  observer.observe(g.document, { childList: true, subtree: true, characterData: true });
}

/** One load of Today, and where its time went (milliseconds from navigation start). */
interface TodayLoad extends Required<TodayTimes> {
  /** The last script or style sheet fetched before Today rendered has arrived. */
  readonly scripts: number;
  /** The request for the day was sent, and answered (it may come after Today rendered a day kept on the device). */
  readonly dayAsked: number;
  readonly dayAnswered: number;
}

async function loadToday(page: Page): Promise<TodayLoad> {
  await page.goto('/');
  await page.waitForFunction(() => (globalThis as unknown as PageGlobals).todayProbe?.interactive !== undefined, undefined, { timeout: 30_000 });
  const load = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    const times = g.todayProbe;
    const rendered = times?.rendered ?? Number.NaN;
    const resources = g.performance.getEntriesByType('resource');
    const day = resources.find((e) => e.name.includes('/api/days/'));
    return {
      rendered,
      interactive: times?.interactive ?? Number.NaN,
      scripts: Math.max(0, ...resources.filter((e) => e.startTime <= rendered && /\.(js|css)(\?|$)/.test(e.name)).map((e) => e.responseEnd)),
      dayAsked: day?.startTime ?? Number.NaN,
      dayAnswered: day?.responseEnd ?? Number.NaN,
    };
  });
  if (Number.isNaN(load.rendered) || Number.isNaN(load.interactive)) throw new Error('Today never became interactive');
  return load;
}

/**
 * (i) The JavaScript and CSS a signed-in person's browser fetched before Today answered: the
 * bytes that crossed the wire (as the server sent them, compressed or not) and their size unpacked.
 */
async function firstScreenBytes(browser: Browser, base: string, session: AuthTokens): Promise<void> {
  const { context, page } = await newAppContext(browser, base, 'phone', session);
  await context.addInitScript(probeToday);
  try {
    const { interactive } = await loadToday(page);
    const fetched = await page.evaluate(
      (until) =>
        (globalThis as unknown as PageGlobals).performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime <= until)
          .map((e) => ({ name: e.name, wire: e.encodedBodySize, raw: e.decodedBodySize })),
      interactive,
    );
    const files = { js: { raw: 0, wire: 0, count: 0 }, css: { raw: 0, wire: 0, count: 0 } };
    for (const file of fetched) {
      const kind = /\.js(\?|$)/.test(file.name) ? 'js' : /\.css(\?|$)/.test(file.name) ? 'css' : undefined;
      if (!kind) continue;
      files[kind].raw += file.raw;
      files[kind].wire += file.wire;
      files[kind].count += 1;
    }
    const wire = files.js.wire + files.css.wire;
    const raw = files.js.raw + files.css.raw;
    line(`  bytes before the first screen (signed in, Today), on the wire: JS ${files.js.count} files ${kb(files.js.wire)} (${kb(files.js.raw)} unpacked), CSS ${files.css.count} files ${kb(files.css.wire)} (${kb(files.css.raw)} unpacked)`);
    line(`    total ${kb(wire)} on the wire, target < ${kb(TARGETS.firstScreenWireBytes)} (${wire < TARGETS.firstScreenWireBytes ? 'met' : 'MISSED'}); ${kb(raw)} unpacked is ${((raw / ORIGINAL_BUNDLE_BYTES) * 100).toFixed(1)}% of the original app's 4.1 MB bundle (${(ORIGINAL_BUNDLE_BYTES / raw).toFixed(0)}× less)`);
  } finally {
    await context.close();
  }
}

/** (ii) Navigation to an interactive Today: warm reloads in one browser profile, and cold loads in fresh ones. */
async function timeToInteractiveToday(browser: Browser, base: string, session: AuthTokens): Promise<void> {
  const { context, page } = await newAppContext(browser, base, 'phone', session);
  await context.addInitScript(probeToday);
  const warm: TodayLoad[] = [];
  try {
    await loadToday(page);
    for (let i = 0; i < RELOADS; i++) warm.push(await loadToday(page));
  } finally {
    await context.close();
  }
  const cold: TodayLoad[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const fresh = await newAppContext(browser, base, 'phone', session);
    await fresh.context.addInitScript(probeToday);
    try {
      cold.push(await loadToday(fresh.page));
    } finally {
      await fresh.context.close();
    }
  }
  const report = (label: string, samples: readonly TodayLoad[]): void => {
    const interactive = summarize(samples.map((s) => s.interactive));
    const median = (pick: (s: TodayLoad) => number): string => `${summarize(samples.map(pick)).p50.toFixed(0)} ms`;
    line(`  Today rendered, ${label}: ${formatMs(summarize(samples.map((s) => s.rendered)))}`);
    line(`  Today interactive, ${label}: ${formatMs(interactive)}`);
    line(`    where the time goes (medians from navigation): scripts and styles in by ${median((s) => s.scripts)}, day asked at ${median((s) => s.dayAsked)}, answered at ${median((s) => s.dayAnswered)}, rendered at ${median((s) => s.rendered)}`);
    line(`    target < ${TARGETS.interactiveMs} ms (${interactive.p95 < TARGETS.interactiveMs ? 'met' : 'MISSED'} at p95); the original app took ${ORIGINAL_COLD_START_MS.toLocaleString('en')} ms cold (${(ORIGINAL_COLD_START_MS / interactive.p50).toFixed(1)}× the median here)`);
  };
  report(`reloads with the browser cache (${RELOADS})`, warm);
  report(`fresh browser profiles, empty cache (${COLD_LOADS})`, cold);
}

/** Runs in the page on Add food: the time of each key press, and of the last change to the page since. */
function probeSearch(): void {
  const g = globalThis as unknown as PageGlobals;
  const state = { keyAt: 0, changedAt: 0 };
  g.searchProbe = state;
  g.document.addEventListener('keydown', (event) => { state.keyAt = event.timeStamp; state.changedAt = 0; }, true);
  new g.MutationObserver(() => { state.changedAt = g.performance.now(); }).observe(g.document, { childList: true, subtree: true, characterData: true });
}

/**
 * Waits until the result list shows the first results the server gives for `query` and the
 * answer to that very query has arrived; returns milliseconds from the key press.
 */
async function resultsShown(page: Page, query: string, names: readonly string[]): Promise<number> {
  const handle = await page.waitForFunction(
    ({ query, names }) => {
      const g = globalThis as unknown as PageGlobals;
      const state = g.searchProbe;
      const list = g.document.querySelector('[aria-label="Foods"]');
      if (!state || !list) return false;
      const shown = Array.from(list.querySelectorAll('button'), (b) => b.textContent ?? '');
      if (!names.every((name, i) => shown[i]?.startsWith(name))) return false;
      const answer = g.performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/api/foods/search?') && new URL(e.name).searchParams.get('q') === query && e.startTime >= state.keyAt)
        .at(-1);
      if (!answer || answer.responseEnd === 0) return false;
      return Math.max(state.changedAt, answer.responseEnd) - state.keyAt;
    },
    { query, names },
    { polling: 'raf', timeout: 10_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** (iii) Keystroke to results on Add food, letter by letter through a few searches. */
async function keystrokeToResults(browser: Browser, base: string, session: AuthTokens): Promise<void> {
  const { context, page } = await newAppContext(browser, base, 'desktop', session);
  const api = apiAs(base, session);
  const samples: number[] = [];
  try {
    await page.goto('/');
    await waitForToday(page);
    await openAddFood(page, 'breakfast');
    await page.evaluate(probeSearch);
    const search = page.getByRole('searchbox', { name: /search foods/i });
    for (const query of QUERIES) {
      await search.fill('');
      await search.focus();
      for (let i = 1; i <= query.length; i++) {
        const typed = query.slice(0, i);
        const names = (await searchCatalog(api, typed, 3)).results.map((r) => r.name);
        await page.keyboard.type(query.charAt(i - 1));
        samples.push(await resultsShown(page, typed, names));
      }
    }
  } finally {
    await context.close();
  }
  const summary = summarize(samples);
  line(`  keystroke to results on Add food (${QUERIES.map((q) => `"${q}"`).join(', ')}, letter by letter): ${formatMs(summary)}`);
  line(`    target < ${TARGETS.keystrokeMs} ms (${summary.p95 < TARGETS.keystrokeMs ? 'met' : 'MISSED'} at p95)`);
}

/** (iv) axe-core (WCAG 2 A and AA) on every main screen, as a new person meets them. */
async function accessibility(browser: Browser, base: string): Promise<void> {
  const { context, page } = await newAppContext(browser, base, 'desktop');
  line('  accessibility (axe-core, WCAG 2 A and AA), violations per screen:');
  try {
    await tourMainScreens(page, async (screen) => {
      const violations = await axeViolations(page);
      const ids = violations.map((v) => `${v.id} (${v.impact ?? '?'}, ${v.targets.length})`).join(', ');
      line(`    ${screen.padEnd(14)} ${violations.length}${ids ? `: ${ids}` : ''}`);
    });
  } finally {
    await context.close();
  }
}

/** Each figure on its own: one that cannot be measured is reported and the others still run. */
async function section(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    line(`  ${name}: could not be measured: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
}

export async function benchWebApp(): Promise<void> {
  line('\n== Web app in chromium (PGlite, generic foods) ==');
  ensureWebAppBuilt();
  const app = await startAppServer({ tune: withBenchRateLimits });
  const browser = await launchBrowser();
  try {
    line(`  chromium ${browser.version()}`);
    const person = await seedPerson(app.url, localToday(), DAY);
    await section('bytes before the first screen', () => firstScreenBytes(browser, app.url, person.session));
    await section('time to an interactive Today', () => timeToInteractiveToday(browser, app.url, person.session));
    await section('keystroke to results', () => keystrokeToResults(browser, app.url, person.session));
    await section('accessibility', () => accessibility(browser, app.url));
  } finally {
    await browser.close();
    await app.close();
  }
}

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) await benchWebApp();
