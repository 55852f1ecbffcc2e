import { describe, expect, it } from 'vitest';
import { axeViolations, describeViolations, isSeriousOrCritical } from './support/axe.ts';
import { SCREEN_SIZES } from './support/browser.ts';
import type { MainScreen } from './support/screens.ts';
import { browserForThisFile, tourAt } from './support/test-context.ts';

// axe-core (WCAG 2 A and AA) on every main screen: nothing serious or critical.
describe('accessibility of the main screens', () => {
  const browser = browserForThisFile();

  for (const size of SCREEN_SIZES) {
    it(`has no serious or critical violations at ${size} size`, async () => {
      const found: Partial<Record<MainScreen, string>> = {};
      await tourAt(browser(), size, async (screen, page) => {
        const serious = (await axeViolations(page)).filter(isSeriousOrCritical);
        if (serious.length > 0) found[screen] = describeViolations(serious);
      });
      expect(found).toEqual({});
    });
  }
});
