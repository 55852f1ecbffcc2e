/** The digits of a barcode typed with spaces or dashes ("5 000112 637922"). */
export function barcodeDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** A stored GTIN-14 as printed on a pack: its EAN-13 form when it starts with a 0. */
export function barcodeForPeople(gtin14: string): string {
  return gtin14.length === 14 && gtin14.startsWith('0') ? gtin14.slice(1) : gtin14;
}

/**
 * The UPC-A code a UPC-E code stands for (UPC-E drops zeros from small packs' codes). Takes
 * the 8 digits a scanner reads (number system, six digits, check digit); other codes are
 * given back as they are.
 */
export function expandUpcE(code: string): string {
  if (!/^[01]\d{7}$/.test(code)) return code;
  const system = code.charAt(0);
  const d = code.slice(1, 7);
  const check = code.charAt(7);
  const last = Number(d.charAt(5));
  let body: string;
  if (last <= 2) body = `${d.slice(0, 2)}${last}0000${d.slice(2, 5)}`;
  else if (last === 3) body = `${d.slice(0, 3)}00000${d.slice(3, 5)}`;
  else if (last === 4) body = `${d.slice(0, 4)}00000${d.charAt(4)}`;
  else body = `${d.slice(0, 5)}0000${last}`;
  return `${system}${body}${check}`;
}

/** The code to look up for what a scanner read: digits only, UPC-E expanded; undefined for codes that are no product's. */
export function productCode(rawValue: string, format: string): string | undefined {
  const digits = barcodeDigits(rawValue);
  if (!/^\d{8,14}$/.test(digits)) return undefined;
  return format === 'upc_e' ? expandUpcE(digits) : digits;
}
