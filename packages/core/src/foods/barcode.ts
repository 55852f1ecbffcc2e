/**
 * GS1 barcodes (EAN-13, EAN-8, UPC-A, GTIN-14). Every such code is the same number once it is
 * left-padded with zeros to 14 digits (the GTIN-14 form), so "0016000275287" (EAN-13) and
 * "016000275287" (UPC-A) name one product. That form is the key we store and look up.
 */
export type BarcodeFormat = 'EAN-8' | 'UPC-A' | 'EAN-13' | 'GTIN-14';

export type BarcodeResult =
  | { readonly ok: true; readonly gtin14: string; readonly format: BarcodeFormat }
  | { readonly ok: false; readonly reason: string };

const FORMAT_BY_LENGTH: Readonly<Record<number, BarcodeFormat>> = {
  8: 'EAN-8',
  12: 'UPC-A',
  13: 'EAN-13',
  14: 'GTIN-14',
};

/** The GS1 check digit for the digits before it (weights 3,1,3,... from the right). */
export function gs1CheckDigit(payload: string): number {
  let sum = 0;
  for (let i = payload.length - 1, weight = 3; i >= 0; i--, weight = 4 - weight) {
    sum += (payload.charCodeAt(i) - 48) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

/** Left-pads a code of up to 14 digits to its GTIN-14 form; longer or non-digit codes are kept as they are. */
export function toGtin14(digits: string): string {
  return digits.length <= 14 ? digits.padStart(14, '0') : digits;
}

/** Validates a code a person scanned or typed and gives its GTIN-14 form. */
export function parseBarcode(input: string): BarcodeResult {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'a barcode has digits only' };
  const format = FORMAT_BY_LENGTH[digits.length];
  if (!format) {
    return { ok: false, reason: `a barcode has 8 (EAN-8), 12 (UPC-A), 13 (EAN-13) or 14 (GTIN-14) digits, not ${digits.length}` };
  }
  const expected = gs1CheckDigit(digits.slice(0, -1));
  const actual = digits.charCodeAt(digits.length - 1) - 48;
  if (expected !== actual) {
    return { ok: false, reason: `check digit is ${actual} but must be ${expected} for a valid ${format}: the code was mistyped or misread` };
  }
  return { ok: true, gtin14: toGtin14(digits), format };
}

/**
 * The storage key of a product code found in a dataset. Datasets hold codes with a wrong
 * check digit or an odd length (store-internal codes, dropped leading zeros); they are still
 * that product's code, so they are kept as they are, only left-padded to 14 digits.
 */
export function catalogBarcodeKey(code: string): string | undefined {
  const digits = code.trim();
  if (!/^\d{1,32}$/.test(digits)) return undefined;
  if (/^0+$/.test(digits)) return undefined;
  return toGtin14(digits);
}
