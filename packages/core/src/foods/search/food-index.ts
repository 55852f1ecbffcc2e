import { IndexSegment, runToEnd, type SegmentMatch, type TokenMatcher } from './index-segment.ts';
import { isTyping, planTerms, type QueryToken } from './query-plan.ts';
import { searchTerms } from './search-text.ts';
import { SAID_WORDS, synonymVariants } from './synonyms.ts';
import { genericQueryBonus, isGenericQuery, scoreMatch } from './ranking.ts';
import type { SearchDoc, SearchHit } from './search-doc.ts';

/** Matches ranked per segment: enough to fill any result page after duplicates collapse. */
const CANDIDATES_PER_SEGMENT = 600;

export interface IndexStats {
  readonly docs: number;
  readonly segments: number;
  readonly terms: number;
  readonly approximateBytes: number;
}

/**
 * The in-process food search index: a few immutable segments, newest last. New and updated
 * foods go into a new segment (their older versions are hidden); segments of similar size
 * are merged, so there are only ever a handful and a search visits each once.
 */
export class FoodIndex {
  private segments: IndexSegment[] = [];

  /** Adds foods, replacing earlier versions of the same foods. */
  upsert(docs: readonly SearchDoc[]): void {
    runToEnd(this.upsertSteps(docs));
  }

  /**
   * `upsert` in steps: the new segment is built while searches go on over the current ones,
   * then swapped in at once (older versions hidden in the same step). Mutations must not
   * interleave: the caller runs one stepwise mutation at a time.
   */
  *upsertSteps(docs: readonly SearchDoc[], options: { merge?: boolean } = {}): Generator<void, void> {
    if (docs.length === 0) return;
    const latest = new Map<number, SearchDoc>();
    for (const doc of docs) latest.set(doc.id, doc);
    const segment = yield* IndexSegment.buildSteps([...latest.values()]);
    this.remove([...latest.keys()]);
    this.segments.push(segment);
    // A bulk load passes merge: false and compacts once at the end instead.
    if (options.merge !== false) yield* this.mergeSimilarSegments();
  }

  /** Hides foods from search. */
  remove(ids: readonly number[]): void {
    for (const segment of this.segments) {
      for (const id of ids) {
        const doc = segment.findLive(id);
        if (doc !== undefined) segment.delete(doc);
      }
    }
  }

  /** Merges all segments into one (after a bulk load: the fastest shape to search). */
  compact(): void {
    runToEnd(this.compactSteps());
  }

  *compactSteps(): Generator<void, void> {
    if (this.segments.length <= 1 && this.segments.every((s) => s.liveCount === s.size)) return;
    const merging = this.segments;
    const merged = yield* IndexSegment.mergeSteps(merging);
    this.segments = merged.size === 0 ? [] : [merged];
  }

  /**
   * Logarithmic merging: whenever the newest segment is at least half the size of the one
   * before it, the two become one. Each food is rebuilt O(log n) times over a bulk load.
   */
  private *mergeSimilarSegments(): Generator<void, void> {
    for (;;) {
      const last = this.segments.at(-1);
      const previous = this.segments.at(-2);
      if (!last || !previous || last.liveCount * 2 < previous.liveCount) return;
      const merged = yield* IndexSegment.mergeSteps([previous, last]);
      this.segments = [...this.segments.slice(0, -2), merged];
    }
  }

  get size(): number {
    return this.segments.reduce((sum, s) => sum + s.liveCount, 0);
  }

  stats(): IndexStats {
    return {
      docs: this.size,
      segments: this.segments.length,
      terms: this.segments.reduce((sum, s) => sum + s.terms.length, 0),
      approximateBytes: this.segments.reduce((sum, s) => sum + s.approximateBytes(), 0),
    };
  }

  /** The best foods for what a person typed, best first; identical products collapse into one hit. */
  search(query: string, limit = 20): SearchHit[] {
    const terms = searchTerms(query);
    const typing = isTyping(query);
    // What was typed, and the same with each synonym a person may mean by it ("aubergine": eggplant).
    const variants = [planTerms(terms, typing), ...synonymVariants(terms).map((v) => planTerms(v, typing && v.at(-1) === terms.at(-1)))];
    const scored = variants.length === 1 ? this.scoredMatches(variants[0] ?? []) : this.bestOf(variants);
    scored.sort((a, b) => b.score - a.score || a.match.doc - b.match.doc);

    const hits: { doc: SearchDoc; score: number; duplicates: number }[] = [];
    const byKey = new Map<string, { duplicates: number }>();
    for (const { match, score } of scored) {
      const { segment, doc } = match;
      const key = productKey(segment, doc);
      const seen = byKey.get(key);
      if (seen) {
        seen.duplicates += 1;
        continue;
      }
      if (hits.length >= limit) continue;
      const hit = { doc: segment.docAt(doc), score, duplicates: 0 };
      byKey.set(key, hit);
      hits.push(hit);
    }
    return hits;
  }

