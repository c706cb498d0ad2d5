import { SALE_STATUSES } from '../../../shared/sales';

/**
 * The sale definition of shared/sales.ts as SQL, for every query that reads figures. Migration
 * 0005's triggers keep customer_totals and sale_lines by the same rules (its text is frozen; the
 * figures tests prove both agree with these fragments).
 */
const STATUS_LIST = SALE_STATUSES.map((status) => `'${status}'`).join(', ');

/** Order `alias` is a standing sale: paid and not cancelled. A customer's purchase. */
export const isStandingSale = (alias: string) => `${alias}."status" IN (${STATUS_LIST})`;

/**
 * Order `alias` is a sale of the day it was placed: a standing sale, or a paid order cancelled
 * later (cancelling a paid order always writes a return, and only paid orders have returns).
 */
export const isSale = (alias: string) =>
  `(${isStandingSale(alias)} OR (${alias}."status" = 'cancelled'
    AND EXISTS (SELECT 1 FROM "order_returns" sale_return WHERE sale_return."order_id" = ${alias}."id")))`;

/** Everything the returns of order `alias` refunded, tax included. */
export const returnedCents = (alias: string) =>
  `IFNULL((SELECT SUM(returned."refund_cents") FROM "order_returns" returned WHERE returned."order_id" = ${alias}."id"), 0)`;

/**
 * The tax return line `alias` gave back: the line's tax pro rata to the running count of its
 * returned units, rounded half up as shared/pricing refundForUnits rounds the refund, so every
 * unit back gives back exactly the line's tax.
 */
export const refundedTaxCents = (alias: string) => `(
  SELECT (2 * rt_line."tax_cents" * rt_upto."units" + rt_line."quantity") / (2 * rt_line."quantity")
       - (2 * rt_line."tax_cents" * (rt_upto."units" - ${alias}."quantity") + rt_line."quantity") / (2 * rt_line."quantity")
  FROM "order_lines" rt_line,
       (SELECT SUM(rt_earlier."quantity") AS "units" FROM "order_return_lines" rt_earlier
        WHERE rt_earlier."order_line_id" = ${alias}."order_line_id" AND rt_earlier."id" <= ${alias}."id") rt_upto
  WHERE rt_line."id" = ${alias}."order_line_id")`;

/**
 * Net revenue (before tax) of order line `alias`, exact, in ten-thousandths of a cent: a discount
 * given as a percentage (discount_bp, imported history) takes its exact share of the gross, even
 * where that share does not fall on a cent; otherwise the line's gross less the cents it was
 * discounted. Integers throughout, so sums are exact; round once with roundedNetCents.
 */
export const exactLineNet = (alias: string) =>
  `(CASE WHEN ${alias}."discount_bp" IS NULL
     THEN (${alias}."quantity" * ${alias}."unit_price_cents" - ${alias}."discount_cents") * 10000
     ELSE ${alias}."quantity" * ${alias}."unit_price_cents" * (10000 - ${alias}."discount_bp") END)`;

/** A sum of exactLineNet values as whole cents, rounded once, half away from zero. */
export const roundedNetCents = (exactSum: string) => `CAST(ROUND((${exactSum}) / 10000.0) AS INTEGER)`;
