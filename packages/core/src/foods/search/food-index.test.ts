import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundedEditDistance } from './edit-distance.ts';
import { FoodIndex } from './food-index.ts';
import { SEARCH_TIER, type SearchDoc, type SearchHit, type SearchTier } from './search-doc.ts';
import { searchTerms } from './search-text.ts';

let nextId = 1;

/** A generic (USDA SR28) food with complete nutrition facts, unless told otherwise. */
function newDoc(overrides: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id: nextId++,
    name: 'Food',
    brand: undefined,
    tier: SEARCH_TIER.sr28,
    kcal: 100,
    protein: 5,
    carbs: 10,
    fat: 2,
    energyEstimated: false,
    portion: { amount: 1, unit: 'cup', grams: 100 },
    completeness: 8,
    ...overrides,
  };
}

function branded(name: string, brand: string, overrides: Partial<SearchDoc> = {}): SearchDoc {
  return newDoc({ name, brand, tier: SEARCH_TIER.brandedProduct, completeness: 6, ...overrides });
}

function indexOf(docs: readonly SearchDoc[]): FoodIndex {
  const index = new FoodIndex();
  index.upsert(docs);
  return index;
}

const names = (hits: readonly SearchHit[]): string[] => hits.map((h) => h.doc.name);
const ids = (hits: readonly SearchHit[]): number[] => hits.map((h) => h.doc.id);

/** A small generic catalog. */
function genericCatalog(): SearchDoc[] {
  return [
    newDoc({ name: 'Apples, raw, with skin' }),
    newDoc({ name: 'Avocados, raw, all commercial varieties' }),
    newDoc({ name: 'Bananas, raw' }),
    newDoc({ name: 'Broccoli, raw' }),
    newDoc({ name: 'Chicken breast, roasted' }),
    newDoc({ name: 'Chicken thigh, roasted' }),
    newDoc({ name: 'Egg, whole, raw, fresh' }),
    newDoc({ name: 'Bread, egg' }),
    newDoc({ name: 'Tomatoes, red, ripe, raw' }),
    newDoc({ name: 'Peaches, canned, heavy syrup' }),
    newDoc({ name: 'Rice, white, long-grain, raw' }),
    newDoc({ name: 'Cheese, cheddar', tier: SEARCH_TIER.fndds }),
    newDoc({ name: 'Blueberries, raw' }),
  ];
}

