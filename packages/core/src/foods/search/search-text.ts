/**
 * How food names and queries become search terms: case, accents, punctuation and plurals
 * are folded away, so "Bananas", "banana" and "BANANA," are one term.
 */

const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th' };

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** Lower case, accents removed, special letters spelled out. */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (isAscii(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ßæœøłđþ]/g, (ch) => SPECIAL_LETTERS[ch] ?? ch);
}

/** The singular stem of an English word, good enough to make plurals meet singulars. */
export function stemTerm(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (/(ch|sh|ss|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 3) {
    // Singulars whose plural drops the "e" with the "es" ("quiche", "quiches" -> "quich").
    if (/(ch|sh|ss|x|z)e$/.test(w)) w = w.slice(0, -1);
    else if (w.endsWith('oe')) w = w.slice(0, -1);
    else if (w.endsWith('ie')) w = w.slice(0, -1);
    else if (/[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  }
  return w;
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;

/** The search terms of a text, in order. */
export function searchTerms(text: string): string[] {
  const folded = foldText(text);
  const words = folded.match(isAscii(folded) ? ASCII_WORD : WORD);
  return words ? words.map(stemTerm) : [];
}

/** Words that name the plain, basic form of a food (USDA's way of saying "the usual one"). */
export const BASIC_FORM_TERMS: ReadonlySet<string> = new Set(['raw', 'whole', 'plain', 'nfs', 'fresh', 'regular', 'unprepared', 'unenriched', 'enriched', 'brewed', 'boiled', 'cooked'].map(stemTerm));

/** Words that name an elaborate preparation: a plain query means the food without them. */
export const PREPARED_FORM_TERMS: ReadonlySet<string> = new Set(
  ['fried', 'coated', 'breaded', 'battered', 'glazed', 'candied', 'stuffed', 'creamed', 'sauce', 'gravy', 'syrup', 'sweetened', 'frosted', 'tenders', 'nuggets', 'patties', 'loaf', 'imitation', 'substitute'].map(stemTerm),
);
