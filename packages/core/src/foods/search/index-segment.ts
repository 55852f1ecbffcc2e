import type { Portion } from '../../units/food-quantity.ts';
import { boundedEditDistance } from './edit-distance.ts';
import type { QueryToken } from './query-plan.ts';
import { BASIC_FORM_TERMS, PREPARED_FORM_TERMS, searchTerms } from './search-text.ts';
import { SEARCH_TIER, type SearchDoc, type SearchTier } from './search-doc.ts';

/** How one query token matches terms of this segment. */
export interface TokenMatcher {
  readonly token: QueryToken;
  /** Term id of the exact term, or -1. */
  readonly exact: number;
  /** Term ids [lo, hi) that start with the token (empty when prefix matching is off). */
  readonly lo: number;
  readonly hi: number;
  /** Terms within the allowed typos, with their distance. */
  readonly fuzzy: ReadonlyMap<number, number>;
  /** Documents (with repeats) this token can match: the cost of gathering its postings. */
  readonly postings: number;
}

/** A document that matched every token, with what the ranking needs to know. */
export interface SegmentMatch {
  readonly segment: IndexSegment;
  readonly doc: number;
  /** Per token: match quality 0..1, and the position of the matched term in the document. */
  readonly quality: Float32Array;
  readonly position: Int32Array;
}

/**
 * A typo candidate counts when it is far more common than what was typed: "brocoli" (a few
 * products) means "broccoli" (thousands), while "rice" does not mean "ice".
 */
const FUZZY_MIN_DF_RATIO = 3;
/** Fuzzy candidates kept per token (the most frequent terms: typos in data are rare words). */
const MAX_FUZZY_TERMS = 24;
/** Above this many postings, candidates come from a scan in rank order instead of the postings. */
const GATHER_LIMIT = 40_000;

const EMPTY_FUZZY: ReadonlyMap<number, number> = new Map();

/**
 * An immutable inverted index over a set of foods. Documents are numbered in static rank
 * order (generic foods first, short complete names first), so walking postings in document
 * order visits the likeliest foods first and a search can stop early.
 */
export class IndexSegment {
  readonly size: number;
  /** Food ids by document number. */
  readonly foodIds: Float64Array;
  readonly names: readonly string[];
  readonly brands: readonly (string | undefined)[];
  readonly tiers: Uint8Array;
  readonly nutrition: Float32Array; // kcal, protein, carbs, fat per document (NaN = unknown)
  readonly flags: Uint8Array; // bit 0: energy estimated
  readonly completeness: Uint8Array;
  readonly portions: readonly (Portion | undefined)[];
  /** Terms of each document in order: name terms, then brand terms. */
  readonly docTermStart: Uint32Array;
  readonly docTerms: Uint32Array;
  /** Name terms and terms of the name's head (before its first comma) per document. */
  readonly nameTermCount: Uint8Array;
  readonly headTermCount: Uint8Array;
  /** Sorted vocabulary; a term's id is its index. */
  readonly terms: readonly string[];
  readonly postingStart: Uint32Array;
  readonly postings: Uint32Array;
  /** cumulativeDf[t] = postings of all terms before t: the cost of a prefix range in O(1). */
  readonly cumulativeDf: Uint32Array;
  /** Padded trigram → term ids, for typo matching. */
  readonly trigrams: ReadonlyMap<string, Uint32Array>;
  /** Food ids in ascending order, with their document numbers, to find a food's document. */
  private readonly sortedFoodIds: Float64Array;
  private readonly sortedDocs: Uint32Array;
  private readonly deleted: Uint8Array;
  private deletedCount = 0;
  private trigramCounts: Uint16Array | undefined;
  private genericTerms: Uint8Array | undefined;
  private scratchQuality = new Float32Array(8);
  private scratchPosition = new Int32Array(8);
  /** Per document: bit k set when name term k (k < 32) is a basic-form word ("raw", "whole"). */
  readonly basicFormMask: Uint32Array;
  /** Per document: bit k set when name term k (k < 32) names an elaborate preparation ("fried", "breaded"). */
  readonly preparedFormMask: Uint32Array;
  /**
   * Per document: a 53-bit hash of its terms (name, then brand) as text, the same in every
   * segment, so identical products are recognised without comparing strings.
   */
  readonly termHash: Float64Array;

