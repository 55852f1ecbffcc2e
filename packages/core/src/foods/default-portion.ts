import type { Portion } from '../units/food-quantity.ts';
import { parsePortionDescription } from '../units/portion-description.ts';
import { isMassUnit } from '../units/units.ts';

/** Units that name one whole thing a person counts ("1 slice", "1 stalk"). */
const COUNT_WORDS = /\b(slice|piece|item|fruit|egg|bar|cookie|muffin|roll|bun|link|patty|breast|thigh|drumstick|wing|fillet|steak|chop|stalk|spear|leaf|clove|each|whole|sandwich|burrito|taco|pie|cake|bagel|biscuit|pancake|waffle|tortilla|stick|strip|cracker|chip|nugget|meatball|sausage|frank|shrimp|scoop)s?\b/i;
/** The usual sizes of a counted item ("1 medium", "1 large"). */
const USUAL_SIZE = /^(medium|large)\b/i;
const OTHER_SIZE = /^(small|extra small|extra large|jumbo|very large|mini)\b/i;
const PACKAGE_WORDS = /\b(serving|container|package|packet|pouch|can|bottle|carton|jar|box)\b/i;
const NOT_A_PORTION = /quantity not specified|guideline amount|school/i;

/** Lower is likelier to be what a person means by "one". */
function portionRank(unit: string, measure: string | undefined, modifier: string): number {
  if (NOT_A_PORTION.test(unit)) return 8;
  if (measure && isMassUnit(measure)) return 7;
  if (USUAL_SIZE.test(unit)) return 0;
  if (!measure && COUNT_WORDS.test(unit)) return 1;
  if (OTHER_SIZE.test(unit)) return 2;
  if (measure) return modifier === '' ? 3 : 5;
  if (PACKAGE_WORDS.test(unit)) return 4;
  return 6;
}

/**
 * The portion a person most likely means when they log "one" of a food: a counted item
 * (a medium or large one, then a slice or a piece) before a plain volume (a cup) before a serving or
 * package before a weight (oz); among equals, the dataset's own order. Portions with no
 * weight are never chosen.
 */
export function chooseDefaultPortion(portions: readonly Portion[]): Portion | undefined {
  let best: { portion: Portion; rank: number } | undefined;
  for (const portion of portions) {
    if (portion.grams <= 0 || portion.amount <= 0) continue;
    const parsed = parsePortionDescription(portion.unit, portion.amount);
    const rank = portionRank(parsed.unit, parsed.measure, parsed.modifier);
    if (!best || rank < best.rank) best = { portion, rank };
  }
  return best?.portion;
}

/** "1 cup, sliced", "2 large", "0.5 cup": a portion as a person reads it. */
export function describePortion(portion: Portion): string {
  const amount = Number.isInteger(portion.amount) ? String(portion.amount) : String(Math.round(portion.amount * 100) / 100);
  return `${amount} ${portion.unit}`;
}
