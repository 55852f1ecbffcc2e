/** A number a person typed ("1,5", " 2.25 "), or undefined when the text is empty; NaN when it is not a number. */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return undefined;
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** An amount of a nutrient as a label shows it: kcal whole, then fewer decimals the larger it is. */
export function formatAmount(value: number, unit: string): string {
  if (unit === 'kcal' || unit === 'kJ') return String(Math.round(value));
  if (value === 0) return '0';
  if (value < 0.01) return '<0.01';
  const digits = value < 1 ? 2 : value < 10 ? 1 : 0;
  return String(Number(value.toFixed(digits)));
}

/** A number for an input field: at most `digits` decimals, no trailing zeros. */
export function numberForInput(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}
