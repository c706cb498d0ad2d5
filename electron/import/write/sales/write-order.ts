import type Database from 'better-sqlite3';
import { newUid } from '../../../../database/ids';
import type { PlannedOrder } from './plan-order';

const INSERT_ORDER = `
  INSERT INTO "orders" ("uid", "store_id", "order_number", "customer_id", "staff_id", "channel", "status",
    "subtotal_cents", "discount_cents", "tax_cents", "total_cents", "placed_at", "created_at", "updated_at", "external_ref")
  VALUES (?, ?, ?, ?, ?, 'till', ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const INSERT_LINE = `
  INSERT INTO "order_lines" ("order_id", "line_no", "product_id", "quantity", "unit_price_cents", "discount_cents",
    "discount_bp", "tax_rate_bp", "tax_cents", "total_cents")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

const INSERT_STATUS_CHANGE = `
  INSERT INTO "order_status_changes" ("order_id", "from_status", "to_status", "staff_id", "changed_at") VALUES (?, ?, ?, ?, ?)`;

const INSERT_PAYMENT = `
  INSERT INTO "payments" ("uid", "order_id", "method", "kind", "amount_cents", "created_at") VALUES (?, ?, ?, 'payment', ?, ?)`;

const INSERT_PURCHASE = `
  INSERT INTO "customer_interactions" ("customer_id", "product_id", "kind", "quantity", "order_id", "occurred_at")
  VALUES (?, ?, 'bought', ?, ?, ?)`;

/** The way from 'paid' to each later status, as the order lifecycle allows it. */
const LATER_STEPS = { paid: [], pending: [], fulfilled: ['fulfilled'], delivered: ['fulfilled', 'delivered'] } as const;

/**
 * Writes imported orders with statements prepared once, as the till writes a sale but without
 * touching stock: history already happened, and today's stock is what the shelves hold (a
 * stock-levels import or a count sets it). The database's triggers keep sale_lines,
 * customer_totals and the sync outbox, which holds one row per order however many lines it has.
 */
export class OrderWriter {
  private readonly insertOrder: Database.Statement;
  private readonly insertLine: Database.Statement;
  private readonly insertStatusChange: Database.Statement;
  private readonly insertPayment: Database.Statement;
  private readonly insertPurchase: Database.Statement;
  private readonly advanceStatus: Database.Statement;
  private readonly highestNumber: Database.Statement;
  private readonly nextNumbers = new Map<number, number>();
  private readonly nowMs: number;

  constructor(
    sql: Database.Database,
    private readonly now: string,
  ) {
    this.nowMs = Date.parse(now);
    this.insertOrder = sql.prepare(INSERT_ORDER);
    this.insertLine = sql.prepare(INSERT_LINE);
    this.insertStatusChange = sql.prepare(INSERT_STATUS_CHANGE);
    this.insertPayment = sql.prepare(INSERT_PAYMENT);
    this.insertPurchase = sql.prepare(INSERT_PURCHASE);
    this.advanceStatus = sql.prepare('UPDATE "orders" SET "status" = ? WHERE "id" = ?');
    this.highestNumber = sql
      .prepare('SELECT IFNULL(MAX("order_number"), 0) FROM "orders" WHERE "store_id" = ?')
      .pluck();
  }

  /** Numbers continue after the store's highest, read once per store and counted in memory after. */
  private nextNumber(storeId: number): number {
    const next = this.nextNumbers.get(storeId) ?? (this.highestNumber.get(storeId) as number) + 1;
    this.nextNumbers.set(storeId, next + 1);
    return next;
  }

  write(order: PlannedOrder): void {
    const at = order.placedAt;
    // A new order is pending or paid (a trigger says so); later statuses are reached step by step below.
    const initial = order.status === 'pending' ? 'pending' : 'paid';
    const orderId = Number(
      this.insertOrder.run(
        newUid(this.nowMs),
        order.store.id,
        this.nextNumber(order.store.id),
        order.customerId,
        order.staffId,
        initial,
        order.subtotalCents,
        order.discountCents,
        order.taxCents,
        order.totalCents,
        at,
        this.now,
        this.now,
        order.ref,
      ).lastInsertRowid,
    );
    order.lines.forEach((line, index) => {
      this.insertLine.run(
        orderId,
        index + 1,
        line.productId,
        line.quantity,
        line.unitPriceCents,
        line.discountCents,
        line.discountBp,
        line.taxRateBp,
        line.taxCents,
        line.totalCents,
      );
    });
    this.insertStatusChange.run(orderId, null, initial, order.staffId, at);
    if (order.paymentMethod !== null && order.totalCents > 0) {
      this.insertPayment.run(newUid(this.nowMs), orderId, order.paymentMethod, order.totalCents, at);
    }
    let from: string = initial;
    for (const to of LATER_STEPS[order.status]) {
      this.advanceStatus.run(to, orderId);
      this.insertStatusChange.run(orderId, from, to, order.staffId, at);
      from = to;
    }
    if (order.customerId !== null) this.recordPurchases(order.customerId, orderId, order);
  }

  /** What the customer bought, one row per product, as a sale at the till records it. */
  private recordPurchases(customerId: number, orderId: number, order: PlannedOrder): void {
    const units = new Map<number, number>();
    for (const line of order.lines) units.set(line.productId, (units.get(line.productId) ?? 0) + line.quantity);
    for (const [productId, quantity] of units) {
      this.insertPurchase.run(customerId, productId, quantity, orderId, order.placedAt);
    }
  }
}
