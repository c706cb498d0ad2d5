import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { loadCustomerProfile } from '../../../electron/services/customers/customer-profile';
import { topCustomers } from '../../../electron/services/customers/top-customers';
import { beforeMigration } from '../../helpers/migration-step';

const PRICE = 100;

/** Rows as the writers before migration 0027 left them: orders, their lines, interactions. */
function oldWriter(sql: Database.Database) {
  const insert = (text: string, ...params: unknown[]) => Number(sql.prepare(text).run(...params).lastInsertRowid);
  const storeId = insert(`INSERT INTO stores (uid, code, name) VALUES (?, 'MAIN', 'Main')`, newUid());
  const staffId = insert(
    `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, 'ada', 'Ada', 'admin', 'x')`,
    newUid(),
    storeId,
  );
  let orderNumber = 0;
  let minute = 0;
  const at = () => new Date(Date.UTC(2026, 9, 1, 12, minute++)).toISOString();
  return {
    product: (sku: string) =>
      insert(`INSERT INTO products (uid, sku, name, price_cents) VALUES (?, ?, ?, ?)`, newUid(), sku, sku, PRICE),
    customer: (name: string, archivedAt: string | null = null) =>
      insert(
        `INSERT INTO customers (uid, first_name, last_name, archived_at) VALUES (?, ?, 'Old', ?)`,
        newUid(),
        name,
        archivedAt,
      ),
    /** An order of one unit per product given (a product may come twice), moved on through `statuses`. */
    order(customerId: number | null, productIds: number[], statuses: string[] = []): number {
      const total = productIds.length * PRICE;
      const initial = statuses[0] === 'pending' ? 'pending' : 'paid';
      const orderId = insert(
        `INSERT INTO orders (uid, store_id, order_number, customer_id, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
        newUid(),
        storeId,
        ++orderNumber,
        customerId,
        staffId,
        initial,
        total,
        total,
        at(),
      );
      productIds.forEach((productId, index) =>
        insert(
          `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents, tax_rate_bp, tax_cents, total_cents)
           VALUES (?, ?, ?, 1, ?, 0, 0, ?)`,
          orderId,
          index + 1,
          productId,
          PRICE,
          PRICE,
        ),
      );
      for (const status of statuses.slice(initial === 'pending' ? 1 : 0)) {
        sql.prepare('UPDATE orders SET status = ? WHERE id = ?').run(status, orderId);
      }
      return orderId;
    },
    interaction(customerId: number, productId: number, kind: string, orderId: number | null = null): void {
      insert(
        `INSERT INTO customer_interactions (customer_id, product_id, kind, rating, order_id, occurred_at) VALUES (?, ?, ?, ?, ?, ?)`,
        customerId,
        productId,
        kind,
        kind === 'rated' ? 4 : null,
        orderId,
        at(),
      );
    },
  };
}

describe('migration 0027: customer interaction totals', () => {
  it('counts what a file already holds as the profile does, then keeps the count by trigger', async () => {
    const step = await beforeMigration('CustomerInteractionTotals1766700000000');
    try {
      const old = oldWriter(sqliteOf(step.before));
      const [milk, bread, tea] = [old.product('MILK'), old.product('BREAD'), old.product('TEA')];
      const ann = old.customer('Ann');
      const ben = old.customer('Ben');
      const cy = old.customer('Cy');
      const dee = old.customer('Dee');
      const eve = old.customer('Eve', '2026-10-20T00:00:00.000Z');

      // Ann: milk twice and bread in one sale, recorded as placement does (2 purchases); two looks
      // and a rating; a cancelled order and its recorded purchase (none).
      const annSale = old.order(ann, [milk, milk, bread]);
      old.interaction(ann, milk, 'bought', annSale);
      old.interaction(ann, bread, 'bought', annSale);
      old.interaction(ann, tea, 'viewed');
      old.interaction(ann, tea, 'viewed');
      old.interaction(ann, tea, 'rated');
      const annCancelled = old.order(ann, [tea], ['cancelled']);
      old.interaction(ann, tea, 'bought', annCancelled);
      // Ben: a delivered order written without interaction rows (demo data, an import) and a
      // purchase imported without an order: 3.
      old.order(ben, [tea, milk], ['fulfilled', 'delivered']);
      old.interaction(ben, bread, 'bought');
      // Cy: a pending order (no purchase yet) and a cart: 1.
      const cyPending = old.order(cy, [bread], ['pending']);
      old.interaction(cy, bread, 'bought', cyPending);
      old.interaction(cy, milk, 'added_to_cart');
      // Eve, archived, bought tea: counted, though not ranked. Nobody's sale counts for no one.
      old.order(eve, [tea]);
      old.order(null, [milk, bread]);

      const sql = sqliteOf(await step.migrate());
      const kept = () =>
        sql
          .prepare(`SELECT customer_id, interaction_count FROM customer_interaction_totals ORDER BY customer_id`)
          .all();
      expect(kept()).toEqual([
        { customer_id: ann, interaction_count: 5 },
        { customer_id: ben, interaction_count: 3 },
        { customer_id: cy, interaction_count: 1 },
        { customer_id: eve, interaction_count: 1 },
      ]);
      const profileSum = (id: number) =>
        Object.values(loadCustomerProfile(sql, id).interactionCounts).reduce((sum, count) => sum + count, 0);
      expect([ann, ben, cy, dee, eve].map(profileSum)).toEqual([5, 3, 1, 0, 1]);
      const ranked = () =>
        topCustomers(sql, { by: 'interactions', limit: 10 }).items.map((row) => [row.firstName, row.interactionCount]);
      expect(ranked()).toEqual([
        ['Ann', 5],
        ['Ben', 3],
        ['Cy', 1],
      ]);

      // Cy's order is paid: its bread becomes a purchase. Dee's first look gives her a row.
      sql.prepare(`UPDATE orders SET status = 'paid' WHERE id = ?`).run(cyPending);
      sql
        .prepare(
          `INSERT INTO customer_interactions (customer_id, product_id, kind, occurred_at) VALUES (?, ?, 'viewed', '2026-11-01T00:00:00.000Z')`,
        )
        .run(dee, milk);
      expect(ranked()).toEqual([
        ['Ann', 5],
        ['Ben', 3],
        ['Cy', 2],
        ['Dee', 1],
      ]);
    } finally {
      await step.dispose();
    }
  });
});