  private constructor(parts: SegmentParts) {
    this.size = parts.foodIds.length;
    this.terms = parts.vocabulary;
    this.foodIds = parts.foodIds;
    this.tiers = parts.tiers;
    this.flags = parts.flags;
    this.completeness = parts.completeness;
    this.nutrition = parts.nutrition;
    this.names = parts.names;
    this.brands = parts.brands;
    this.portions = parts.portions;
    this.nameTermCount = parts.nameTermCount;
    this.headTermCount = parts.headTermCount;
    this.docTermStart = parts.docTermStart;
    this.docTerms = parts.docTerms;
    this.postingStart = parts.postingStart;
    this.cumulativeDf = parts.postingStart;
    this.postings = parts.postings;
    this.basicFormMask = parts.basicFormMask;
    this.preparedFormMask = parts.preparedFormMask;
    this.termHash = parts.termHash;
    this.trigrams = parts.trigrams;
    this.sortedFoodIds = parts.sortedFoodIds;
    this.sortedDocs = parts.sortedDocs;
    this.deleted = new Uint8Array(this.size);
  }

  static build(docs: readonly SearchDoc[]): IndexSegment {
    return runToEnd(IndexSegment.buildSteps(docs));
  }

  /**
   * Builds a segment in steps: the generator pauses every few thousand documents, so a
   * caller can build a large segment without holding its thread for seconds.
   */
  static *buildSteps(docs: readonly SearchDoc[]): Generator<void, IndexSegment> {
    const input = yield* tokenizeDocs(docs);
    return new IndexSegment(yield* assemble(input));
  }

  /**
   * One segment from the live documents of several. Their sorted vocabularies are merged and
   * term ids remapped, so nothing is tokenized or hashed again.
   */
  static merge(segments: readonly IndexSegment[]): IndexSegment {
    return runToEnd(IndexSegment.mergeSteps(segments));
  }

  static *mergeSteps(segments: readonly IndexSegment[]): Generator<void, IndexSegment> {
    const vocabulary = mergeSortedUnique(segments.map((s) => s.terms));
    yield;
    const docs: SearchDoc[] = [];
    const termIds: number[] = [];
    const termStart: number[] = [0];
    const nameCounts: number[] = [];
    const headCounts: number[] = [];
    for (const segment of segments) {
      const remap = remapTerms(segment.terms, vocabulary);
      yield;
      for (let d = 0; d < segment.size; d++) {
        if (d % STEP === 0) yield;
        if (segment.deleted[d] !== 0) continue;
        docs.push(segment.docAt(d));
        for (let k = segment.docTermStart[d] ?? 0; k < (segment.docTermStart[d + 1] ?? 0); k++) {
          termIds.push(remap[segment.docTerms[k] ?? 0] ?? 0);
        }
        termStart.push(termIds.length);
        nameCounts.push(segment.nameTermCount[d] ?? 0);
        headCounts.push(segment.headTermCount[d] ?? 0);
      }
    }
    const input: SegmentInput = {
      docs,
      vocabulary,
      termStart: Uint32Array.from(termStart),
      termIds: Uint32Array.from(termIds),
      nameCounts: Uint8Array.from(nameCounts),
      headCounts: Uint8Array.from(headCounts),
    };
    return new IndexSegment(yield* assemble(input));
  }

  get liveCount(): number {
    return this.size - this.deletedCount;
  }

  isLive(doc: number): boolean {
    return this.deleted[doc] === 0;
  }

