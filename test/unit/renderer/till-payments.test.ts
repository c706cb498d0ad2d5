import { describe, expect, it } from 'vitest';
import { money } from '../../../renderer/components/inventory/money';
import { paymentFor, paymentProblem } from '../../../renderer/screens/orders/till/payments';

describe('a payment typed at the till', () => {
  it('refuses zero and negative amounts by asking for an amount above zero, whatever the method', () => {
    for (const method of ['cash', 'card'] as const) {
      for (const typed of [0, -1_000]) {
        expect(paymentFor(method, typed, 8_275)).toBeNull();
        expect(paymentProblem(method, typed, 8_275)).toBe('Enter an amount above zero.');
      }
    }
  });

  it('says a card cannot pay more than is still due, and that nothing is left once it is paid', () => {
    expect(paymentFor('card', 9_000, 8_275)).toBeNull();
    expect(paymentProblem('card', 9_000, 8_275)).toBe(`Card can pay at most ${money(8_275)}.`);
    expect(paymentProblem('cash', 500, 0)).toBe('Nothing is left to pay.');
  });

  it('takes over-tendered cash with its change, and names no problem for a payment it takes', () => {
    expect(paymentFor('cash', 10_000, 8_275)).toEqual({ method: 'cash', amountCents: 8_275, tenderedCents: 10_000 });
    expect(paymentProblem('cash', 10_000, 8_275)).toBeNull();
    expect(paymentFor('card', 8_275, 8_275)).toEqual({ method: 'card', amountCents: 8_275 });
  });

  it('asks for an amount when the box holds text that is not one', () => {
    expect(paymentFor('cash', Number.NaN, 8_275)).toBeNull();
    expect(paymentProblem('cash', Number.NaN, 8_275)).toMatch(/^Enter an amount like /);
  });
});
