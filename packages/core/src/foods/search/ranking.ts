import type { SegmentMatch } from './index-segment.ts';
import { SEARCH_TIER } from './search-doc.ts';

/**
 * Relevance of a matched food. Matching finds every food that contains the words; ranking
 * decides which of them a person meant:
 * - how well the words matched (in full > as a prefix > with a typo);
 * - the name starts with a query word ("Egg, whole" for "egg", not "Bread, egg"), and the
 *   query words sit in the head of the name, before its first comma;
 * - the query covers most of the name, and all of its head (shorter, plainer names first;
 *   "Rice, white" before "Rice flour, white");
 * - the basic form of a food (raw, whole, plain, NFS) over an elaborate preparation
 *   (fried, breaded, sweetened) the query did not ask for;
 * - generic foods (USDA) over branded products, unless the query names the brand;
 * - products with complete nutrition facts over those without.
 */
export const RANKING_WEIGHTS = {
  text: 40,
  startsWithQueryWord: 12,
  allInHead: 8,
  coverage: 10,
  /** The head of the name ("Rice" in "Rice, white"; "Rice flour" in "Rice flour, white") is all query words: the same food, not a compound. */
  headCoverage: 10,
  basicForm: 4,
  /** Per elaborate-preparation word ("fried", "breaded") the query did not ask for. */
  preparedForm: 3,
  brandNamed: 14,
  /** For a generic query (one that a generic food matches word for word), generic foods rise above products. */
  genericQuery: 20,
  perNameTerm: 0.25,
  perKnownNutrient: 0.4,
  tier: { [SEARCH_TIER.sr28]: 11, [SEARCH_TIER.fndds]: 10, [SEARCH_TIER.brandedProduct]: 2, [SEARCH_TIER.product]: 0 } as Readonly<Record<number, number>>,
} as const;

export function scoreMatch(match: SegmentMatch): number {
  const { segment, doc, quality, position } = match;
  const w = RANKING_WEIGHTS;
  const nameCount = segment.nameTermCount[doc] ?? 0;
  const headCount = segment.headTermCount[doc] ?? 0;
  let text = 0;
  let startsWithQueryWord = false;
  let allInHead = true;
  let brandNamed = false;
  let covered = 0; // bit k: name term k matched a query word
  for (let i = 0; i < quality.length; i++) {
    text += quality[i] ?? 0;
    const pos = position[i] ?? -1;
    if (pos === 0) startsWithQueryWord = true;
    if (pos >= headCount) allInHead = false;
    if (pos >= nameCount) brandNamed = true;
    else if (pos < 32) covered |= 1 << pos;
  }
  text /= Math.max(1, quality.length);
  // Basic-form words ("raw", "whole") count neither against coverage nor for it.
  const basic = segment.basicFormMask[doc] ?? 0;
  const coverable = nameCount - bitCount(basic & ~covered);
  const coverage = coverable <= 0 ? 1 : Math.min(1, bitCount(covered) / coverable);
  const headMask = headCount >= 32 ? 0xffffffff : (1 << headCount) - 1;
  const headCoverable = headCount - bitCount(basic & ~covered & headMask);
  const headCoverage = headCoverable <= 0 ? 1 : Math.min(1, bitCount(covered & headMask) / headCoverable);
  return (
    w.text * text +
    (startsWithQueryWord ? w.startsWithQueryWord : 0) +
    (allInHead ? w.allInHead : 0) +
    w.coverage * coverage +
    w.headCoverage * headCoverage +
    (basic !== 0 ? w.basicForm : 0) -
    w.preparedForm * bitCount((segment.preparedFormMask[doc] ?? 0) & ~covered) +
    (brandNamed ? w.brandNamed : 0) +
    (w.tier[segment.tiers[doc] ?? SEARCH_TIER.product] ?? 0) +
    w.perKnownNutrient * (segment.completeness[doc] ?? 0) -
    w.perNameTerm * nameCount
  );
}

function bitCount(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Quality at or above which a word counts as meant (in full, a long prefix, or one typo). */
const MEANT_WORD = 0.7;

/** A generic food matches every word of the query: the person means the generic food. */
export function isGenericQuery(matches: readonly SegmentMatch[]): boolean {
  return matches.some((m) => (m.segment.tiers[m.doc] ?? SEARCH_TIER.product) <= SEARCH_TIER.fndds && m.quality.every((q) => q >= MEANT_WORD));
}

export function genericQueryBonus(match: SegmentMatch): number {
  return (match.segment.tiers[match.doc] ?? SEARCH_TIER.product) <= SEARCH_TIER.fndds ? RANKING_WEIGHTS.genericQuery : 0;
}