describe('FoodIndex.search: matching', () => {
  it('finds a food by a word of its name', () => {
    const index = indexOf(genericCatalog());
    expect(names(index.search('bananas'))).toEqual(['Bananas, raw']);
    expect(names(index.search('broccoli '))).toEqual(['Broccoli, raw']);
    expect(names(index.search('EGG'))).toEqual(['Egg, whole, raw, fresh', 'Bread, egg']);
  });

  it('requires every word of the query', () => {
    const index = indexOf(genericCatalog());
    expect(names(index.search('chicken breast'))).toEqual(['Chicken breast, roasted']);
    expect(names(index.search('chicken roasted'))).toHaveLength(2);
  });

  it('finds a food by the beginning of a word (prefix)', () => {
    const index = indexOf(genericCatalog());
    expect(names(index.search('avoc'))).toEqual(['Avocados, raw, all commercial varieties']);
    expect(names(index.search('chicken th'))).toEqual(['Chicken thigh, roasted']);
    expect(names(index.search('blue'))).toEqual(['Blueberries, raw']);
  });

  it('ranks a word in full above a word it begins', () => {
    const index = indexOf([newDoc({ name: 'Eggnog' }), newDoc({ name: 'Egg, whole' })]);
    expect(names(index.search('egg'))).toEqual(['Egg, whole', 'Eggnog']);
  });

  it('finds a food despite a typo when the meant word is common', () => {
    const docs = [
      newDoc({ name: 'Broccoli, raw' }),
      ...Array.from({ length: 6 }, (_, i) => branded(`Broccoli florets ${['steamed', 'frozen', 'organic', 'chopped', 'fresh', 'baby'][i]}`, `Farm${i}`)),
      branded('Brocoli bites', 'Typo Foods'), // a misspelling in the data itself
    ];
    const index = indexOf(docs);
    for (const query of ['brocoli', 'brocolli', 'broccolli', 'brocoli raw']) {
      expect(names(index.search(query, 50)), query).toContain('Broccoli, raw');
    }
    const chicken = indexOf([newDoc({ name: 'Chicken, raw' }), newDoc({ name: 'Chicken breast, raw' })]);
    expect(names(chicken.search('chiken'))).toContain('Chicken, raw');
    expect(names(chicken.search('chickem breast'))).toEqual(['Chicken breast, raw']);
  });

  it('counts a swap of adjacent letters as one typo', () => {
    const index = indexOf([newDoc({ name: 'Chicken, raw' }), newDoc({ name: 'Broccoli, raw' }), newDoc({ name: 'Bananas, raw' })]);
    expect(names(index.search('chikcen'))).toEqual(['Chicken, raw']);
    expect(names(index.search('brocolci'))).toEqual(['Broccoli, raw']);
    expect(names(index.search('banaans'))).toEqual(['Bananas, raw']);
  });

  it('does not take a common word for a typo of a word that is common too', () => {
    // "rice" does not mean "ice": both are real words with plenty of foods.
    const docs = [
      ...['white', 'brown', 'wild'].map((kind) => newDoc({ name: `Rice, ${kind}` })),
      ...['vanilla', 'chocolate', 'strawberry'].map((flavor) => newDoc({ name: `Ice cream, ${flavor}` })),
    ];
    const index = indexOf(docs);
    const hits = names(index.search('rice', 50));
    expect(hits).toHaveLength(3);
    expect(hits.every((name) => name.startsWith('Rice'))).toBe(true);
  });

  it('never corrects a word the catalog knows into another, however much commoner the other is', () => {
    // Beer names a generic food; beef is in far more: "beer" still means beer.
    const docs = [
      ...Array.from({ length: 4 }, (_, i) => branded(`Beer ${['lager', 'stout', 'pale ale', 'pilsner'][i]}`, `Brewery${i}`)),
      newDoc({ name: 'Alcoholic beverage, beer, regular' }),
      ...Array.from({ length: 60 }, (_, i) => newDoc({ name: `Beef, cut ${i}, raw` })),
      // A product word in enough foods, near another product word: neither is a typo of the other.
      ...Array.from({ length: 5 }, (_, i) => branded(`Quorn pieces ${i}`, 'Quorn')),
      ...Array.from({ length: 60 }, (_, i) => branded(`Quern stone flour ${i}`, `Mill${i}`)),
    ];
    const index = indexOf(docs);
    const beer = names(index.search('beer', 50));
    expect(beer).toHaveLength(5);
    expect(beer.every((name) => /beer/i.test(name))).toBe(true);
    expect(names(index.search('quorn', 50)).every((name) => name.startsWith('Quorn'))).toBe(true);
    // A word the catalog barely knows is still read as the typo it most likely is.
    const typo = indexOf([branded('Beez honey', 'Hive'), ...Array.from({ length: 60 }, (_, i) => newDoc({ name: `Beef, cut ${i}, raw` }))]);
    expect(names(typo.search('beez', 50)).some((name) => name.startsWith('Beef'))).toBe(true);
  });

  it('still corrects a spelling found in many product names into the generic food it misspells', () => {
    // "Brocoli" (French, or a typo) is in hundreds of products; it still finds "Broccoli, raw".
    const docs = [
      ...Array.from({ length: 20 }, (_, i) => branded(`Brocoli surgele ${i}`, `Marque${i}`)),
      newDoc({ name: 'Broccoli, raw' }),
      ...Array.from({ length: 80 }, (_, i) => branded(`Broccoli florets ${i}`, `Farm${i}`)),
    ];
    expect(names(indexOf(docs).search('brocoli', 100))).toContain('Broccoli, raw');
    const chicken = [...Array.from({ length: 3 }, (_, i) => branded(`Chiken nuggets ${i}`, 'Typo Foods')), ...Array.from({ length: 200 }, (_, i) => branded(`Chicken wings ${i}`, `Farm${i}`))];
    expect(names(indexOf(chicken).search('chiken', 50)).some((name) => name.startsWith('Chicken'))).toBe(true);
  });

  it('finds the generic food a regional name means, as well as the products named with it', () => {
    const docs = [
      newDoc({ name: 'Eggplant, raw' }),
      newDoc({ name: 'Eggplant, cooked, boiled' }),
      branded('Aubergine chips', 'Snack Co'),
      newDoc({ name: 'Yogurt, plain, whole milk' }),
      branded('Greek yoghurt', 'Dairy Farm'),
      newDoc({ name: 'Beef, ground, 80% lean meat / 20% fat, raw' }),
      newDoc({ name: 'Mint, fresh' }),
    ];
    const index = indexOf(docs);
    expect(names(index.search('aubergine'))[0]).toBe('Eggplant, raw');
    expect(names(index.search('aubergine'))).toContain('Aubergine chips');
    expect(names(index.search('yoghurt'))).toEqual(expect.arrayContaining(['Yogurt, plain, whole milk', 'Greek yoghurt']));
    expect(names(index.search('mince'))[0]).toBe('Beef, ground, 80% lean meat / 20% fat, raw');
    // A word people say for a food is no typo of a commoner one: "coke" is cola, not cake.
    const drinks = indexOf([newDoc({ name: 'Beverages, carbonated, cola, regular' }), branded('Coke zero', 'Coca-Cola'), ...Array.from({ length: 200 }, (_, i) => newDoc({ name: `Cake, kind ${i}` }))]);
    const coke = names(drinks.search('coke', 10));
    expect(coke).toEqual(expect.arrayContaining(['Beverages, carbonated, cola, regular', 'Coke zero']));
    expect(coke.some((name) => name.startsWith('Cake'))).toBe(false);
  });

  it('allows no typo in words shorter than four letters', () => {
    const index = indexOf([newDoc({ name: 'Egg, whole' }), newDoc({ name: 'Fig, dried' })]);
    expect(index.search('eg ')).toEqual([]);
    expect(index.search('fgi')).toEqual([]);
    expect(names(index.search('egg'))).toEqual(['Egg, whole']);
  });

  it('lets plurals meet singulars, both ways', () => {
    const index = indexOf(genericCatalog());
    expect(names(index.search('banana'))).toEqual(['Bananas, raw']);
    expect(names(index.search('tomato'))).toEqual(['Tomatoes, red, ripe, raw']);
    expect(names(index.search('peach'))).toEqual(['Peaches, canned, heavy syrup']);
    expect(names(index.search('blueberry'))).toEqual(['Blueberries, raw']);
    expect(names(index.search('cheeses'))).toEqual(['Cheese, cheddar']);
    expect(names(index.search('chicken breasts'))).toEqual(['Chicken breast, roasted']);
  });

  it('ignores word order, case and accents', () => {
    const index = indexOf([...genericCatalog(), newDoc({ name: 'Crème brûlée' })]);
    expect(names(index.search('breast chicken'))).toEqual(['Chicken breast, roasted']);
    expect(names(index.search('ROASTED, Chicken Breast'))).toEqual(['Chicken breast, roasted']);
    expect(names(index.search('creme brulee'))).toEqual(['Crème brûlée']);
    expect(names(index.search('brûlée'))).toEqual(['Crème brûlée']);
  });

  it('finds a food by its brand', () => {
    const index = indexOf([...genericCatalog(), branded('Greek yogurt, plain', 'Fage'), branded('Greek yogurt, plain', 'Chobani')]);
    expect(index.search('fage').map((h) => h.doc.brand)).toEqual(['Fage']);
    expect(index.search('chobani greek yogurt').map((h) => h.doc.brand)).toEqual(['Chobani']);
  });

  it('ignores a query word that matches nothing rather than returning nothing', () => {
    const index = indexOf(genericCatalog());
    const plain = ids(index.search('chicken'));
    expect(plain.length).toBeGreaterThan(0);
    expect(ids(index.search('chicken xyzzyq'))).toEqual(plain);
    expect(ids(index.search('qqq chicken'))).toEqual(plain);
    expect(ids(index.search('chicken breast zzz'))).toEqual(ids(index.search('chicken breast')));
  });

  it('returns nothing when no query word matches anything', () => {
    const index = indexOf(genericCatalog());
    expect(index.search('xyzzyq')).toEqual([]);
    expect(index.search('xyzzyq qqq')).toEqual([]);
  });

  it('returns nothing for an empty query', () => {
    const index = indexOf(genericCatalog());
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search(', - ;')).toEqual([]);
  });

  it('returns nothing from an empty index', () => {
    const index = new FoodIndex();
    expect(index.search('chicken')).toEqual([]);
    expect(index.size).toBe(0);
    index.compact();
    expect(index.search('chicken')).toEqual([]);
  });
});

