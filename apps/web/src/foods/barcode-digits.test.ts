import { describe, expect, it } from 'vitest';
import { gs1CheckDigit } from '@macromuse/core/foods/barcode';
import { barcodeDigits, barcodeForPeople, expandUpcE, productCode } from './barcode-digits.ts';

describe('barcode digits', () => {
  it('reads digits typed with spaces or dashes', () => {
    expect(barcodeDigits(' 5 000112-637922 ')).toBe('5000112637922');
  });

  it('shows a stored GTIN-14 as the EAN-13 printed on the pack', () => {
    expect(barcodeForPeople('03017620422003')).toBe('3017620422003');
    expect(barcodeForPeople('10012345678902')).toBe('10012345678902');
    expect(barcodeForPeople('96385074')).toBe('96385074');
  });

  it('expands UPC-E codes to the UPC-A codes they stand for, check digit unchanged', () => {
    // One code per rule (by the last of the six digits): 0-2, 3, 4, 5-9.
    const cases = [
      ['04252614', '042100005264'],
      ['01234505', '012000003455'],
      ['01234531', '012300000451'],
      ['01234543', '012340000053'],
      ['01234572', '012345000072'],
    ] as const;
    for (const [upcE, upcA] of cases) {
      expect(expandUpcE(upcE)).toBe(upcA);
      expect(gs1CheckDigit(upcA.slice(0, 11))).toBe(Number(upcA.charAt(11)));
    }
    expect(expandUpcE('96385074')).toBe('96385074');
  });

  it('looks up only codes that can be products', () => {
    expect(productCode('3017620422003', 'ean_13')).toBe('3017620422003');
    expect(productCode('04252614', 'upc_e')).toBe('042100005264');
    expect(productCode('https://example.com', 'qr_code')).toBeUndefined();
    expect(productCode('1234', 'code_128')).toBeUndefined();
  });
});
