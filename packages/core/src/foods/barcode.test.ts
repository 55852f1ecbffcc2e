import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { catalogBarcodeKey, gs1CheckDigit, parseBarcode, toGtin14, type BarcodeFormat } from './barcode.ts';

const digitString = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

/** A valid GS1 code: a random payload of 7, 11, 12 or 13 digits followed by its check digit. */
const validCode = fc
  .constantFrom(7, 11, 12, 13)
  .chain(digitString)
  .map((payload) => payload + String(gs1CheckDigit(payload)));

const FORMAT_OF_LENGTH: Record<number, BarcodeFormat> = { 8: 'EAN-8', 12: 'UPC-A', 13: 'EAN-13', 14: 'GTIN-14' };

describe('gs1CheckDigit', () => {
  it('gives the check digit of real products', () => {
    expect(gs1CheckDigit('301762042200')).toBe(3); // Nutella 3017620422003
    expect(gs1CheckDigit('544900000099')).toBe(6); // Coca-Cola 5449000000996
    expect(gs1CheckDigit('01600027528')).toBe(7); // Cheerios UPC-A 016000275287
    expect(gs1CheckDigit('5018445')).toBe(3); // EAN-8 50184453
    expect(gs1CheckDigit('9638507')).toBe(4); // EAN-8 96385074 (GS1's own example)
  });

  it('is always a single digit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 17 }).chain(digitString), (payload) => {
        const check = gs1CheckDigit(payload);
        expect(Number.isInteger(check)).toBe(true);
        expect(check).toBeGreaterThanOrEqual(0);
        expect(check).toBeLessThanOrEqual(9);
      }),
    );
  });

  it('does not change when the payload gets leading zeros', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 13 }).chain(digitString), fc.integer({ min: 1, max: 6 }), (payload, zeros) => {
        expect(gs1CheckDigit('0'.repeat(zeros) + payload)).toBe(gs1CheckDigit(payload));
      }),
    );
  });
});

describe('toGtin14', () => {
  it('left-pads codes to 14 digits', () => {
    expect(toGtin14('50184453')).toBe('00000050184453');
    expect(toGtin14('016000275287')).toBe('00016000275287');
    expect(toGtin14('3017620422003')).toBe('03017620422003');
    expect(toGtin14('12345678901231')).toBe('12345678901231');
  });

  it('keeps codes longer than 14 digits as they are', () => {
    expect(toGtin14('123456789012345')).toBe('123456789012345');
  });
});