describe('FoodIndex.search: ranking', () => {
  it('puts a food whose name starts with the word above one that merely contains it', () => {
    const index = indexOf(genericCatalog());
    expect(names(index.search('egg'))[0]).toBe('Egg, whole, raw, fresh');
  });

  it('puts the basic form of a food above an elaborate preparation', () => {
    const index = indexOf([newDoc({ name: 'Chicken, fried, breaded' }), newDoc({ name: 'Chicken nuggets' }), newDoc({ name: 'Chicken, raw' })]);
    expect(names(index.search('chicken'))[0]).toBe('Chicken, raw');
  });

  it('puts "Rice, white" above "Rice flour, white"', () => {
    const index = indexOf([newDoc({ name: 'Rice flour, white' }), newDoc({ name: 'Rice, white' })]);
    expect(names(index.search('rice'))).toEqual(['Rice, white', 'Rice flour, white']);
    expect(names(index.search('rice white'))).toEqual(['Rice, white', 'Rice flour, white']);
  });

  it('puts a generic food above many branded products with the same word', () => {
    const products = Array.from({ length: 700 }, (_, i) =>
      branded(['Milk', 'Whole milk', 'Organic milk', 'Milk, whole, vitamin D'][i % 4] ?? 'Milk', `Dairy ${i}`, { completeness: 8 }),
    );
    const generic = newDoc({ name: 'Milk, whole, 3.25% milkfat' });
    const index = indexOf([...products, generic]);
    expect(index.search('milk')[0]?.doc.id).toBe(generic.id);
    expect(index.search('whole milk')[0]?.doc.id).toBe(generic.id);
    expect(index.search('mil')[0]?.doc.id).toBe(generic.id);
  });

  it('puts the product first when the query names its brand', () => {
    const products = Array.from({ length: 50 }, (_, i) => branded('Whole milk', `Dairy ${i}`));
    const horizon = branded('Organic whole milk', 'Horizon');
    const generic = newDoc({ name: 'Milk, whole, 3.25% milkfat' });
    const index = indexOf([...products, horizon, generic]);
    expect(index.search('horizon')[0]?.doc.id).toBe(horizon.id);
    expect(index.search('horizon milk')[0]?.doc.id).toBe(horizon.id);
    expect(index.search('whole milk horizon')[0]?.doc.id).toBe(horizon.id);
    // Without the brand, the generic food leads again.
    expect(index.search('whole milk')[0]?.doc.id).toBe(generic.id);
  });

  it('finds the branded product for a word only branded products have', () => {
    const oreo = branded('Oreo chocolate sandwich cookies', 'Nabisco');
    const index = indexOf([newDoc({ name: 'Cookies, chocolate sandwich, with creme filling' }), oreo]);
    expect(ids(index.search('oreo'))).toEqual([oreo.id]);
    expect(ids(index.search('nabisco cookies'))).toEqual([oreo.id]);
  });

  it('puts a product with complete nutrition facts above an otherwise identical one without', () => {
    const sparse = branded('Granola bar', 'Acme', { completeness: 2 });
    const complete = branded('Granola bar', 'Zenith', { completeness: 8 });
    const index = indexOf([sparse, complete]);
    expect(ids(index.search('granola'))).toEqual([complete.id, sparse.id]);
  });

  it('returns hits best first', () => {
    const index = indexOf([...genericCatalog(), ...Array.from({ length: 30 }, (_, i) => branded(`Chicken ${['soup', 'wings', 'breast'][i % 3] ?? ''}`, `Brand${i}`))]);
    for (const query of ['chicken', 'chicken breast', 'ch', 'raw', 'r']) {
      const scores = index.search(query, 100).map((h) => h.score);
      expect(scores.length).toBeGreaterThan(0);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });
});

describe('FoodIndex.search: duplicates and limits', () => {
  it('collapses identical branded products into one hit that counts the others', () => {
    const jif = Array.from({ length: 5 }, () => branded('Peanut butter, creamy', 'Jif'));
    const skippy = branded('Peanut butter, creamy', 'Skippy');
    const index = indexOf([...jif, skippy, newDoc({ name: 'Peanut butter, smooth style, with salt' })]);
    const hits = index.search('peanut butter');
    expect(hits).toHaveLength(3);
    const jifHit = hits.find((h) => h.doc.brand === 'Jif');
    expect(jifHit?.duplicates).toBe(4);
    expect(jif.map((d) => d.id)).toContain(jifHit?.doc.id);
    expect(hits.find((h) => h.doc.brand === 'Skippy')?.duplicates).toBe(0);
    expect(hits.find((h) => h.doc.brand === undefined)?.duplicates).toBe(0);
  });

  it('treats names that differ only in case and punctuation as identical, but not different tiers', () => {
    const index = indexOf([
      branded('Peanut Butter, Creamy', 'JIF'),
      branded('PEANUT BUTTER CREAMY', 'Jif'),
      branded('Peanut butter, creamy', 'Jif', { tier: SEARCH_TIER.product }),
    ]);
    const hits = index.search('peanut butter');
    expect(hits.map((h) => h.duplicates).sort()).toEqual([0, 1]);
  });

  it('collapses identical products that were added in different batches', () => {
    const index = new FoodIndex();
    index.upsert([...Array.from({ length: 3 }, () => branded('Peanut butter, creamy', 'Jif')), ...genericCatalog()]);
    index.upsert([branded('Peanut butter, creamy', 'Jif'), branded('Peanut butter, creamy', 'Jif')]);
    expect(index.stats().segments).toBeGreaterThan(1); // the batches were not merged
    const hits = index.search('peanut butter');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.duplicates).toBe(4);
  });

  it('never collapses different products that were added in different batches', () => {
    const index = new FoodIndex();
    index.upsert(Array.from({ length: 3 }, () => branded('Apple pie', 'Bakery')));
    index.upsert([branded('Apple tart', 'Bakery')]);
    expect(index.stats().segments).toBe(2);
    expect(new Set(names(index.search('apple')))).toEqual(new Set(['Apple pie', 'Apple tart']));
    expect(names(index.search('apple tart'))).toEqual(['Apple tart']);
  });

  it('never returns more hits than the limit', () => {
    const index = indexOf(Array.from({ length: 60 }, (_, i) => branded(`Milk ${i}`, `Dairy ${i}`)));
    expect(index.search('milk')).toHaveLength(20);
    expect(index.search('milk', 5)).toHaveLength(5);
    expect(index.search('milk', 0)).toEqual([]);
    expect(index.search('milk', 100)).toHaveLength(60);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.constantFrom('milk', 'm', 'dairy', 'milk 1', '1', 'dairy milk'), (limit, query) => {
        const hits = index.search(query, limit);
        expect(hits.length).toBeLessThanOrEqual(limit);
        // The first hits of a longer list are the hits of a shorter one.
        expect(ids(hits)).toEqual(ids(index.search(query, 100)).slice(0, limit));
      }),
      { numRuns: 50 },
    );
  });
});