  /** The foods any of the variants match, each with its best score among them. */
  private bestOf(variants: readonly (readonly QueryToken[])[]): { match: SegmentMatch; score: number }[] {
    const best = new Map<IndexSegment, Map<number, { match: SegmentMatch; score: number }>>();
    for (const tokens of variants) {
      for (const scored of this.scoredMatches(tokens)) {
        const bySegment = best.get(scored.match.segment) ?? new Map<number, { match: SegmentMatch; score: number }>();
        best.set(scored.match.segment, bySegment);
        const before = bySegment.get(scored.match.doc);
        if (!before || scored.score > before.score) bySegment.set(scored.match.doc, scored);
      }
    }
    return [...best.values()].flatMap((bySegment) => [...bySegment.values()]);
  }

  /** The foods matching every token, each with its score. */
  private scoredMatches(planned: readonly QueryToken[]): { match: SegmentMatch; score: number }[] {
    let tokens = planned;
    if (tokens.length === 0) return [];
    const perSegment = this.segments.map((segment) => tokens.map((token) => segment.matcher(token)));
    this.keepKnownWords(tokens, perSegment);
    // A word that matches nothing anywhere (a stray letter, a word no food has) is ignored
    // rather than emptying the results.
    const matchable = tokens.map((_, i) => perSegment.some((matchers, s) => matchesLiveDoc(this.segments[s], matchers[i])));
    if (matchable.some((ok) => !ok) && matchable.some((ok) => ok)) {
      tokens = tokens.filter((_, i) => matchable[i]);
      for (let s = 0; s < perSegment.length; s++) perSegment[s] = (perSegment[s] ?? []).filter((_, i) => matchable[i]);
    }
    const matches = this.segments.flatMap((segment, s) => segment.match(perSegment[s] ?? [], CANDIDATES_PER_SEGMENT));
    const generic = isGenericQuery(matches);
    return matches.map((match) => ({ match, score: scoreMatch(match) + (generic ? genericQueryBonus(match) : 0) }));
  }

  /**
   * Drops the typo candidates of each query word the catalog knows, across all segments. A word
   * people say for a food (the synonym data) is known. Else a typo
   * candidate FAR_RARER times commoner than the word is always kept (it is what was meant). Else
   * a word in a generic (USDA) food's name is known: those names are curated, so "beer" is not
   * "beef". Another word keeps its candidates if one of them is such a word ("brocoli", a spelling
   * in a few hundred products, still finds "Broccoli, raw") or if it is in too few foods to count
   * as known (KNOWN_WORD_DF).
   */
  private keepKnownWords(tokens: readonly QueryToken[], perSegment: TokenMatcher[][]): void {
    const generic = (text: string): boolean => this.segments.some((segment) => segment.inGenericName(text));
    const df = (text: string): number => this.segments.reduce((n, segment) => n + segment.termDf(text), 0);
    tokens.forEach((token, i) => {
      if (token.maxTypos === 0) return;
      const candidates = new Set<string>();
      this.segments.forEach((segment, s) => {
        const matcher = perSegment[s]?.[i];
        if (matcher) for (const text of segment.typoTerms(matcher)) candidates.add(text);
      });
      if (candidates.size === 0) return;
      if (SAID_WORDS.has(token.text)) {
        this.dropTypos(i, perSegment);
        return;
      }
      const exactDf = df(token.text);
      // A candidate far commoner than the word is what was meant, whatever the word ("bluberries", misspelt in one generic name).
      if (Math.max(...[...candidates].map(df)) >= exactDf * FAR_RARER) return;
      const known = generic(token.text) || (![...candidates].some(generic) && exactDf >= KNOWN_WORD_DF);
      if (known) this.dropTypos(i, perSegment);
    });
  }

  /** Takes query word `i` as typed in every segment. */
  private dropTypos(i: number, perSegment: TokenMatcher[][]): void {
    this.segments.forEach((segment, s) => {
      const matchers = perSegment[s];
      const matcher = matchers?.[i];
      if (matchers && matcher) matchers[i] = segment.withoutTypos(matcher);
    });
  }
}

/** A word the catalog knows is never corrected into another (see keepKnownWords). */
const KNOWN_WORD_DF = 3;
const FAR_RARER = 50;

/** Same words in the same order (name and brand), same tier: the same product listed again. */
function productKey(segment: IndexSegment, doc: number): string {
  return `${segment.tiers[doc]}:${segment.nameTermCount[doc]}:${segment.termHash[doc]}`;
}

/** True if a live food has a term the matcher accepts (postings still list hidden foods until segments merge). */
function matchesLiveDoc(segment: IndexSegment | undefined, matcher: TokenMatcher | undefined): boolean {
  if (!segment || !matcher || matcher.postings === 0) return false;
  if (segment.liveCount === segment.size) return true;
  const hasLive = (term: number): boolean => {
    for (let k = segment.postingStart[term] ?? 0; k < (segment.postingStart[term + 1] ?? 0); k++) {
      if (segment.isLive(segment.postings[k] ?? 0)) return true;
    }
    return false;
  };
  for (let t = matcher.lo; t < matcher.hi; t++) if (hasLive(t)) return true;
  for (const t of matcher.fuzzy.keys()) if (hasLive(t)) return true;
  return false;
}