  /** The document number of a food, if this segment holds it and it is live. */
  findLive(foodId: number): number | undefined {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.sortedFoodIds[mid] ?? 0) < foodId) lo = mid + 1;
      else hi = mid;
    }
    if (lo < this.size && this.sortedFoodIds[lo] === foodId) {
      const doc = this.sortedDocs[lo] ?? 0;
      return this.deleted[doc] === 0 ? doc : undefined;
    }
    return undefined;
  }

  /** Hides a document: the food was updated (its new version lives in a newer segment) or removed. */
  delete(doc: number): void {
    if (this.deleted[doc] === 0) {
      this.deleted[doc] = 1;
      this.deletedCount += 1;
    }
  }

  /** Rebuilds the input of a live document (for merging segments). */
  docAt(doc: number): SearchDoc {
    const at = (k: number): number | undefined => {
      const v = this.nutrition[doc * 4 + k] ?? Number.NaN;
      return Number.isNaN(v) ? undefined : v;
    };
    return {
      id: this.foodIds[doc] ?? 0,
      name: this.names[doc] ?? '',
      brand: this.brands[doc],
      tier: (this.tiers[doc] ?? 3) as SearchTier,
      kcal: at(0),
      protein: at(1),
      carbs: at(2),
      fat: at(3),
      energyEstimated: this.flags[doc] === 1,
      portion: this.portions[doc],
      completeness: this.completeness[doc] ?? 0,
    };
  }

  /** First term id >= text. */
  private lowerBound(text: string): number {
    let lo = 0;
    let hi = this.terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.terms[mid] ?? '') < text) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private df(term: number): number {
    return (this.postingStart[term + 1] ?? 0) - (this.postingStart[term] ?? 0);
  }

  /** How many documents hold this exact term (0 if none). */
  termDf(text: string): number {
    const at = this.lowerBound(text);
    return this.terms[at] === text ? this.df(at) : 0;
  }

  /** Whether the term is in a generic (USDA) food's name here: those names are curated, so their words are real words. */
  inGenericName(text: string): boolean {
    const at = this.lowerBound(text);
    return this.terms[at] === text && (this.genericTerms ??= this.markGenericTerms())[at] === 1;
  }

  /** One flag per term: 1 if a generic food's name or brand has it (made once, on first use). */
  private markGenericTerms(): Uint8Array {
    const flags = new Uint8Array(this.terms.length);
    for (let doc = 0; doc < this.size; doc++) {
      if ((this.tiers[doc] ?? SEARCH_TIER.product) > SEARCH_TIER.fndds) continue;
      const end = this.docTermStart[doc + 1] ?? 0;
      for (let k = this.docTermStart[doc] ?? 0; k < end; k++) flags[this.docTerms[k] ?? 0] = 1;
    }
    return flags;
  }

  /** The terms a matcher would take as typos of its token. */
  typoTerms(matcher: TokenMatcher): string[] {
    return [...matcher.fuzzy.keys()].map((term) => this.terms[term] ?? '');
  }

  /** The same matcher, taking the token as typed only (in full, or as a prefix). */
  withoutTypos(matcher: TokenMatcher): TokenMatcher {
    if (matcher.fuzzy.size === 0) return matcher;
    let postings = matcher.postings;
    for (const term of matcher.fuzzy.keys()) postings -= this.df(term);
    return { ...matcher, fuzzy: EMPTY_FUZZY, postings };
  }

  /** How a query token matches this segment's terms. */
  matcher(token: QueryToken): TokenMatcher {
    const lo = this.lowerBound(token.text);
    const exact = this.terms[lo] === token.text ? lo : -1;
    const hi = token.prefix ? this.lowerBound(`${token.text}\uffff`) : exact >= 0 ? exact + 1 : lo;
    const exactDf = exact >= 0 ? this.df(exact) : 0;
    const fuzzy = token.maxTypos > 0 ? this.fuzzyTerms(token.text, token.maxTypos, lo, hi, exactDf * FUZZY_MIN_DF_RATIO) : EMPTY_FUZZY;
    let postings = (this.cumulativeDf[hi] ?? 0) - (this.cumulativeDf[lo] ?? 0);
    for (const term of fuzzy.keys()) postings += this.df(term);
    return { token, exact, lo: token.prefix || exact >= 0 ? lo : 0, hi: token.prefix || exact >= 0 ? hi : 0, fuzzy, postings };
  }

  /** Terms within `maxTypos` edits of `text` (outside the prefix range [lo, hi)), most frequent first. */
  private fuzzyTerms(text: string, maxTypos: number, lo: number, hi: number, minDf: number): Map<number, number> {
    const counts = (this.trigramCounts ??= new Uint16Array(this.terms.length));
    const touched: number[] = [];
    const grams = new Set(trigramsOf(text));
    for (const gram of grams) {
      const list = this.trigrams.get(gram);
      if (!list) continue;
      for (const term of list) {
        if (counts[term] === 0) touched.push(term);
        counts[term] = (counts[term] ?? 0) + 1;
      }
    }
    // Each edit changes at most three trigrams; a swap of adjacent letters (one edit) four.
    const needed = Math.max(1, grams.size - 4 * maxTypos);
    const found: { term: number; distance: number; df: number }[] = [];
    for (const term of touched) {
      const shared = counts[term] ?? 0;
      counts[term] = 0;
      if (shared < needed || (term >= lo && term < hi) || this.df(term) < minDf) continue;
      const candidate = this.terms[term] ?? '';
      if (Math.abs(candidate.length - text.length) > maxTypos) continue;
      const distance = boundedEditDistance(text, candidate, maxTypos);
      if (distance <= maxTypos) found.push({ term, distance, df: this.df(term) });
    }
    found.sort((a, b) => a.distance - b.distance || b.df - a.df);
    return new Map(found.slice(0, MAX_FUZZY_TERMS).map((f) => [f.term, f.distance]));
  }

  /**
   * Documents matching every token, in rank order, at most `limit` of them. Candidates come
   * from the postings of the cheapest token when they are few, else from a walk in rank
   * order; each candidate is checked against every token through its own terms.
   */
  match(matchers: readonly TokenMatcher[], limit: number): SegmentMatch[] {
    const results: SegmentMatch[] = [];
    if (matchers.length === 0) return results;
    const driver = matchers.reduce((best, m) => (m.postings < best.postings ? m : best));
    if (driver.postings === 0) return results;
    const consider = (doc: number): boolean => {
      if (this.deleted[doc] !== 0) return false;
      const match = this.check(doc, matchers);
      if (match) results.push(match);
      return results.length >= limit;
    };
    if (driver.postings <= GATHER_LIMIT) {
      const candidates = new Uint32Array(driver.postings);
      let k = 0;
      const take = (term: number): void => {
        const from = this.postingStart[term] ?? 0;
        const to = this.postingStart[term + 1] ?? 0;
        candidates.set(this.postings.subarray(from, to), k);
        k += to - from;
      };
      for (let t = driver.lo; t < driver.hi; t++) take(t);
      for (const t of driver.fuzzy.keys()) take(t);
      candidates.sort();
      let previous = -1;
      for (const doc of candidates) {
        if (doc === previous) continue;
        previous = doc;
        if (consider(doc)) break;
      }
    } else {
      for (let doc = 0; doc < this.size; doc++) if (consider(doc)) break;
    }
    return results;
  }

  /** How well each token matches a document, or undefined if one does not match at all. */
  private check(doc: number, matchers: readonly TokenMatcher[]): SegmentMatch | undefined {
    const from = this.docTermStart[doc] ?? 0;
    const to = this.docTermStart[doc + 1] ?? 0;
    const quality = this.scratchQuality.length >= matchers.length ? this.scratchQuality : (this.scratchQuality = new Float32Array(matchers.length));
    const position = this.scratchPosition.length >= matchers.length ? this.scratchPosition : (this.scratchPosition = new Int32Array(matchers.length));
    let used = 0; // positions (< 32) already taken: one word of the name answers one word of the query
    for (let i = 0; i < matchers.length; i++) {
      const m = matchers[i] as TokenMatcher;
      let best = 0;
      let bestPos = -1;
      for (let k = from; k < to; k++) {
        const pos = k - from;
        if (pos < 32 && (used & (1 << pos)) !== 0) continue;
        const term = this.docTerms[k] ?? 0;
        let q = 0;
        if (term === m.exact) q = 1;
        else if (term >= m.lo && term < m.hi) q = 0.55 + (0.4 * m.token.text.length) / (this.terms[term]?.length ?? 1);
        else {
          const distance = m.fuzzy.get(term);
          if (distance !== undefined) q = distance === 1 ? 0.7 : 0.5;
        }
        if (q > best) {
          best = q;
          bestPos = pos;
          if (q === 1) break;
        }
      }
      if (bestPos >= 0 && bestPos < 32) used |= 1 << bestPos;
      if (best === 0) return undefined;
      quality[i] = best;
      position[i] = bestPos;
    }
    return { segment: this, doc, quality: quality.slice(0, matchers.length), position: position.slice(0, matchers.length) };
  }

  /** Rough bytes held by this segment's arrays and strings. */
  approximateBytes(): number {
    let strings = 0;
    for (const s of this.names) strings += s.length + 16;
    for (const s of this.terms) strings += s.length + 16;
    for (const b of this.brands) strings += b ? b.length + 16 : 0;
    let trigramBytes = 0;
    for (const [gram, list] of this.trigrams) trigramBytes += gram.length + 48 + list.byteLength;
    return (
      strings +
      trigramBytes +
      this.foodIds.byteLength * 2 +
      this.sortedDocs.byteLength +
      this.nutrition.byteLength +
      this.docTerms.byteLength +
      this.docTermStart.byteLength +
      this.postings.byteLength +
      this.postingStart.byteLength +
      this.size * (3 + 4 + 8 + 8) + // tiers, flags, counts, completeness, deleted; portion and brand slots
      this.size * 24 // portion objects (shared shape)
    );
  }
}

