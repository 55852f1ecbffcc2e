import type { Portion } from '../units/food-quantity.ts';
import { parsePortionDescription } from '../units/portion-description.ts';
import { isMassUnit } from '../units/units.ts';

/** Units that name one whole thing a person counts ("1 large", "1 slice"). */
const COUNT_WORDS = /\b(medium|large|small|extra large|jumbo|slice|piece|serving|item|fruit|egg|bar|cookie|muffin|roll|bun|link|patty|breast|thigh|drumstick|wing|fillet|steak|chop|can|bottle|container|package|packet|pouch|stalk|spear|leaf|clove|each|whole|sandwich|burrito|taco|pie|cake|bagel|biscuit|pancake|waffle|tortilla)\b/i;

/**
 * The portion a person most likely means when they log "one" of a food: a counted item
 * (medium, slice, serving) before a volume (cup) before a weight (oz); otherwise the dataset's
 * own first portion. Portions with no weight are never chosen.
 */
export function chooseDefaultPortion(portions: readonly Portion[]): Portion | undefined {
  let best: { portion: Portion; rank: number; index: number } | undefined;
  portions.forEach((portion, index) => {
    if (portion.grams <= 0 || portion.amount <= 0) return;
    const parsed = parsePortionDescription(portion.unit, portion.amount);
    let rank: number;
    if (/quantity not specified/i.test(portion.unit)) rank = 5;
    else if (parsed.measure && isMassUnit(parsed.measure)) rank = 4;
    else if (COUNT_WORDS.test(parsed.unit)) rank = /\bmedium\b|\bserving\b/i.test(parsed.unit) ? 0 : 1;
    else if (parsed.measure) rank = parsed.modifier === '' ? 2 : 3;
    else rank = 1;
    if (!best || rank < best.rank || (rank === best.rank && index < best.index)) best = { portion, rank, index };
  });
  return best?.portion;
}

/** "1 cup, sliced", "2 large", "0.5 cup": a portion as a person reads it. */
export function describePortion(portion: Portion): string {
  const amount = Number.isInteger(portion.amount) ? String(portion.amount) : String(Math.round(portion.amount * 100) / 100);
  return `${amount} ${portion.unit}`;
}