describe('FoodIndex updates', () => {
  it('replaces a food upserted again with the same id', () => {
    const apple = newDoc({ name: 'Apples, raw, with skin' });
    const index = indexOf([...genericCatalog(), apple]);
    const size = index.size;
    index.upsert([{ ...apple, name: 'Kiwifruit, green, raw' }]);
    expect(index.size).toBe(size);
    expect(ids(index.search('apples skin'))).not.toContain(apple.id);
    expect(ids(index.search('kiwifruit'))).toEqual([apple.id]);
    expect(index.search('kiwifruit')[0]?.doc.name).toBe('Kiwifruit, green, raw');
  });

  it('keeps the last version when a batch holds the same id twice', () => {
    const doc = newDoc({ name: 'Apples, raw' });
    const index = new FoodIndex();
    index.upsert([doc, { ...doc, name: 'Pears, raw' }]);
    expect(index.size).toBe(1);
    expect(index.search('apples')).toEqual([]);
    expect(ids(index.search('pears'))).toEqual([doc.id]);
  });

  it('replaces what a food is ranked by, not only its name', () => {
    const a = branded('Granola bar', 'Acme', { completeness: 8 });
    const b = branded('Granola bar', 'Zenith', { completeness: 4 });
    const index = indexOf([a, b]);
    expect(ids(index.search('granola'))).toEqual([a.id, b.id]);
    index.upsert([{ ...a, completeness: 0 }]);
    expect(ids(index.search('granola'))).toEqual([b.id, a.id]);
    expect(index.search('granola')[1]?.doc.completeness).toBe(0);
  });

  it('hides a removed food', () => {
    const docs = genericCatalog();
    const index = indexOf(docs);
    const bananas = docs.find((d) => d.name.startsWith('Bananas'));
    expect(bananas).toBeDefined();
    index.remove([bananas?.id ?? -1]);
    expect(index.size).toBe(docs.length - 1);
    expect(index.search('banana')).toEqual([]);
    expect(ids(index.search('raw'))).not.toContain(bananas?.id);
    // Removing again, or removing an unknown food, changes nothing.
    index.remove([bananas?.id ?? -1, 987654321]);
    expect(index.size).toBe(docs.length - 1);
    // It can come back.
    if (bananas) index.upsert([bananas]);
    expect(ids(index.search('banana'))).toEqual([bananas?.id]);
  });

  it('keeps results and size through compact()', () => {
    const index = new FoodIndex();
    const docs = genericCatalog();
    for (const doc of docs) index.upsert([doc]);
    index.remove([docs[0]?.id ?? -1]);
    const queries = ['raw', 'chicken', 'egg', 'r', 'brocoli', 'apple'];
    const before = queries.map((q) => index.search(q, 100));
    const size = index.size;
    index.compact();
    expect(index.stats().segments).toBe(1);
    expect(index.size).toBe(size);
    expect(queries.map((q) => index.search(q, 100))).toEqual(before);
  });

  it('keeps the number of segments logarithmic over many small batches', () => {
    const index = new FoodIndex();
    for (let i = 0; i < 200; i++) index.upsert([branded(`Product ${i}`, `Brand ${i % 7}`)]);
    expect(index.size).toBe(200);
    expect(index.stats().segments).toBeLessThanOrEqual(Math.ceil(Math.log2(200)) + 1);
    expect(index.stats().docs).toBe(200);
    expect(index.stats().terms).toBeGreaterThan(0);
    expect(index.stats().approximateBytes).toBeGreaterThan(0);
  });
});

