import { AppError } from './errors';

/**
 * The money rules of a sale, used by the till for live totals and by the main side as the
 * authority. Everything is whole cents and basis points (1 % = 100 bp); no float ever holds money.
 *
 * The one rounding rule: whenever cents are multiplied by a rate or split pro rata, the exact
 * result is rounded half away from zero to whole cents (12.5 → 13; amounts are never negative
 * here, so this is "half up"). It is applied in this order, each step once:
 *
 * 1. Line discount, per line: an amount in cents as given, or a percentage of the line's gross
 *    (quantity × unit price), rounded by the rule.
 * 2. Order discount: an amount as given, or a percentage of the order after line discounts,
 *    rounded by the rule once for the whole order; then allocated across the lines in proportion
 *    to each line's amount after its line discount, by the largest-remainder method (each line
 *    gets the whole cents of its exact share, and the cents left over go one each to the lines
 *    with the largest remainders, earlier lines first on ties), so the shares add up exactly.
 * 3. Tax, per line, on the line's amount after both discounts at the line's own rate, rounded by
 *    the rule. The tax breakdown by rate adds up these line taxes, so it matches the total.
 * 4. Totals are exact sums: line total = gross − discount + tax, and the order's subtotal,
 *    discount, tax and total are the sums of its lines' (total = subtotal − discount + tax).
 *
 * Refunds follow the same rule (see refundForUnits): a line's refund is its total pro rata to
 * the units coming back, computed on the running count of returned units, so returning every
 * unit, in any number of returns, refunds exactly what the line cost.
 */

export const BP_PER_WHOLE = 10_000;

export type Discount = { type: 'amount'; value: number } | { type: 'percent'; value: number };

export interface LineToPrice {
  unitPriceCents: number;
  quantity: number;
  taxRateBp: number;
  discount?: Discount | undefined;
}

export interface PricedLine {
  /** quantity × unit price. */
  grossCents: number;
  /** The line's own discount. */
  lineDiscountCents: number;
  /** The line's share of the order discount. */
  orderDiscountCents: number;
  /** Both discounts: what the order line records. */
  discountCents: number;
  taxRateBp: number;
  taxCents: number;
  totalCents: number;
}

export interface TaxBand {
  rateBp: number;
  /** The discounted amount taxed at this rate. */
  netCents: number;
  taxCents: number;
}

export interface PricedCart {
  lines: PricedLine[];
  subtotalCents: number;
  /** Line discounts and the order discount together. */
  discountCents: number;
  orderDiscountCents: number;
  taxCents: number;
  totalCents: number;
  /** One band per tax rate, lowest rate first. */
  taxBreakdown: TaxBand[];
}

/** a × b / divisor, rounded half away from zero; exact for any size (BigInt past 2^53). */
export function mulDivRound(a: number, b: number, divisor: number): number {
  const [quotient, remainder] = mulDivFloor(a, b, divisor);
  return 2 * remainder >= divisor ? quotient + 1 : quotient;
}

/** Whole part and remainder of a × b / divisor, for non-negative integers. */
function mulDivFloor(a: number, b: number, divisor: number): [number, number] {
  const product = a * b;
  if (Number.isSafeInteger(product)) return [Math.floor(product / divisor), product % divisor];
  const big = BigInt(a) * BigInt(b);
  const bigDivisor = BigInt(divisor);
  return [Number(big / bigDivisor), Number(big % bigDivisor)];
}

/**
 * Splits `total` cents across `weights` in proportion, exactly: whole cents of each share first,
 * then the leftover cents one each to the largest remainders (earlier entries first on ties).
 * A zero total weight can only carry a zero total.
 */
export function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum === 0) {
    if (total !== 0) throw new RangeError('Nothing to allocate against.');
    return weights.map(() => 0);
  }
  const shares = weights.map((weight) => mulDivFloor(total, weight, weightSum));
  const allocated = shares.map(([whole]) => whole);
  let leftover = total - allocated.reduce((sum, whole) => sum + whole, 0);
  const byRemainder = shares.map(([, remainder], index) => ({ remainder, index }));
  byRemainder.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (leftover === 0) break;
    allocated[index]! += 1;
    leftover -= 1;
  }
  return allocated;
}

