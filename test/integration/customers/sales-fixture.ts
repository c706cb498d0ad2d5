import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import type { TestBackroom } from '../../helpers/backroom';

export interface LineSpec {
  productId: number;
  quantity: number;
  unitPriceCents: number;
}

/**
 * Sales history written straight into the tables (the orders channels belong to another
 * domain), each row as the sales code would leave it: totals that add up, statuses through the
 * allowed transitions, returns within what was sold.
 */
export class SalesFixture {
  readonly sql: Database.Database;

  constructor(
    t: TestBackroom,
    readonly storeId: number,
    readonly staffId: number,
  ) {
    this.sql = sqliteOf(t.backroom.dataSource);
  }

  category(name: string): number {
    return this.insert('INSERT INTO categories (uid, name) VALUES (?, ?)', newUid(), name);
  }

  product(name: string, categoryId: number | null = null): number {
    const sku = `SKU-${name.replace(/\W/g, '').slice(0, 20)}-${Math.random().toString(36).slice(2, 8)}`;
    return this.insert(
      'INSERT INTO products (uid, sku, name, category_id, price_cents) VALUES (?, ?, ?, ?, 100)',
      newUid(),
      sku,
      name,
      categoryId,
    );
  }

  customer(
    firstName: string,
    lastName: string,
    extra: { email?: string; phone?: string; archivedAt?: string } = {},
  ): number {
    return this.insert(
      'INSERT INTO customers (uid, first_name, last_name, email, phone, archived_at) VALUES (?, ?, ?, ?, ?, ?)',
      newUid(),
      firstName,
      lastName,
      extra.email ?? null,
      extra.phone ?? null,
      extra.archivedAt ?? null,
    );
  }

  /** A paid order (or cancelled after payment) with one line per spec; returns its id and line ids. */
  order(
    customerId: number | null,
    placedAt: string,
    lines: readonly LineSpec[],
    status: 'paid' | 'cancelled' = 'paid',
  ): { orderId: number; lineIds: number[] } {
    const total = lines.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0);
    const number = this.sql
      .prepare('SELECT IFNULL(MAX(order_number), 0) + 1 FROM orders WHERE store_id = ?')
      .pluck()
      .get(this.storeId) as number;
    const orderId = this.insert(
      `INSERT INTO orders (uid, store_id, order_number, customer_id, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
       VALUES (?, ?, ?, ?, ?, 'paid', ?, 0, ?, ?)`,
      newUid(),
      this.storeId,
      number,
      customerId,
      this.staffId,
      total,
      total,
      placedAt,
    );
    const lineIds = lines.map((line, index) =>
      this.insert(
        `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents, tax_rate_bp, tax_cents, total_cents)
         VALUES (?, ?, ?, ?, ?, 0, 0, ?)`,
        orderId,
        index + 1,
        line.productId,
        line.quantity,
        line.unitPriceCents,
        line.quantity * line.unitPriceCents,
      ),
    );
    this.sql
      .prepare(`INSERT INTO payments (uid, order_id, method, amount_cents) VALUES (?, ?, 'card', ?)`)
      .run(newUid(), orderId, total);
    if (status === 'cancelled') this.sql.prepare(`UPDATE orders SET status = 'cancelled' WHERE id = ?`).run(orderId);
    return { orderId, lineIds };
  }

  /** A return of `quantity` units of one line, refunded in full to the card or as store credit. */
  returnLine(
    orderId: number,
    lineId: number,
    quantity: number,
    refundCents: number,
    refundTo: 'original' | 'store_credit' = 'original',
  ): number {
    const returnId = this.insert(
      `INSERT INTO order_returns (uid, order_id, staff_id, refund_to, refund_cents, note) VALUES (?, ?, ?, ?, ?, 'Damaged')`,
      newUid(),
      orderId,
      this.staffId,
      refundTo,
      refundCents,
    );
    this.sql
      .prepare(
        'INSERT INTO order_return_lines (return_id, order_line_id, quantity, restock, refund_cents) VALUES (?, ?, ?, 0, ?)',
      )
      .run(returnId, lineId, quantity, refundCents);
    return returnId;
  }

  credit(customerId: number, amountCents: number, reason: 'refund' | 'redeemed' | 'adjustment' = 'refund'): void {
    this.sql
      .prepare('INSERT INTO store_credit_entries (uid, customer_id, amount_cents, reason) VALUES (?, ?, ?, ?)')
      .run(newUid(), customerId, amountCents, reason);
  }

  interaction(
    customerId: number,
    productId: number,
    kind: string,
    occurredAt: string,
    rating: number | null = null,
  ): void {
    this.sql
      .prepare(
        'INSERT INTO customer_interactions (customer_id, product_id, kind, rating, occurred_at) VALUES (?, ?, ?, ?, ?)',
      )
      .run(customerId, productId, kind, rating, occurredAt);
  }

  private insert(text: string, ...params: unknown[]): number {
    return Number(this.sql.prepare(text).run(...params).lastInsertRowid);
  }
}

/** An ISO timestamp `days` days before `now`. */
export function daysBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}
