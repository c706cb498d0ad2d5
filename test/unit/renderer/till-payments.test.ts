import { describe, expect, it } from 'vitest';
import { money } from '../../../renderer/components/inventory/money';
import { defaultAmount, paymentFor, paymentProblem } from '../../../renderer/screens/orders/till/payments';

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

describe('store credit at the till', () => {
  it('pays at most the customer’s store credit left, and an empty box pays as much of the sale as it covers', () => {
    expect(paymentProblem('store_credit', 1_777, 1_777, 205)).toBe(
      `The customer's store credit covers only ${money(205)}.`,
    );
    expect(paymentFor('store_credit', 1_777, 1_777, 205)).toBeNull();
    expect(defaultAmount('store_credit', 1_777, 205)).toBe(205);
    expect(paymentFor('store_credit', 205, 1_777, 205)).toEqual({ method: 'store_credit', amountCents: 205 });
    expect(defaultAmount('store_credit', 150, 205)).toBe(150);
    expect(defaultAmount('card', 1_777, 205)).toBe(1_777);
  });

  it('says when there is no customer on the sale, or no store credit left, before any amount is taken', () => {
    expect(paymentProblem('store_credit', 1_777, 1_777, null)).toBe(
      'Store credit needs the customer on the sale: F3 finds them.',
    );
    expect(paymentProblem('store_credit', 0, 1_777, 0)).toBe('The customer has no store credit left.');
    expect(paymentFor('store_credit', 100, 1_777, 0)).toBeNull();
  });

  it('leaves the balance to the host where it is not known', () => {
    expect(paymentProblem('store_credit', 1_777, 1_777)).toBeNull();
    expect(defaultAmount('store_credit', 1_777, undefined)).toBe(1_777);
  });
});
