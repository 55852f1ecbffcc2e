/**
 * What a logged or planned item refers to: a food of the catalog, a food a person made, or a
 * recipe. On the wire it is one string: the catalog's numeric id, a custom food's UUID, or
 * `recipe:` and the recipe's UUID. Everything else parses it here, once.
 */
export type FoodRef =
  | { readonly kind: 'catalog'; readonly id: string }
  | { readonly kind: 'custom'; readonly id: string }
  | { readonly kind: 'recipe'; readonly id: string };

/** The largest catalog id: PostgreSQL's bigint. */
const MAX_CATALOG_ID = 9223372036854775807n;
const CATALOG_ID = /^\d{1,19}$/;
/** A UUID as the API writes it, in lower case only (the one spelling it accepts, so one id has one spelling). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A food id on the wire, as a pattern: up to `digits` digits (a catalog food) or a UUID (a custom food). */
export const foodIdPattern = (digits: number): RegExp => new RegExp(`^(\\d{1,${digits}}|${UUID_PATTERN.source.slice(1, -1)})$`);
const RECIPE_PREFIX = 'recipe:';

/** Why a run of digits names no catalog food. */
export const FOOD_REF_TOO_LARGE = 'is larger than any food id';

export type FoodRefResult = { readonly ok: true; readonly ref: FoodRef } | { readonly ok: false; readonly reason: string };

/** Parses a food reference; catalog ids come out in one spelling (no leading zeros). */
export function parseFoodRef(text: string): FoodRefResult {
  if (CATALOG_ID.test(text)) {
    const id = BigInt(text);
    if (id > MAX_CATALOG_ID) return { ok: false, reason: FOOD_REF_TOO_LARGE };
    return { ok: true, ref: { kind: 'catalog', id: id.toString() } };
  }
  if (UUID_PATTERN.test(text)) return { ok: true, ref: { kind: 'custom', id: text } };
  if (text.startsWith(RECIPE_PREFIX) && UUID_PATTERN.test(text.slice(RECIPE_PREFIX.length))) {
    return { ok: true, ref: { kind: 'recipe', id: text.slice(RECIPE_PREFIX.length) } };
  }
  return { ok: false, reason: 'must be a food id (digits), a custom food id (a UUID in lower case) or recipe:<UUID>' };
}

/** The wire form of a reference: the inverse of parseFoodRef. */
export function formatFoodRef(ref: FoodRef): string {
  return ref.kind === 'recipe' ? `${RECIPE_PREFIX}${ref.id}` : ref.id;
}

/** The reference a stored food id stands for (catalog ids are digits, custom ids UUIDs), or undefined. */
export function foodRefOf(text: string): FoodRef | undefined {
  const parsed = parseFoodRef(text);
  return parsed.ok ? parsed.ref : undefined;
}
