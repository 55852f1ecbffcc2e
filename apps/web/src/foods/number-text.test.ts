import { describe, expect, it } from 'vitest';
import { formatAmount, numberForInput, parseNumberText } from './number-text.ts';

describe('numbers typed and shown', () => {
  it('reads decimals written with a point or a comma', () => {
    expect(parseNumberText('1,5')).toBe(1.5);
    expect(parseNumberText(' 2.25 ')).toBe(2.25);
    expect(parseNumberText('.5')).toBe(0.5);
    expect(parseNumberText('')).toBeUndefined();
    expect(parseNumberText('  ')).toBeUndefined();
    expect(parseNumberText('12g')).toBeNaN();
    expect(parseNumberText('1.2.3')).toBeNaN();
  });

  it('shows no more decimals than the amount deserves', () => {
    expect(formatAmount(520.6, 'kcal')).toBe('521');
    expect(formatAmount(27.04, 'g')).toBe('27');
    expect(formatAmount(7.25, 'g')).toBe('7.3');
    expect(formatAmount(7.0, 'g')).toBe('7');
    expect(formatAmount(0.032, 'mg')).toBe('0.03');
    expect(formatAmount(0.004, 'mg')).toBe('<0.01');
    expect(formatAmount(0, 'µg')).toBe('0');
  });

  it('writes numbers back into fields without float noise', () => {
    expect(numberForInput(33.333333)).toBe('33.33');
    expect(numberForInput(12)).toBe('12');
    expect(numberForInput(0.1 + 0.2)).toBe('0.3');
  });
});
