import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateLargestRemainder,
  deepestDiscountBp,
  discountAboveThreshold,
  mulDivRound,
  priceCart,
  refundForUnits,
  type LineToPrice,
} from '../../shared/pricing';

const line = (
  unitPriceCents: number,
  quantity = 1,
  taxRateBp = 0,
  discount?: LineToPrice['discount'],
): LineToPrice => ({
  unitPriceCents,
  quantity,
  taxRateBp,
  discount,
});

describe('mulDivRound', () => {
  it('rounds exact halves away from zero and everything else to the nearest cent', () => {
    expect(mulDivRound(5, 1, 10)).toBe(1); // 0.5
    expect(mulDivRound(15, 1, 10)).toBe(2); // 1.5
    expect(mulDivRound(25, 1, 10)).toBe(3); // 2.5, not banker's 2
    expect(mulDivRound(149, 1, 100)).toBe(1);
    expect(mulDivRound(151, 1, 100)).toBe(2);
    expect(mulDivRound(0, 1234, 10_000)).toBe(0);
  });

  it('stays exact past 2^53', () => {
    // 10^11 cents × 9,999 bp: the product is above Number.MAX_SAFE_INTEGER.
    expect(mulDivRound(100_000_000_000, 9_999, 10_000)).toBe(99_990_000_000);
    expect(mulDivRound(99_999_999_999, 9_999, 10_000)).toBe(99_989_999_999); // ...999.0001 rounds down
    expect(mulDivRound(99_999_999_995, 5_000, 10_000)).toBe(49_999_999_998); // ...997.5 rounds up
  });
});

describe('allocateLargestRemainder', () => {
  it('splits exactly, leftover cents to the largest remainders, earlier first on ties', () => {
    expect(allocateLargestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateLargestRemainder(10, [1, 2])).toEqual([3, 7]); // 3.33 / 6.67
    expect(allocateLargestRemainder(0, [5, 7])).toEqual([0, 0]);
    expect(allocateLargestRemainder(7, [0, 3])).toEqual([0, 7]);
    expect(allocateLargestRemainder(0, [0, 0])).toEqual([0, 0]);
  });

  it('always sums to the total and never gives a line more than its weight when total ≤ weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, share) => {
          const weightSum = weights.reduce((a, b) => a + b, 0);
          const total = Math.floor(weightSum * share);
          const parts = allocateLargestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          parts.forEach((part, index) => {
            expect(part).toBeGreaterThanOrEqual(0);
            expect(part).toBeLessThanOrEqual(weights[index]!);
          });
        },
      ),
    );
  });
});

