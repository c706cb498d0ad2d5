import { describe, expect, it } from 'vitest';
import { splitQuantity } from '../../../renderer/screens/orders/till/quantity-prefix';

describe('a quantity typed before a code or words at the till', () => {
  it('splits "3*milk" and "12 * 4006381333931" into the quantity and what follows', () => {
    expect(splitQuantity('3*milk')).toEqual({ quantity: 3, rest: 'milk', problem: null });
    expect(splitQuantity(' 12 * 4006381333931 ')).toEqual({ quantity: 12, rest: '4006381333931', problem: null });
  });

  it('takes one when no quantity is typed', () => {
    expect(splitQuantity('oat milk')).toEqual({ quantity: 1, rest: 'oat milk', problem: null });
  });

  it('names the allowed range for a quantity of zero or one too large for a sale line, instead of adding one', () => {
    for (const text of ['0*milk', '99999*milk', '10001*milk']) {
      const entry = splitQuantity(text);
      expect(entry.quantity).toBeNull();
      expect(entry.rest).toBe('milk');
      expect(entry.problem).toMatch(/^Quantity must be 1 to 10.?000\.$/);
    }
    expect(splitQuantity('10000*milk')).toEqual({ quantity: 10_000, rest: 'milk', problem: null });
  });
});