describe('parseBarcode', () => {
  it('accepts real product codes and names their format', () => {
    expect(parseBarcode('3017620422003')).toEqual({ ok: true, gtin14: '03017620422003', format: 'EAN-13' });
    expect(parseBarcode('5449000000996')).toEqual({ ok: true, gtin14: '05449000000996', format: 'EAN-13' });
    expect(parseBarcode('0016000275287')).toEqual({ ok: true, gtin14: '00016000275287', format: 'EAN-13' });
    expect(parseBarcode('016000275287')).toEqual({ ok: true, gtin14: '00016000275287', format: 'UPC-A' });
    expect(parseBarcode('50184453')).toEqual({ ok: true, gtin14: '00000050184453', format: 'EAN-8' });
    expect(parseBarcode('00016000275287')).toEqual({ ok: true, gtin14: '00016000275287', format: 'GTIN-14' });
  });

  it('gives the Cheerios EAN-13 and UPC-A forms one key', () => {
    const ean = parseBarcode('0016000275287');
    const upc = parseBarcode('016000275287');
    expect(ean.ok && upc.ok && ean.gtin14 === upc.gtin14).toBe(true);
  });

  it('ignores surrounding whitespace, inner spaces and hyphens', () => {
    expect(parseBarcode('  3017620422003\n')).toEqual({ ok: true, gtin14: '03017620422003', format: 'EAN-13' });
    expect(parseBarcode('3 017620 422003')).toEqual({ ok: true, gtin14: '03017620422003', format: 'EAN-13' });
    expect(parseBarcode('0-16000-27528-7')).toEqual({ ok: true, gtin14: '00016000275287', format: 'UPC-A' });
  });

  it('refuses a wrong check digit and says which digit it must be', () => {
    const result = parseBarcode('3017620422004');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toMatch(/check digit is 4 but must be 3/);
      expect(result.reason).toMatch(/EAN-13/);
    }
  });

  it('refuses non-digits with a reason about digits', () => {
    for (const input of ['', '   ', '30176204220O3', 'abcdefgh', '3017620422003x', '5449000000996.', '１２３４５６７８']) {
      const result = parseBarcode(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) expect(result.reason).toBe('a barcode has digits only');
    }
  });

  it('refuses wrong lengths with a reason naming the length', () => {
    for (const input of ['1', '1234567', '123456789', '1234567890', '12345678901', '123456789012345', '1'.repeat(20)]) {
      const result = parseBarcode(input);
      expect(result.ok, input).toBe(false);
      if (!result.ok) {
        expect(result.reason).toContain(`not ${input.length}`);
        expect(result.reason).toMatch(/8 \(EAN-8\), 12 \(UPC-A\), 13 \(EAN-13\) or 14 \(GTIN-14\)/);
      }
    }
  });

  it('property: accepts any payload followed by its check digit', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const result = parseBarcode(code);
        expect(result).toEqual({ ok: true, gtin14: code.padStart(14, '0'), format: FORMAT_OF_LENGTH[code.length] });
      }),
    );
  });

  it('property: zero-padded forms of one code (EAN-8/UPC-A/EAN-13/GTIN-14) give the same gtin14', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const forms = [8, 12, 13, 14].filter((length) => length >= code.length).map((length) => code.padStart(length, '0'));
        const keys = forms.map((form) => {
          const result = parseBarcode(form);
          return result.ok ? result.gtin14 : `refused: ${result.reason}`;
        });
        expect(new Set(keys)).toEqual(new Set([code.padStart(14, '0')]));
      }),
    );
  });

  it('property: changing any single digit makes the check fail', () => {
    fc.assert(
      fc.property(
        validCode.chain((code) =>
          fc.tuple(fc.constant(code), fc.integer({ min: 0, max: code.length - 1 }), fc.integer({ min: 1, max: 9 })),
        ),
        ([code, position, delta]) => {
          const original = code.charCodeAt(position) - 48;
          const changed = code.slice(0, position) + String((original + delta) % 10) + code.slice(position + 1);
          expect(changed).not.toBe(code);
          const result = parseBarcode(changed);
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.reason).toMatch(/^check digit is \d but must be \d for a valid /);
        },
      ),
    );
  });

  it('property: inputs with any non-digit character (other than spaces and hyphens) are refused', () => {
    const nonDigit = fc
      .string({ minLength: 1, maxLength: 1 })
      .filter((ch) => !/[\d\s-]/.test(ch));
    fc.assert(
      fc.property(validCode, nonDigit, fc.nat(), (code, ch, at) => {
        const position = at % (code.length + 1);
        const result = parseBarcode(code.slice(0, position) + ch + code.slice(position));
        expect(result).toEqual({ ok: false, reason: 'a barcode has digits only' });
      }),
    );
  });

  it('property: digit strings of a length other than 8, 12, 13 or 14 are refused for their length', () => {
    const badLength = fc.integer({ min: 1, max: 24 }).filter((n) => ![8, 12, 13, 14].includes(n));
    fc.assert(
      fc.property(badLength.chain(digitString), (digits) => {
        const result = parseBarcode(digits);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(new RegExp(`not ${digits.length}$`));
      }),
    );
  });
});

describe('catalogBarcodeKey', () => {
  it('left-pads dataset codes to 14 digits', () => {
    expect(catalogBarcodeKey('3017620422003')).toBe('03017620422003');
    expect(catalogBarcodeKey('16000275287')).toBe('00016000275287');
    expect(catalogBarcodeKey(' 50184453 ')).toBe('00000050184453');
  });

  it('keeps codes with a wrong check digit or an odd length', () => {
    expect(catalogBarcodeKey('3017620422004')).toBe('03017620422004');
    expect(catalogBarcodeKey('12345')).toBe('00000000012345');
    expect(catalogBarcodeKey('1234567890123456')).toBe('1234567890123456');
  });

  it('rejects empty, all-zero, non-digit and over-long codes', () => {
    expect(catalogBarcodeKey('')).toBeUndefined();
    expect(catalogBarcodeKey('0')).toBeUndefined();
    expect(catalogBarcodeKey('0000000000000')).toBeUndefined();
    expect(catalogBarcodeKey('3017-620422003')).toBeUndefined();
    expect(catalogBarcodeKey('abc')).toBeUndefined();
    expect(catalogBarcodeKey('1'.repeat(33))).toBeUndefined();
  });

  it('property: agrees with parseBarcode on every valid code', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        const parsed = parseBarcode(code);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(catalogBarcodeKey(code)).toBe(parsed.gtin14);
      }),
    );
  });

  it('property: codes of up to 14 digits, not all zeros, become 14 digits that end with the code', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 14 }).chain(digitString).filter((d) => /[1-9]/.test(d)),
        (code) => {
          const key = catalogBarcodeKey(code);
          expect(key).toHaveLength(14);
          expect(key?.endsWith(code)).toBe(true);
          expect(Number(key)).toBe(Number(code));
        },
      ),
    );
  });
});