/** Documents with their terms as ids into a sorted vocabulary: what a segment is built from. */
interface SegmentInput {
  readonly docs: readonly SearchDoc[];
  readonly vocabulary: readonly string[];
  /** Terms of document i are termIds[termStart[i], termStart[i + 1]): name terms, then brand terms. */
  readonly termStart: Uint32Array;
  readonly termIds: Uint32Array;
  readonly nameCounts: Uint8Array;
  readonly headCounts: Uint8Array;
}

function* tokenizeDocs(docs: readonly SearchDoc[]): Generator<void, SegmentInput> {
  const ids = new Map<string, number>();
  const firstSeen: string[] = [];
  const termStart = new Uint32Array(docs.length + 1);
  const nameCounts = new Uint8Array(docs.length);
  const headCounts = new Uint8Array(docs.length);
  const raw: number[] = [];
  const idOf = (term: string): number => {
    let id = ids.get(term);
    if (id === undefined) {
      id = firstSeen.length;
      ids.set(term, id);
      firstSeen.push(term);
    }
    return id;
  };
  for (let i = 0; i < docs.length; i++) {
    if (i % STEP === 0) yield;
    const doc = docs[i] as SearchDoc;
    termStart[i] = raw.length;
    const name = searchTerms(doc.name);
    const comma = doc.name.indexOf(',');
    const head = comma < 0 ? name.length : searchTerms(doc.name.slice(0, comma)).length;
    for (const term of name) raw.push(idOf(term));
    if (doc.brand) for (const term of searchTerms(doc.brand)) raw.push(idOf(term));
    nameCounts[i] = Math.min(name.length, 255);
    headCounts[i] = Math.min(head, 255);
  }
  termStart[docs.length] = raw.length;
  yield;
  const vocabulary = [...firstSeen].sort();
  yield;
  const remap = remapTerms(firstSeen, vocabulary);
  const termIds = new Uint32Array(raw.length);
  for (let k = 0; k < raw.length; k++) termIds[k] = remap[raw[k] ?? 0] ?? 0;
  return { docs, vocabulary, termStart, termIds, nameCounts, headCounts };
}