/**
 * Words for generated foods, far enough apart that no query word is ever a typo of another
 * word: matching is then the same whichever segment a food landed in.
 */
const VOCABULARY = ['apple', 'banana', 'chicken', 'breast', 'milk', 'whole', 'raw', 'cheddar', 'bread', 'wheat', 'orange', 'juice', 'yogurt', 'greek', 'rice', 'soup', 'tomato', 'peanut', 'butter', 'fried', 'egg', 'oat', 'plain', 'frozen'];
const BRANDS = ['Acme', 'Zenith', 'Kroger', 'Nestle', 'Danone'];

const docArb = (id: number): fc.Arbitrary<SearchDoc> =>
  fc
    .record({
      words: fc.uniqueArray(fc.constantFrom(...VOCABULARY), { minLength: 1, maxLength: 4 }),
      brand: fc.option(fc.constantFrom(...BRANDS), { nil: undefined }),
      tier: fc.constantFrom<SearchTier>(SEARCH_TIER.sr28, SEARCH_TIER.fndds, SEARCH_TIER.brandedProduct, SEARCH_TIER.product),
      completeness: fc.integer({ min: 0, max: 8 }),
    })
    .map(({ words, brand, tier, completeness }) => {
      const [first = '', ...rest] = words;
      const name = first.charAt(0).toUpperCase() + first.slice(1) + (rest.length > 0 ? `, ${rest.join(' ')}` : '');
      return newDoc({ id, name, brand: tier >= SEARCH_TIER.brandedProduct ? brand : undefined, tier, completeness });
    });

