/** What is wrong with each field of a form, by the field's name ("name", "nutrients.208"). */
export type FieldProblems = Readonly<Record<string, string>>;

/**
 * The server's field problems keyed by the form field they belong to. A field path the form
 * has no input for ("portions.0.grams") goes to the field named by the longest matching
 * prefix in `aliases` ({ portions: 'servingGrams' }); the first problem of a field wins.
 */
export function problemsByField(fields: readonly { readonly field: string; readonly problem: string }[] | undefined, aliases: Readonly<Record<string, string>> = {}): FieldProblems {
  const out: Record<string, string> = {};
  const prefixes = Object.keys(aliases).sort((a, b) => b.length - a.length);
  for (const { field, problem } of fields ?? []) {
    const prefix = prefixes.find((p) => field === p || field.startsWith(`${p}.`));
    const key = prefix === undefined ? field : (aliases[prefix] ?? field);
    out[key] ??= problem;
  }
  return out;
}
