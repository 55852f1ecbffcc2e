import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenshot, SCREEN_SIZES } from './support/browser.ts';
import { MAIN_SCREENS } from './support/screens.ts';
import { browserForThisFile, tourAt } from './support/test-context.ts';

// Every main screen, photographed at phone and desktop size into test-output/screenshots/.
describe('screenshots of the main screens', () => {
  const browser = browserForThisFile();

  for (const size of SCREEN_SIZES) {
    it(`at ${size} size`, async () => {
      const saved: string[] = [];
      const errors = await tourAt(browser(), size, async (screen, page) => {
        saved.push(await screenshot(page, screen, size));
      });
      expect(saved).toHaveLength(MAIN_SCREENS.length);
      for (const file of saved) expect(existsSync(file)).toBe(true);
      expect(errors).toEqual([]);
    });
  }
});
