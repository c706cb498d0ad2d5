import type Database from 'better-sqlite3';
import { PAYMENT_METHODS, type EndOfDay, type PaymentMethod } from '../../../shared/contract/orders';
import { localDate, localDayRange } from '../../../shared/local-day';
import { prepared } from '../../../database/prepared';
import { exactLineNet, isSale, refundedTaxCents, roundedNetCents } from '../sales/sale-sql';
import { requireZonedStore } from '../stores/store-zone';

/** Sales of the day (shared/sales.ts): placed that day and paid, cancelled later or not. */
const SOLD = `o."store_id" = @storeId AND o."placed_at" >= @from AND o."placed_at" < @to AND ${isSale('o')}`;

const SALES = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(o."tax_cents"), 0) AS "tax"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed" WHERE ${SOLD}`;

/** Net revenue and discount as analytics counts them (docs/sales.md rule 7): exact per line, rounded once. */
const SOLD_LINES = `
  SELECT ${roundedNetCents(`IFNULL(SUM(${exactLineNet('l')}), 0)`)} AS "net",
         ${roundedNetCents(`IFNULL(SUM(l."quantity" * l."unit_price_cents") * 10000 - SUM(${exactLineNet('l')}), 0)`)} AS "discount"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed" JOIN "order_lines" l ON l."order_id" = o."id"
  WHERE ${SOLD}`;

const TAX_BANDS = `
  SELECT l."tax_rate_bp" AS "rate", ${roundedNetCents(`SUM(${exactLineNet('l')})`)} AS "net", SUM(l."tax_cents") AS "tax"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed" JOIN "order_lines" l ON l."order_id" = o."id"
  WHERE ${SOLD}
  GROUP BY l."tax_rate_bp" ORDER BY l."tax_rate_bp"`;

const PENDING = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(o."total_cents"), 0) AS "total"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed"
  WHERE o."store_id" = @storeId AND o."placed_at" >= @from AND o."placed_at" < @to AND o."status" = 'pending'`;

/**
 * Cancellations are read from the orders' timelines: the moment an order became cancelled, not
 * its last update (which a later customer merge also moves), and whatever its total.
 */
const CANCELLED = `
  SELECT COUNT(*) AS "count" FROM "order_status_changes" s INDEXED BY "IDX_order_status_changes_to"
  JOIN "orders" o ON o."id" = s."order_id"
  WHERE s."to_status" = 'cancelled' AND s."changed_at" >= @from AND s."changed_at" < @to AND o."store_id" = @storeId`;

/**
 * Returns taken that day (a cancelled paid order's refund is one): their refunds with tax and the
 * tax they gave back; a refund less its tax is the return before tax that analytics counts.
 */
const RETURNS = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(r."refund_cents"), 0) AS "refund",
         IFNULL(SUM((SELECT SUM(${refundedTaxCents('e')}) FROM "order_return_lines" e WHERE e."return_id" = r."id")), 0) AS "tax"
  FROM "order_returns" r JOIN "orders" o ON o."id" = r."order_id"
  WHERE r."created_at" >= @from AND r."created_at" < @to AND o."store_id" = @storeId`;

/** Walks IDX_payments_method_time (method, created_at) once per method. Cash paid without a tendered amount was exact. */
const MONEY = `
  SELECT p."method",
         SUM(CASE p."kind" WHEN 'payment' THEN p."amount_cents" ELSE 0 END) AS "paid",
         SUM(CASE p."kind" WHEN 'refund' THEN p."amount_cents" ELSE 0 END) AS "refunded",
         SUM(CASE p."kind" WHEN 'payment' THEN IFNULL(p."tendered_cents", p."amount_cents") ELSE 0 END) AS "tendered",
         SUM(IFNULL(p."change_cents", 0)) AS "change"
  FROM "payments" p JOIN "orders" o ON o."id" = p."order_id"
  WHERE p."method" IN (${PAYMENT_METHODS.map((method) => `'${method}'`).join(', ')})
    AND p."created_at" >= @from AND p."created_at" < @to AND o."store_id" = @storeId
  GROUP BY p."method"`;

interface MoneyRow {
  method: PaymentMethod;
  paid: number;
  refunded: number;
  tendered: number;
  change: number;
}

/**
 * A store's day on its own clock: what was sold, returned and taken, and the cash the drawer
 * should hold. `date` is a local date of the store's time zone (today there when absent), read
 * as the UTC instants [from, to) it spans, 23 or 25 hours around a clock change. Sales count on
 * the day the order was placed, returns and money on the day they happened (shared/sales.ts).
 * Sales and returns are before tax, as analytics counts them, with their tax apart, so sales
 * less returns is the dashboard's net revenue of that store-day.
 */
export function endOfDay(sql: Database.Database, storeId: number, date: string | undefined, now: Date): EndOfDay {
  const { timeZone, ...store } = requireZonedStore(sql, storeId);
  const day = date ?? localDate(timeZone, now);
  const { from, to } = localDayRange(timeZone, day);
  const params = { storeId, from, to };

  const sales = prepared(sql, SALES).get(params) as { count: number; tax: number };
  const soldLines = prepared(sql, SOLD_LINES).get(params) as { net: number; discount: number };
  const pending = prepared(sql, PENDING).get(params) as { count: number; total: number };
  const cancelled = prepared(sql, CANCELLED).get(params) as { count: number };
  const returns = prepared(sql, RETURNS).get(params) as { count: number; refund: number; tax: number };
  const taxBands = prepared(sql, TAX_BANDS).all(params) as { rate: number; net: number; tax: number }[];
  const money = new Map((prepared(sql, MONEY).all(params) as MoneyRow[]).map((row) => [row.method, row]));
  const netSales = soldLines.net - (returns.refund - returns.tax);
  const netTax = sales.tax - returns.tax;
  const cash = money.get('cash');
  const cashParts = {
    tenderedCents: cash?.tendered ?? 0,
    changeCents: cash?.change ?? 0,
    refundsCents: cash?.refunded ?? 0,
  };

  return {
    store,
    date: day,
    timeZone,
    from,
    to,
    sales: { count: sales.count, netCents: soldLines.net, discountCents: soldLines.discount, taxCents: sales.tax },
    taxBreakdown: taxBands.map((band) => ({ rateBp: band.rate, netCents: band.net, taxCents: band.tax })),
    pending: { count: pending.count, totalCents: pending.total },
    cancelled: { count: cancelled.count },
    returns: {
      count: returns.count,
      netCents: returns.refund - returns.tax,
      taxRefundedCents: returns.tax,
      refundCents: returns.refund,
    },
    net: { salesCents: netSales, taxCents: netTax, totalCents: netSales + netTax },
    payments: PAYMENT_METHODS.map((method) => {
      const row = money.get(method);
      const paymentsCents = row?.paid ?? 0;
      const refundsCents = row?.refunded ?? 0;
      return { method, paymentsCents, refundsCents, netCents: paymentsCents - refundsCents };
    }),
    cash: { ...cashParts, expectedCents: cashParts.tenderedCents - cashParts.changeCents - cashParts.refundsCents },
  };
}
