import { searchTerms } from './search-text.ts';

/**
 * What people call a food where they live, against the words the catalog's names use. A query
 * holding one of `say` is also searched with `means` in its place: the food's name is never
 * changed, and what was typed is searched as typed too. Compiled from common British, Irish,
 * Australian and American usage (each entry's `note` says where a word is said); each `means` is
 * worded as the USDA's generic names (SR28, FNDDS) word it, which the relevance test on the real
 * catalog checks: every `means` finds a generic food.
 */
export interface Synonym {
  /** What a person types, any of these. */
  readonly say: readonly string[];
  /** The name the catalog uses. */
  readonly means: string;
  /** Where the words come from, for whoever reads this list. */
  readonly note: string;
}

export const SYNONYMS: readonly Synonym[] = [
  { say: ['coke', 'pepsi'], means: 'cola', note: 'brand names used for the drink; the USDA says "cola"' },
  { say: ['soda', 'pop', 'soft drink', 'fizzy drink'], means: 'carbonated beverage', note: 'US, regional US, UK; the USDA says "carbonated beverage"' },
  { say: ['crisps'], means: 'potato chips', note: 'UK, IE, AU' },
  { say: ['chips'], means: 'potato french fries', note: 'UK chips are US french fries (US chips are also searched as typed); FNDDS says "Potato, french fries"' },
  { say: ['fries', 'french fries'], means: 'potato french fries', note: 'US; FNDDS says "Potato, french fries"' },
  { say: ['aubergine'], means: 'eggplant', note: 'UK, FR' },
  { say: ['courgette', 'courgettes'], means: 'zucchini', note: 'UK, FR' },
  { say: ['mince', 'minced beef', 'beef mince'], means: 'ground beef', note: 'UK, IE, AU, NZ' },
  { say: ['porridge'], means: 'oatmeal', note: 'UK; the USDA says "oatmeal" or "oats"' },
  { say: ['yoghurt', 'yoghurts'], means: 'yogurt', note: 'UK spelling' },
  { say: ['rocket'], means: 'arugula', note: 'UK, AU' },
  { say: ['coriander leaves', 'fresh coriander'], means: 'cilantro', note: 'UK; the seeds are coriander everywhere' },
  { say: ['spring onion', 'spring onions', 'scallion', 'scallions'], means: 'green onions', note: 'UK, US' },
  { say: ['prawn', 'prawns'], means: 'shrimp', note: 'UK, AU' },
  { say: ['biscuit', 'biscuits'], means: 'cookies', note: 'UK biscuits are US cookies (US biscuits are also searched as typed)' },
  { say: ['sweets'], means: 'candies', note: 'UK' },
  { say: ['capsicum'], means: 'sweet peppers', note: 'AU, NZ, IN' },
  { say: ['swede'], means: 'rutabagas', note: 'UK' },
  { say: ['beetroot'], means: 'beets', note: 'UK, AU' },
  { say: ['mangetout', 'snow peas', 'sugar snap peas'], means: 'peas edible-podded', note: 'UK, US; SR28 says "Peas, edible-podded"' },
  { say: ['icing sugar'], means: 'powdered sugar', note: 'UK' },
  { say: ['cornflour'], means: 'cornstarch', note: 'UK' },
  { say: ['double cream'], means: 'heavy cream', note: 'UK' },
  { say: ['single cream'], means: 'light cream', note: 'UK' },
  { say: ['treacle', 'black treacle'], means: 'molasses', note: 'UK' },
  { say: ['garbanzo', 'garbanzos'], means: 'chickpeas', note: 'US, ES' },
  { say: ['broad beans'], means: 'fava beans', note: 'UK' },
  { say: ['jacket potato'], means: 'baked potato', note: 'UK' },
  { say: ['ice lolly'], means: 'frozen novelties', note: 'UK; the USDA says "frozen novelties, ice type"' },
  { say: ['gammon'], means: 'ham', note: 'UK' },
  { say: ['minced pork', 'pork mince'], means: 'ground pork', note: 'UK' },
  { say: ['tomato sauce'], means: 'ketchup', note: 'AU, NZ, UK' },
];

/** A synonym as search terms: the stemmed words of each thing said, and of what it means. */
interface TermRule {
  readonly say: readonly string[];
  readonly means: readonly string[];
}

/** Longest first, so "beef mince" is read before "mince". */
const BY_LENGTH: readonly TermRule[] = SYNONYMS.flatMap((s) => s.say.map((say) => ({ say: searchTerms(say), means: searchTerms(s.means) }))).sort((a, b) => b.say.length - a.say.length);

/** The words people say for a food (one-word entries): known words, never typos of another ("coke" is not "cake"). */
export const SAID_WORDS: ReadonlySet<string> = new Set(BY_LENGTH.filter((rule) => rule.say.length === 1).map((rule) => rule.say[0] ?? ''));

/**
 * The other ways to search what was typed (as search terms), one variant per synonym found in
 * it, longest match first; none when no synonym applies. The words typed are kept in order;
 * only the words of the synonym are replaced.
 */
export function synonymVariants(terms: readonly string[], max = 3): string[][] {
  const variants: string[][] = [];
  // Words already read as part of a longer synonym ("beef mince") are not read again alone ("mince").
  const covered = new Set<number>();
  for (const rule of BY_LENGTH) {
    if (variants.length >= max) break;
    for (let at = 0; at + rule.say.length <= terms.length; at++) {
      if (!rule.say.every((term, k) => terms[at + k] === term && !covered.has(at + k))) continue;
      rule.say.forEach((_, k) => covered.add(at + k));
      const variant = [...terms.slice(0, at), ...rule.means, ...terms.slice(at + rule.say.length)];
      if (!variants.some((v) => v.join(' ') === variant.join(' '))) variants.push(variant);
      break;
    }
  }
  return variants;
}