const catalogArb = fc.integer({ min: 1, max: 60 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => docArb(i + 1))));

const queryArb = fc.oneof(
  fc.uniqueArray(fc.constantFrom(...VOCABULARY, ...BRANDS.map((b) => b.toLowerCase())), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')),
  // A word still being typed.
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.integer({ min: 1, max: 3 })).map(([w, n]) => w.slice(0, n)),
  fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...VOCABULARY), fc.integer({ min: 1, max: 3 })).map(([a, b, n]) => `${a} ${b.slice(0, n)}`),
  // A word no food has.
  fc.constantFrom(...VOCABULARY).map((w) => `${w} zzqx`),
);

/** What a search shows, without what legitimately depends on how the index is segmented (which of identical hits is shown, and the order of ties). */
function summary(hits: readonly SearchHit[]): string[] {
  return hits.map((h) => `${h.score.toFixed(6)}|${h.doc.name}|${h.doc.brand ?? ''}|${h.doc.tier}|${h.duplicates}`).sort();
}

function batches<T>(items: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let at = 0;
  for (let i = 0; at < items.length; i++) {
    const size = sizes.length > 0 ? (sizes[i % sizes.length] ?? 1) : 1;
    out.push(items.slice(at, at + size));
    at += size;
  }
  return out;
}

