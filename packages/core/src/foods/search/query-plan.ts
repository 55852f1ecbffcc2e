import { foldText, searchTerms } from './search-text.ts';

/** One word of a query and how it may match: in full, as a prefix, or with a typo. */
export interface QueryToken {
  readonly text: string;
  /** Prefix matching is allowed (the word may still be being typed). */
  readonly prefix: boolean;
  /** Most edits allowed for a typo match (0 for short words). */
  readonly maxTypos: number;
}

/** Words of this length or more may have one typo; from the longer bound on, two. */
const ONE_TYPO_FROM = 4;
const TWO_TYPOS_FROM = 8;

/**
 * The work one query may cost is bounded, whatever is typed: the words past the first
 * MAX_QUERY_WORDS are not searched (a food is named in far fewer), and words longer than any
 * food's are matched as typed, without looking for typos (the costliest part of a search).
 */
export const MAX_QUERY_WORDS = 8;
export const MAX_TYPO_WORD_LENGTH = 24;

/** Turns what a person typed into query tokens; repeated words count once. */
export function planQuery(query: string): QueryToken[] {
  return planTerms(searchTerms(query), isTyping(query));
}

/** Whether the last word may still be being typed (no space after it). */
export function isTyping(query: string): boolean {
  return !/\s$/.test(foldText(query));
}

/** Query tokens for search terms; `typing`: the last may be a prefix of what is meant. */
export function planTerms(terms: readonly string[], typing: boolean): QueryToken[] {
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  terms.forEach((text, index) => {
    if (seen.has(text) || tokens.length >= MAX_QUERY_WORDS) return;
    seen.add(text);
    const isLast = index === terms.length - 1;
    tokens.push({
      text,
      prefix: (isLast && typing) || text.length >= 3,
      maxTypos: /\d/.test(text) || text.length > MAX_TYPO_WORD_LENGTH ? 0 : text.length >= TWO_TYPOS_FROM ? 2 : text.length >= ONE_TYPO_FROM ? 1 : 0,
    });
  });
  return tokens;
}