/** Documents handled between two pauses of a stepwise build. */
const STEP = 20_000;

/** Runs a stepwise build or mutation to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Everything a segment holds, computed before it is constructed. */
interface SegmentParts {
  readonly vocabulary: readonly string[];
  readonly foodIds: Float64Array;
  readonly tiers: Uint8Array;
  readonly flags: Uint8Array;
  readonly completeness: Uint8Array;
  readonly nutrition: Float32Array;
  readonly names: readonly string[];
  readonly brands: readonly (string | undefined)[];
  readonly portions: readonly (Portion | undefined)[];
  readonly nameTermCount: Uint8Array;
  readonly headTermCount: Uint8Array;
  readonly docTermStart: Uint32Array;
  readonly docTerms: Uint32Array;
  readonly postingStart: Uint32Array;
  readonly postings: Uint32Array;
  readonly basicFormMask: Uint32Array;
  readonly preparedFormMask: Uint32Array;
  readonly termHash: Float64Array;
  readonly trigrams: ReadonlyMap<string, Uint32Array>;
  readonly sortedFoodIds: Float64Array;
  readonly sortedDocs: Uint32Array;
}

/** Orders documents by static rank and lays out columns, postings and per-document masks. */
function* assemble(input: SegmentInput): Generator<void, SegmentParts> {
  const { docs, vocabulary, termStart, termIds, nameCounts, headCounts } = input;
  const n = docs.length;
  const order = staticRankOrder(docs, nameCounts);
  yield;

  // Documents in rank order, as columns.
  const foodIds = new Float64Array(n);
  const tiers = new Uint8Array(n);
  const flags = new Uint8Array(n);
  const completeness = new Uint8Array(n);
  const nutrition = new Float32Array(n * 4);
  const nameTermCount = new Uint8Array(n);
  const headTermCount = new Uint8Array(n);
  const docTermStart = new Uint32Array(n + 1);
  const docTerms = new Uint32Array(termIds.length);
  const names = new Array<string>(n);
  const brands = new Array<string | undefined>(n);
  const portions = new Array<Portion | undefined>(n);
  const df = new Uint32Array(vocabulary.length);
  let total = 0;
  for (let d = 0; d < n; d++) {
    if (d % STEP === 0) yield;
    const i = order[d] ?? 0;
    const doc = docs[i] as SearchDoc;
    foodIds[d] = doc.id;
    tiers[d] = doc.tier;
    flags[d] = doc.energyEstimated ? 1 : 0;
    completeness[d] = doc.completeness;
    nutrition[d * 4] = doc.kcal ?? Number.NaN;
    nutrition[d * 4 + 1] = doc.protein ?? Number.NaN;
    nutrition[d * 4 + 2] = doc.carbs ?? Number.NaN;
    nutrition[d * 4 + 3] = doc.fat ?? Number.NaN;
    names[d] = doc.name;
    brands[d] = doc.brand;
    portions[d] = doc.portion;
    nameTermCount[d] = nameCounts[i] ?? 0;
    headTermCount[d] = headCounts[i] ?? 0;
    docTermStart[d] = total;
    const from = termStart[i] ?? 0;
    const to = termStart[i + 1] ?? 0;
    for (let k = from; k < to; k++) {
      const id = termIds[k] ?? 0;
      docTerms[total + k - from] = id;
      if (firstOccurrence(docTerms, total, total + k - from)) df[id] = (df[id] ?? 0) + 1;
    }
    total += to - from;
  }
  docTermStart[n] = total;

  // Postings in document order (= rank order), by counting sort.
  const postingStart = new Uint32Array(vocabulary.length + 1);
  let offset = 0;
  for (let t = 0; t < vocabulary.length; t++) {
    postingStart[t] = offset;
    offset += df[t] ?? 0;
  }
  postingStart[vocabulary.length] = offset;
  const postings = new Uint32Array(offset);
  const fill = postingStart.slice(0, vocabulary.length);
  for (let d = 0; d < n; d++) {
    if (d % STEP === 0) yield;
    const start = docTermStart[d] ?? 0;
    const end = docTermStart[d + 1] ?? 0;
    for (let k = start; k < end; k++) {
      if (!firstOccurrence(docTerms, start, k)) continue;
      const id = docTerms[k] ?? 0;
      postings[fill[id] ?? 0] = d;
      fill[id] = (fill[id] ?? 0) + 1;
    }
  }

  const form = new Uint8Array(vocabulary.length); // 1 basic, 2 prepared
  vocabulary.forEach((term, id) => {
    form[id] = BASIC_FORM_TERMS.has(term) ? 1 : PREPARED_FORM_TERMS.has(term) ? 2 : 0;
  });
  const basicFormMask = new Uint32Array(n);
  const preparedFormMask = new Uint32Array(n);
  const termHash = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    if (d % STEP === 0) yield;
    const start = docTermStart[d] ?? 0;
    const nameTerms = Math.min(nameTermCount[d] ?? 0, 32);
    let basic = 0;
    let prepared = 0;
    for (let k = 0; k < nameTerms; k++) {
      const f = form[docTerms[start + k] ?? 0];
      if (f === 1) basic |= 1 << k;
      else if (f === 2) prepared |= 1 << k;
    }
    basicFormMask[d] = basic >>> 0;
    preparedFormMask[d] = prepared >>> 0;
    termHash[d] = hashTerms(vocabulary, docTerms, start, docTermStart[d + 1] ?? 0);
  }
  yield;
  const trigrams = trigramIndex(vocabulary);
  yield;
  // Food ids can be any size: sorted by comparison, not packed into a key.
  const sortedDocs = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => (foodIds[a] ?? 0) - (foodIds[b] ?? 0));
  const sortedFoodIds = new Float64Array(n);
  for (let k = 0; k < n; k++) sortedFoodIds[k] = foodIds[sortedDocs[k] ?? 0] ?? 0;
  return {
    vocabulary, foodIds, tiers, flags, completeness, nutrition, names, brands, portions, nameTermCount, headTermCount,
    docTermStart, docTerms, postingStart, postings, basicFormMask, preparedFormMask, termHash, trigrams, sortedFoodIds, sortedDocs,
  };
}

