import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration } from '../../helpers/migration-step';

describe('migration 0005: store-local sales', () => {
  it('gives existing stores UTC and backfills customer totals and sale lines by the sale definition', async () => {
    const step = await beforeMigration('StoreLocalSales1764400000000');
    try {
      const before = step.before;
      const sql = sqliteOf(before);
      const store = Number(
        sql.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'MAIN', 'Main')`).run(newUid()).lastInsertRowid,
      );
      const staff = Number(
        sql
          .prepare(
            `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, 'ada', 'Ada', 'admin', 'x')`,
          )
          .run(newUid(), store).lastInsertRowid,
      );
      const product = Number(
        sql
          .prepare(
            `INSERT INTO products (uid, sku, name, price_cents, allow_backorder) VALUES (?, 'S1', 'Soap', 500, 1)`,
          )
          .run(newUid()).lastInsertRowid,
      );
      const ann = Number(
        sql.prepare(`INSERT INTO customers (uid, first_name, last_name) VALUES (?, 'Ann', 'Lee')`).run(newUid())
          .lastInsertRowid,
      );
      let number = 0;
      const order = (status: string, quantity: number, placedAt: string) => {
        const total = quantity * 500;
        const id = Number(
          sql
            .prepare(
              `INSERT INTO orders (uid, store_id, order_number, customer_id, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
            )
            .run(newUid(), store, ++number, ann, staff, status, total, total, placedAt).lastInsertRowid,
        );
        const line = Number(
          sql
            .prepare(
              `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents, tax_rate_bp, tax_cents, total_cents)
               VALUES (?, 1, ?, ?, 500, 0, 0, ?)`,
            )
            .run(id, product, quantity, total).lastInsertRowid,
        );
        return { id, line };
      };
      const giveBack = (sold: { id: number; line: number }, quantity: number) => {
        const returnId = sql
          .prepare(
            `INSERT INTO order_returns (uid, order_id, staff_id, refund_to, refund_cents) VALUES (?, ?, ?, 'original', ?)`,
          )
          .run(newUid(), sold.id, staff, quantity * 500).lastInsertRowid;
        sql
          .prepare(
            `INSERT INTO order_return_lines (return_id, order_line_id, quantity, restock, refund_cents) VALUES (?, ?, ?, 0, ?)`,
          )
          .run(returnId, sold.line, quantity, quantity * 500);
      };
      const partlyReturned = order('paid', 3, '2026-11-02T10:00:00.000Z');
      giveBack(partlyReturned, 1);
      const delivered = order('paid', 2, '2026-11-05T10:00:00.000Z');
      for (const status of ['fulfilled', 'delivered']) {
        sql.prepare('UPDATE orders SET status = ? WHERE id = ?').run(status, delivered.id);
      }
      order('pending', 4, '2026-11-06T10:00:00.000Z');
      const cancelled = order('paid', 5, '2026-11-01T10:00:00.000Z');
      giveBack(cancelled, 5);
      sql.prepare(`UPDATE orders SET status = 'cancelled' WHERE id = ?`).run(cancelled.id);

      const after = await step.migrate();
      const migrated = sqliteOf(after);
      expect(migrated.prepare('SELECT time_zone FROM stores').pluck().all()).toEqual(['UTC']);
      // Paid 3 less 1 back, and 2 delivered: not the pending order, not the cancelled one.
      expect(migrated.prepare('SELECT * FROM customer_totals').all()).toEqual([
        {
          customer_id: ann,
          spend_cents: 2_000,
          order_count: 2,
          first_purchase_at: '2026-11-02T10:00:00.000Z',
          last_purchase_at: '2026-11-05T10:00:00.000Z',
        },
      ]);
      expect(migrated.prepare('SELECT placed_at, quantity FROM sale_lines ORDER BY placed_at').all()).toEqual([
        { placed_at: '2026-11-02T10:00:00.000Z', quantity: 2 },
        { placed_at: '2026-11-05T10:00:00.000Z', quantity: 2 },
      ]);
      expect(() => migrated.prepare(`UPDATE stores SET time_zone = '  '`).run()).toThrow(/CHECK/);
    } finally {
      await step.dispose();
    }
  });
});