function discountCents(discount: Discount | undefined, baseCents: number, what: string): number {
  if (!discount) return 0;
  if (discount.type === 'percent') {
    if (discount.value > BP_PER_WHOLE) throw new AppError('VALIDATION', `The ${what} discount is above 100 %.`);
    return mulDivRound(baseCents, discount.value, BP_PER_WHOLE);
  }
  if (discount.value > baseCents) {
    throw new AppError('VALIDATION', `The ${what} discount is larger than the ${what} itself.`, {
      discountCents: discount.value,
      amountCents: baseCents,
    });
  }
  return discount.value;
}

/** Prices a cart by the rules in this file's header. Throws VALIDATION for a discount larger than what it discounts. */
export function priceCart(lines: readonly LineToPrice[], orderDiscount?: Discount): PricedCart {
  const gross = lines.map((line) => line.unitPriceCents * line.quantity);
  const lineDiscounts = lines.map((line, index) => discountCents(line.discount, gross[index]!, 'line'));
  const afterLineDiscounts = gross.map((cents, index) => cents - lineDiscounts[index]!);
  const orderBase = afterLineDiscounts.reduce((sum, cents) => sum + cents, 0);
  const orderDiscountTotal = discountCents(orderDiscount, orderBase, 'order');
  const orderShares = allocateLargestRemainder(orderDiscountTotal, afterLineDiscounts);

  const priced = lines.map((line, index): PricedLine => {
    const discount = lineDiscounts[index]! + orderShares[index]!;
    const net = gross[index]! - discount;
    const taxCents = mulDivRound(net, line.taxRateBp, BP_PER_WHOLE);
    return {
      grossCents: gross[index]!,
      lineDiscountCents: lineDiscounts[index]!,
      orderDiscountCents: orderShares[index]!,
      discountCents: discount,
      taxRateBp: line.taxRateBp,
      taxCents,
      totalCents: net + taxCents,
    };
  });

  const sum = (pick: (line: PricedLine) => number) => priced.reduce((total, line) => total + pick(line), 0);
  return {
    lines: priced,
    subtotalCents: sum((line) => line.grossCents),
    discountCents: sum((line) => line.discountCents),
    orderDiscountCents: orderDiscountTotal,
    taxCents: sum((line) => line.taxCents),
    totalCents: sum((line) => line.totalCents),
    taxBreakdown: taxBreakdown(priced),
  };
}

/** Line taxes summed per rate, lowest rate first. */
export function taxBreakdown(
  lines: readonly Pick<PricedLine, 'grossCents' | 'discountCents' | 'taxRateBp' | 'taxCents'>[],
): TaxBand[] {
  const bands = new Map<number, TaxBand>();
  for (const line of lines) {
    const band = bands.get(line.taxRateBp) ?? { rateBp: line.taxRateBp, netCents: 0, taxCents: 0 };
    band.netCents += line.grossCents - line.discountCents;
    band.taxCents += line.taxCents;
    bands.set(line.taxRateBp, band);
  }
  return [...bands.values()].sort((a, b) => a.rateBp - b.rateBp);
}

/**
 * A discount is above a threshold when it takes more cents off a line than the threshold
 * percentage of that line would, rounded by the same rule: a 10 % discount on a 45-cent item
 * (5 cents after rounding) is not above a 10 % threshold.
 */
export function discountAboveThreshold(
  line: Pick<PricedLine, 'grossCents' | 'discountCents'>,
  thresholdBp: number,
): boolean {
  return line.discountCents > mulDivRound(line.grossCents, thresholdBp, BP_PER_WHOLE);
}

/** The deepest discount of any line as a share of its gross, in basis points (rounded by the rule). */
export function deepestDiscountBp(lines: readonly Pick<PricedLine, 'grossCents' | 'discountCents'>[]): number {
  let deepest = 0;
  for (const line of lines) {
    if (line.grossCents > 0)
      deepest = Math.max(deepest, mulDivRound(line.discountCents, BP_PER_WHOLE, line.grossCents));
  }
  return deepest;
}

/**
 * What `units` more units of a line refund, after `alreadyReturned` came back before: the
 * line's total pro rata to the running count of returned units, rounded by the rule, minus what
 * the earlier units refunded. The parts telescope, so all units together refund the line total.
 */
export function refundForUnits(
  line: { totalCents: number; quantity: number },
  alreadyReturned: number,
  units: number,
): number {
  const refundedUpTo = (returned: number) => mulDivRound(line.totalCents, returned, line.quantity);
  return refundedUpTo(alreadyReturned + units) - refundedUpTo(alreadyReturned);
}
