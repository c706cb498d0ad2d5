import type Database from 'better-sqlite3';
import { PAYMENT_METHODS, type EndOfDay, type PaymentMethod } from '../../../shared/contract/orders';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

/** Placed that day and paid: still paid or further along, or cancelled after payment (its refund counts under refunds). */
const SOLD = `o."store_id" = @storeId AND o."placed_at" >= @from AND o."placed_at" < @to
  AND (o."status" IN ('paid', 'fulfilled', 'delivered')
       OR (o."status" = 'cancelled' AND EXISTS (SELECT 1 FROM "payments" p WHERE p."order_id" = o."id" AND p."kind" = 'payment')))`;

const SALES = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(o."subtotal_cents"), 0) AS "subtotal", IFNULL(SUM(o."discount_cents"), 0) AS "discount",
         IFNULL(SUM(o."tax_cents"), 0) AS "tax", IFNULL(SUM(o."total_cents"), 0) AS "total"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed" WHERE ${SOLD}`;

const TAX_BANDS = `
  SELECT l."tax_rate_bp" AS "rate", SUM(l."quantity" * l."unit_price_cents" - l."discount_cents") AS "net", SUM(l."tax_cents") AS "tax"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed" JOIN "order_lines" l ON l."order_id" = o."id"
  WHERE ${SOLD}
  GROUP BY l."tax_rate_bp" ORDER BY l."tax_rate_bp"`;

const PENDING = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(o."total_cents"), 0) AS "total"
  FROM "orders" o INDEXED BY "IDX_orders_store_placed"
  WHERE o."store_id" = @storeId AND o."placed_at" >= @from AND o."placed_at" < @to AND o."status" = 'pending'`;

/** Cancelled is final, so a cancelled order's last update is its cancellation. */
const CANCELLED = `
  SELECT COUNT(*) AS "count" FROM "orders" o INDEXED BY "IDX_orders_status"
  WHERE o."status" = 'cancelled' AND o."store_id" = @storeId AND o."updated_at" >= @from AND o."updated_at" < @to`;

const RETURNS = `
  SELECT COUNT(*) AS "count", IFNULL(SUM(r."refund_cents"), 0) AS "refund"
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
 * A store's day: what was sold, returned and taken, and the cash the drawer should hold. Sales
 * count on the day the order was placed; money counts on the day it moved. The date is a UTC
 * day until stores carry a time zone.
 */
export function endOfDay(sql: Database.Database, storeId: number, date: string): EndOfDay {
  const store = prepared(sql, 'SELECT "id", "code", "name" FROM "stores" WHERE "id" = ?').get(storeId) as
    EndOfDay['store'] | undefined;
  if (!store) throw new AppError('NOT_FOUND', 'That store does not exist.', { storeId });
  const from = `${date}T00:00:00.000Z`;
  const to = new Date(Date.parse(from) + 86_400_000).toISOString();
  const params = { storeId, from, to };

  const sales = prepared(sql, SALES).get(params) as {
    count: number;
    subtotal: number;
    discount: number;
    tax: number;
    total: number;
  };
  const pending = prepared(sql, PENDING).get(params) as { count: number; total: number };
  const cancelled = prepared(sql, CANCELLED).get(params) as { count: number };
  const returns = prepared(sql, RETURNS).get(params) as { count: number; refund: number };
  const taxBands = prepared(sql, TAX_BANDS).all(params) as { rate: number; net: number; tax: number }[];
  const money = new Map((prepared(sql, MONEY).all(params) as MoneyRow[]).map((row) => [row.method, row]));
  const cash = money.get('cash');
  const cashParts = {
    tenderedCents: cash?.tendered ?? 0,
    changeCents: cash?.change ?? 0,
    refundsCents: cash?.refunded ?? 0,
  };

  return {
    store,
    date,
    from,
    to,
    sales: {
      count: sales.count,
      subtotalCents: sales.subtotal,
      discountCents: sales.discount,
      taxCents: sales.tax,
      totalCents: sales.total,
    },
    taxBreakdown: taxBands.map((band) => ({ rateBp: band.rate, netCents: band.net, taxCents: band.tax })),
    pending: { count: pending.count, totalCents: pending.total },
    cancelled: { count: cancelled.count },
    returns: { count: returns.count, refundCents: returns.refund },
    payments: PAYMENT_METHODS.map((method) => {
      const row = money.get(method);
      const paymentsCents = row?.paid ?? 0;
      const refundsCents = row?.refunded ?? 0;
      return { method, paymentsCents, refundsCents, netCents: paymentsCents - refundsCents };
    }),
    cash: { ...cashParts, expectedCents: cashParts.tenderedCents - cashParts.changeCents - cashParts.refundsCents },
  };
}