/** The union of sorted string arrays, sorted, without repeats. */
function mergeSortedUnique(lists: readonly (readonly string[])[]): string[] {
  if (lists.length === 1) return [...(lists[0] ?? [])];
  const all = new Set<string>();
  for (const list of lists) for (const term of list) all.add(term);
  return [...all].sort();
}

/** For each term of `from`, its index in the sorted `to` (which contains every term of `from`). */
function remapTerms(from: readonly string[], to: readonly string[]): Uint32Array {
  const index = new Map<string, number>();
  to.forEach((term, i) => index.set(term, i));
  return Uint32Array.from(from, (term) => index.get(term) ?? 0);
}

/** Padded trigram ("^egg$") → ids of the terms that contain it, for typo candidates. */
function trigramIndex(vocabulary: readonly string[]): Map<string, Uint32Array> {
  const grams = new Map<string, number[]>();
  vocabulary.forEach((term, id) => {
    if (term.length < 3 || /\d/.test(term)) return;
    for (const gram of new Set(trigramsOf(term))) {
      let list = grams.get(gram);
      if (!list) grams.set(gram, (list = []));
      list.push(id);
    }
  });
  const index = new Map<string, Uint32Array>();
  for (const [gram, list] of grams) index.set(gram, Uint32Array.from(list));
  return index;
}

