import { describe, expect, it } from 'vitest';
import { discountExamples, parseDiscount } from '../../../renderer/screens/orders/till/discount-text';

describe('a till discount as the person types it', () => {
  it('reads amounts as money of their locale, thousands included', () => {
    expect(parseDiscount('1.000,00', 'de-DE')).toEqual({ type: 'amount', value: 100_000 });
    expect(parseDiscount('2,50', 'de-DE')).toEqual({ type: 'amount', value: 250 });
    expect(parseDiscount('$ 2,50', 'de-DE')).toEqual({ type: 'amount', value: 250 });
    expect(parseDiscount('2,50 $', 'de-DE')).toEqual({ type: 'amount', value: 250 });
    expect(parseDiscount('1,000.00', 'en-US')).toEqual({ type: 'amount', value: 100_000 });
    expect(parseDiscount('$2.50', 'en-US')).toEqual({ type: 'amount', value: 250 });
  });

  it("refuses another locale's thousands and what is not a discount", () => {
    expect(parseDiscount('1,000.00', 'de-DE')).toBeNull();
    expect(parseDiscount('-5', 'en-US')).toBeNull();
    expect(parseDiscount('2.5.0', 'en-US')).toBeNull();
    expect(parseDiscount('  ', 'en-US')).toBeUndefined();
  });

  it("reads percentages with the locale's decimal mark, up to a whole", () => {
    expect(parseDiscount('12,5 %', 'de-DE')).toEqual({ type: 'percent', value: 1_250 });
    expect(parseDiscount('12.5%', 'en-US')).toEqual({ type: 'percent', value: 1_250 });
    expect(parseDiscount('12.5%', 'de-DE')).toBeNull();
    expect(parseDiscount('100%', 'en-US')).toEqual({ type: 'percent', value: 10_000 });
    expect(parseDiscount('101%', 'en-US')).toBeNull();
  });

  it('gives its examples in the locale', () => {
    expect(discountExamples('de-DE')).toEqual({ percent: '10\u00a0%', amount: '2,50' });
    expect(discountExamples('en-US')).toEqual({ percent: '10%', amount: '2.50' });
  });
});