describe('priceCart', () => {
  it('prices a plain cart: gross, tax per line, exact totals', () => {
    const cart = priceCart([line(199, 3, 2_000), line(250, 2, 500)]);
    // 597 × 20 % = 119.4 → 119; 500 × 5 % = 25
    expect(cart.lines.map((l) => l.taxCents)).toEqual([119, 25]);
    expect(cart).toMatchObject({ subtotalCents: 1_097, discountCents: 0, taxCents: 144, totalCents: 1_241 });
    expect(cart.taxBreakdown).toEqual([
      { rateBp: 500, netCents: 500, taxCents: 25 },
      { rateBp: 2_000, netCents: 597, taxCents: 119 },
    ]);
  });

  it('rounds half-cent taxes and percent discounts up', () => {
    // 5 % of 10 cents = 0.5 → 1; 10 % of 45 cents = 4.5 → 5.
    expect(priceCart([line(10, 1, 500)]).taxCents).toBe(1);
    expect(priceCart([line(45, 1, 0, { type: 'percent', value: 1_000 })]).discountCents).toBe(5);
  });

  it('takes line discounts first, then the order discount, then tax on what is left', () => {
    const cart = priceCart(
      [line(1_000, 1, 1_000, { type: 'percent', value: 5_000 }), line(500, 2, 0), line(333, 1, 2_000)],
      { type: 'amount', value: 100 },
    );
    // After line discounts: 500, 1000, 333 (sum 1833); 100 off split 27.28 / 54.56 / 18.17 → 27, 55, 18.
    expect(cart.lines.map((l) => l.lineDiscountCents)).toEqual([500, 0, 0]);
    expect(cart.lines.map((l) => l.orderDiscountCents)).toEqual([27, 55, 18]);
    // Tax on 473 at 10 % = 47.3 → 47; on 315 at 20 % = 63.
    expect(cart.lines.map((l) => l.taxCents)).toEqual([47, 0, 63]);
    expect(cart.orderDiscountCents).toBe(100);
    expect(cart.totalCents).toBe(cart.subtotalCents - cart.discountCents + cart.taxCents);
    expect(cart.totalCents).toBe(473 + 47 + 945 + 315 + 63);
  });

  it('computes a percent order discount once, on the whole order', () => {
    // Three lines of 5 cents, 10 % each would round to 1 + 1 + 1 = 3; on the order, 1.5 → 2.
    const cart = priceCart([line(5), line(5), line(5)], { type: 'percent', value: 1_000 });
    expect(cart.orderDiscountCents).toBe(2);
    expect(cart.lines.map((l) => l.orderDiscountCents)).toEqual([1, 1, 0]);
  });

  it('handles 0 % and 100 % discounts and free items', () => {
    expect(priceCart([line(999, 2, 2_000, { type: 'percent', value: 0 })]).totalCents).toBe(2_398); // 1998 + 399.6→400
    const free = priceCart([line(999, 2, 2_000, { type: 'percent', value: 10_000 })], {
      type: 'percent',
      value: 10_000,
    });
    expect(free).toMatchObject({ subtotalCents: 1_998, discountCents: 1_998, taxCents: 0, totalCents: 0 });
    expect(priceCart([line(0, 5, 2_000)], { type: 'percent', value: 5_000 }).totalCents).toBe(0);
    expect(priceCart([line(0, 1)], { type: 'amount', value: 0 }).totalCents).toBe(0);
  });

  it('refuses a discount larger than what it discounts', () => {
    expect(() => priceCart([line(100, 1, 0, { type: 'amount', value: 101 })])).toThrow(/larger than the line/);
    expect(() => priceCart([line(100)], { type: 'amount', value: 101 })).toThrow(/larger than the order/);
    expect(() => priceCart([line(100, 1, 0, { type: 'percent', value: 10_001 })])).toThrow(/above 100 %/);
  });

  it('stays exact with large quantities and many lines', () => {
    const lines = Array.from({ length: 200 }, (_, i) => line(99_999 + i, 10_000, (i * 37) % 2_500));
    const cart = priceCart(lines, { type: 'percent', value: 333 });
    expect(cart.lines.reduce((sum, l) => sum + l.orderDiscountCents, 0)).toBe(cart.orderDiscountCents);
    expect(cart.totalCents).toBe(cart.subtotalCents - cart.discountCents + cart.taxCents);
    expect(cart.taxBreakdown.reduce((sum, band) => sum + band.taxCents, 0)).toBe(cart.taxCents);
    expect(Number.isSafeInteger(cart.totalCents)).toBe(true);
  });

  it('keeps every line and order identity for random carts', () => {
    const arbitraryDiscount = fc.option(
      fc.oneof(
        fc.record({ type: fc.constant('percent' as const), value: fc.integer({ min: 0, max: 10_000 }) }),
        fc.record({ type: fc.constant('amount' as const), value: fc.integer({ min: 0, max: 50 }) }),
      ),
      { nil: undefined },
    );
    const arbitraryLine = fc.record({
      unitPriceCents: fc.integer({ min: 50, max: 100_000 }),
      quantity: fc.integer({ min: 1, max: 10_000 }),
      taxRateBp: fc.integer({ min: 0, max: 10_000 }),
      discount: arbitraryDiscount,
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryLine, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 10_000 }),
        (lines, orderBp) => {
          const cart = priceCart(lines, { type: 'percent', value: orderBp });
          for (const priced of cart.lines) {
            expect(priced.discountCents).toBeLessThanOrEqual(priced.grossCents);
            expect(priced.totalCents).toBe(priced.grossCents - priced.discountCents + priced.taxCents);
          }
          expect(cart.lines.reduce((sum, l) => sum + l.orderDiscountCents, 0)).toBe(cart.orderDiscountCents);
          expect(cart.totalCents).toBe(cart.lines.reduce((sum, l) => sum + l.totalCents, 0));
          expect(cart.totalCents).toBe(cart.subtotalCents - cart.discountCents + cart.taxCents);
        },
      ),
    );
  });
});

describe('discount approval', () => {
  it('is needed only beyond what the threshold itself would take off, rounded by the same rule', () => {
    // 10 % of 45 cents rounds to 5 cents: a 10 % discount is not above a 10 % threshold.
    const tenPercent = priceCart([line(45, 1, 0, { type: 'percent', value: 1_000 })]).lines[0]!;
    expect(discountAboveThreshold(tenPercent, 1_000)).toBe(false);
    const eleven = priceCart([line(1_000, 1, 0, { type: 'percent', value: 1_100 })]).lines[0]!;
    expect(discountAboveThreshold(eleven, 1_000)).toBe(true);
    expect(discountAboveThreshold({ grossCents: 0, discountCents: 0 }, 0)).toBe(false);
  });

  it('reports the deepest line discount in basis points', () => {
    const cart = priceCart([line(1_000, 1, 0, { type: 'amount', value: 250 }), line(1_000)], {
      type: 'percent',
      value: 1_000,
    });
    expect(deepestDiscountBp(cart.lines)).toBe(3_250);
    expect(deepestDiscountBp([{ grossCents: 0, discountCents: 0 }])).toBe(0);
  });
});

describe('refundForUnits', () => {
  it('refunds the whole line total however the units come back', () => {
    const sold = { totalCents: 1_000, quantity: 3 };
    expect(refundForUnits(sold, 0, 1)).toBe(333);
    expect(refundForUnits(sold, 1, 1)).toBe(334); // 666.67 → 667 − 333
    expect(refundForUnits(sold, 2, 1)).toBe(333);
    expect(refundForUnits(sold, 0, 3)).toBe(1_000);
  });

  it('adds up to the line total for any split of the units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (totalCents, parts) => {
          const quantity = parts.reduce((a, b) => a + b, 0);
          let returned = 0;
          let refunded = 0;
          for (const units of parts) {
            const refund = refundForUnits({ totalCents, quantity }, returned, units);
            expect(refund).toBeGreaterThanOrEqual(0);
            refunded += refund;
            returned += units;
          }
          expect(refunded).toBe(totalCents);
        },
      ),
    );
  });
});