/** Two independent 32-bit FNV-1a hashes of the terms' characters, joined into one 53-bit number. */
function hashTerms(vocabulary: readonly string[], docTerms: Uint32Array, from: number, to: number): number {
  let a = 2166136261;
  let b = 0x9747b28c;
  for (let k = from; k < to; k++) {
    const term = vocabulary[docTerms[k] ?? 0] ?? '';
    for (let i = 0; i < term.length; i++) {
      const c = term.charCodeAt(i);
      a = Math.imul(a ^ c, 16777619);
      b = Math.imul(b ^ c, 0x5bd1e995);
    }
    a = Math.imul(a ^ 32, 16777619);
    b = Math.imul(b ^ 32, 0x5bd1e995);
  }
  return (a >>> 0) * 2 ** 21 + ((b >>> 0) & 0x1fffff);
}

/** True if docTerms[k] does not occur earlier in docTerms[start, k). Documents have few terms, so a scan beats a Set. */
function firstOccurrence(docTerms: Uint32Array, start: number, k: number): boolean {
  const id = docTerms[k];
  for (let j = start; j < k; j++) if (docTerms[j] === id) return false;
  return true;
}

/** Room the document index takes in a packed sort key (up to 2^22 documents per segment). */
const INDEX_BITS = 2 ** 22;

/** Indexes 0..n-1 ordered by a numeric key (ties keep input order), with a native typed-array sort. */
function sortIndexesByKey(keys: ArrayLike<number>): Uint32Array {
  const packed = new Float64Array(keys.length);
  for (let i = 0; i < keys.length; i++) packed[i] = (keys[i] ?? 0) * INDEX_BITS + i;
  packed.sort();
  return Uint32Array.from(packed, (p) => p % INDEX_BITS);
}

/**
 * Static rank: tier (generic foods first), then fewer name words, then more complete
 * nutrition facts, then shorter names; input order breaks ties.
 */
function staticRankOrder(docs: readonly SearchDoc[], nameCounts: Uint8Array): Uint32Array {
  if (docs.length >= INDEX_BITS) throw new Error(`a segment holds at most ${INDEX_BITS - 1} foods`);
  const keys = new Float64Array(docs.length);
  docs.forEach((doc, i) => {
    const words = Math.min(nameCounts[i] ?? 0, 99);
    keys[i] = doc.tier * 1e7 + words * 1e5 + (8 - Math.min(doc.completeness, 8)) * 1e4 + Math.min(doc.name.length, 9999);
  });
  return sortIndexesByKey(keys);
}

function trigramsOf(term: string): string[] {
  const padded = `^${term}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