describe('FoodIndex: segments do not change results', () => {
  it('has a vocabulary with no word within a typo of another', () => {
    const terms = VOCABULARY.flatMap((w) => searchTerms(w));
    for (const a of terms) {
      for (const b of terms) {
        if (a !== b) expect(boundedEditDistance(a, b, 2), `${a} ~ ${b}`).toBeGreaterThan(a.length >= 8 ? 2 : 1);
      }
    }
  });

  it('gives the same results after many small batches as after one build, and after compact()', () => {
    fc.assert(
      fc.property(catalogArb, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), fc.array(queryArb, { minLength: 1, maxLength: 6 }), (docs, sizes, queries) => {
        const whole = indexOf(docs);
        const pieces = new FoodIndex();
        for (const batch of batches(docs, sizes)) pieces.upsert(batch);
        expect(pieces.size).toBe(whole.size);
        for (const query of queries) {
          const expected = summary(whole.search(query, 1000));
          expect(summary(pieces.search(query, 1000)), query).toEqual(expected);
        }
        pieces.compact();
        expect(pieces.stats().segments).toBe(1);
        for (const query of queries) {
          expect(summary(pieces.search(query, 1000)), query).toEqual(summary(whole.search(query, 1000)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same results after updates and removals as a fresh build of what is left', () => {
    const op = fc.oneof(
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 25 }).chain((id) => docArb(id)).map((doc) => ({ upsert: [doc] as SearchDoc[] })) },
      { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 25 }).chain((id) => docArb(id)), { maxLength: 8 }).map((docs) => ({ upsert: docs })) },
      { weight: 1, arbitrary: fc.array(fc.integer({ min: 1, max: 25 }), { maxLength: 3 }).map((removed) => ({ remove: removed })) },
    );
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), fc.array(queryArb, { minLength: 1, maxLength: 6 }), (ops, queries) => {
        const index = new FoodIndex();
        const live = new Map<number, SearchDoc>();
        for (const o of ops) {
          if ('upsert' in o) {
            index.upsert(o.upsert);
            for (const doc of o.upsert) live.set(doc.id, doc);
          } else {
            index.remove(o.remove);
            for (const id of o.remove) live.delete(id);
          }
        }
        const fresh = indexOf([...live.values()]);
        expect(index.size).toBe(live.size);
        for (const query of queries) {
          expect(summary(index.search(query, 1000)), query).toEqual(summary(fresh.search(query, 1000)));
        }
        index.compact();
        expect(index.size).toBe(live.size);
        for (const query of queries) {
          expect(summary(index.search(query, 1000)), query).toEqual(summary(fresh.search(query, 1000)));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('finds every live food by its own name and brand', () => {
    fc.assert(
      fc.property(catalogArb, fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 5 }), (docs, sizes) => {
        const index = new FoodIndex();
        for (const batch of batches(docs, sizes)) index.upsert(batch);
        for (const doc of docs) {
          const hits = index.search(`${doc.name} ${doc.brand ?? ''}`, 1000);
          const same = hits.find((h) => h.doc.name === doc.name && h.doc.brand === doc.brand && h.doc.tier === doc.tier);
          expect(same, doc.name).toBeDefined();
        }
      }),
      { numRuns: 25 },
    );
  });
});
