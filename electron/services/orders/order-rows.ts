import type Database from 'better-sqlite3';
import type { OrderStatus } from '../../../shared/order-status';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';

export interface NewOrder {
  storeId: number;
  customerId: number | null;
  staffId: number;
  channel: 'till' | 'phone' | 'online';
  status: 'pending' | 'paid';
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  idempotencyKey: string;
}

export interface NewOrderLine {
  productId: number;
  quantity: number;
  unitPriceCents: number;
  discountCents: number;
  taxRateBp: number;
  taxCents: number;
  totalCents: number;
}

/** The store's next order number, read through UQ_orders_store_number (store_id, order_number). */
const NEXT_NUMBER = `SELECT IFNULL(MAX("order_number"), 0) + 1 AS "next" FROM "orders" WHERE "store_id" = ?`;

const INSERT_ORDER = `
  INSERT INTO "orders" ("uid", "store_id", "order_number", "customer_id", "staff_id", "channel", "status",
    "subtotal_cents", "discount_cents", "tax_cents", "total_cents", "idempotency_key", "placed_at", "created_at", "updated_at")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const INSERT_LINE = `
  INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents",
    "tax_rate_bp", "tax_cents", "total_cents")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`;

/** Inserts the order under the store's next number; the database checks that its totals add up. */
export function insertOrder(sql: Database.Database, order: NewOrder, now: Date): number {
  const { next } = prepared(sql, NEXT_NUMBER).get(order.storeId) as { next: number };
  const at = now.toISOString();
  const result = prepared(sql, INSERT_ORDER).run(
    newUid(now.getTime()),
    order.storeId,
    next,
    order.customerId,
    order.staffId,
    order.channel,
    order.status,
    order.subtotalCents,
    order.discountCents,
    order.taxCents,
    order.totalCents,
    order.idempotencyKey,
    at,
    at,
    at,
  );
  return Number(result.lastInsertRowid);
}

/** Lines numbered from 1 in cart order; the database checks each line's total. */
export function insertOrderLines(sql: Database.Database, orderId: number, lines: readonly NewOrderLine[]): void {
  const insert = prepared(sql, INSERT_LINE);
  lines.forEach((line, index) => {
    insert.run(
      orderId,
      index + 1,
      line.productId,
      line.quantity,
      line.unitPriceCents,
      line.discountCents,
      line.taxRateBp,
      line.taxCents,
      line.totalCents,
    );
  });
}

/** One entry of the order's timeline; `from` is null for its creation. */
export function recordStatusChange(
  sql: Database.Database,
  change: { orderId: number; from: OrderStatus | null; to: OrderStatus; staffId: number },
  now: Date,
): void {
  prepared(
    sql,
    `INSERT INTO "order_status_changes" ("order_id", "from_status", "to_status", "staff_id", "changed_at")
     VALUES (?, ?, ?, ?, ?)`,
  ).run(change.orderId, change.from, change.to, change.staffId, now.toISOString());
}

/** What the customer bought, one row per product, for their profile and recommendations. */
export function recordPurchases(
  sql: Database.Database,
  customerId: number,
  orderId: number,
  unitsByProduct: ReadonlyMap<number, number>,
  now: Date,
): void {
  const insert = prepared(
    sql,
    `INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "quantity", "order_id", "occurred_at")
     VALUES (?, ?, 'bought', ?, ?, ?)`,
  );
  const at = now.toISOString();
  for (const [productId, quantity] of unitsByProduct) insert.run(customerId, productId, quantity, orderId, at);
}

export function recordDiscountApproval(
  sql: Database.Database,
  approval: { orderId: number; approvedBy: number; discountBp: number },
  now: Date,
): void {
  prepared(
    sql,
    `INSERT INTO "discount_approvals" ("order_id", "approved_by", "discount_bp", "approved_at") VALUES (?, ?, ?, ?)`,
  ).run(approval.orderId, approval.approvedBy, approval.discountBp, now.toISOString());
}

/** The sale an idempotency key already placed: enough to tell a retry of it from another sale under its key. */
export interface PlacedSale {
  id: number;
  storeId: number;
  orderNumber: number;
  customerId: number | null;
  totalCents: number;
  /** The status it was placed with; it may have moved on since. */
  placedAs: OrderStatus;
  /** In cart order. */
  lines: { productId: number; quantity: number }[];
}

const PLACED_SALE = `
  SELECT o."id", o."store_id", o."order_number", o."customer_id", o."total_cents",
         IFNULL(s."to_status", o."status") AS "placed_as"
  FROM "orders" o LEFT JOIN "order_status_changes" s ON s."order_id" = o."id" AND s."from_status" IS NULL
  WHERE o."idempotency_key" = ?`;

/** The sale an idempotency key already placed, if any. */
export function orderByIdempotencyKey(sql: Database.Database, key: string): PlacedSale | undefined {
  const row = prepared(sql, PLACED_SALE).get(key) as
    | {
        id: number;
        store_id: number;
        order_number: number;
        customer_id: number | null;
        total_cents: number;
        placed_as: OrderStatus;
      }
    | undefined;
  if (!row) return undefined;
  const lines = prepared(
    sql,
    `SELECT "product_id" AS "productId", "quantity" FROM "order_lines" WHERE "order_id" = ? ORDER BY "line_no"`,
  ).all(row.id) as { productId: number; quantity: number }[];
  return {
    id: row.id,
    storeId: row.store_id,
    orderNumber: row.order_number,
    customerId: row.customer_id,
    totalCents: row.total_cents,
    placedAs: row.placed_as,
    lines,
  };
}
