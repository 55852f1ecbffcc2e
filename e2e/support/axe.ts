import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, ImpactValue, RunOptions } from 'axe-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The rules of WCAG 2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: ImpactValue;
  readonly help: string;
  /** CSS selectors of the elements at fault. */
  readonly targets: readonly string[];
}

interface AxeInPage {
  readonly axe: { run(context: unknown, options: RunOptions): Promise<AxeResults> };
  readonly document: unknown;
}

/** Runs axe-core on what the page shows now and returns the rules it breaks. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol, so the app's Content-Security-Policy does not block it.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const { axe, document } = globalThis as unknown as AxeInPage;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, [...WCAG_TAGS]);
}

export const isSeriousOrCritical = (v: AxeViolation): boolean => v.impact === 'serious' || v.impact === 'critical';

/** One line per violation: `id (impact) ×nodes: help`. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'no impact'}) ×${v.targets.length}: ${v.help} [${v.targets.slice(0, 3).join(', ')}]`).join('\n');
}
