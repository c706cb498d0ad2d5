import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { beforeMigration } from '../../helpers/migration-step';

describe('migration 0007: sync outbox', () => {
  it('coalesces the pending changes of the old outbox per record, keeping their order', async () => {
    const step = await beforeMigration('SyncOutbox1764600000000');
    try {
      const before = step.before;
      const old = sqliteOf(before);
      // The old triggers write one outbox row per change.
      const brand = (name: string) => {
        const uid = newUid();
        old.prepare('INSERT INTO brands (uid, name) VALUES (?, ?)').run(uid, name);
        return uid;
      };
      const rename = (uid: string) => old.prepare(`UPDATE brands SET name = name || '!' WHERE uid = ?`).run(uid);
      const remove = (uid: string) => old.prepare('DELETE FROM brands WHERE uid = ?').run(uid);
      const pushAll = () => old.prepare(`UPDATE sync_outbox SET pushed_at = '2026-11-01T00:00:00Z'`).run();

      const sentThenDeleted = brand('Sent then deleted');
      const sentThenRenamed = brand('Sent then renamed');
      pushAll();
      remove(sentThenDeleted);
      rename(sentThenRenamed);
      const neverSent = brand('Never sent');
      rename(neverSent);
      const createdAndDeleted = brand('Created and deleted');
      remove(createdAndDeleted);

      const store = old.prepare(`INSERT INTO stores (uid, code, name) VALUES (?, 'S1', 'S1')`).run(newUid());
      const staff = old
        .prepare(
          `INSERT INTO staff_members (uid, store_id, username, display_name, role, password_hash) VALUES (?, ?, 'a', 'A', 'clerk', 'x')`,
        )
        .run(newUid(), store.lastInsertRowid);
      const orderUid = newUid();
      const order = old
        .prepare(
          `INSERT INTO orders (uid, store_id, order_number, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
           VALUES (?, ?, 1, ?, 'paid', 500, 0, 500, '2026-11-25T10:00:00Z')`,
        )
        .run(orderUid, store.lastInsertRowid, staff.lastInsertRowid);
      const product = old
        .prepare(`INSERT INTO products (uid, sku, name, price_cents) VALUES (?, 'P1', 'P1', 500)`)
        .run(newUid());
      const movementUid = newUid();
      old
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, occurred_at) VALUES (?, ?, ?, 'receipt', 5, '2026-11-25T09:00:00Z')`,
        )
        .run(movementUid, store.lastInsertRowid, product.lastInsertRowid);
      old
        .prepare(`INSERT INTO payments (uid, order_id, method, amount_cents) VALUES (?, ?, 'card', 500)`)
        .run(newUid(), order.lastInsertRowid);
      const lastOldId = old.prepare('SELECT MAX(id) FROM sync_outbox').pluck().get() as number;

      const after = await step.migrate();
      const sql = sqliteOf(after);
      const rows = sql.prepare('SELECT seq, entity, entity_uid AS uid, op FROM sync_outbox ORDER BY seq').all();
      expect(rows).toEqual([
        { seq: expect.any(Number), entity: 'brands', uid: sentThenDeleted, op: 'delete' },
        { seq: expect.any(Number), entity: 'brands', uid: sentThenRenamed, op: 'update' },
        { seq: expect.any(Number), entity: 'brands', uid: neverSent, op: 'insert' },
        { seq: expect.any(Number), entity: 'stores', uid: expect.any(String), op: 'insert' },
        { seq: expect.any(Number), entity: 'staff_members', uid: expect.any(String), op: 'insert' },
        { seq: expect.any(Number), entity: 'products', uid: expect.any(String), op: 'insert' },
        { seq: expect.any(Number), entity: 'stock_movements', uid: movementUid, op: 'insert' },
        // The payment came last: the order it belongs to takes its place.
        { seq: lastOldId, entity: 'orders', uid: orderUid, op: 'insert' },
      ]);

      // New changes continue after the old ids, through the new triggers.
      expect(sql.prepare('SELECT last_seq FROM sync_state').pluck().get()).toBe(lastOldId);
      sql.prepare(`UPDATE brands SET name = 'Renamed again' WHERE uid = ?`).run(neverSent);
      expect(sql.prepare('SELECT seq, op FROM sync_outbox WHERE entity_uid = ?').get(neverSent)).toEqual({
        seq: lastOldId + 1,
        op: 'insert',
      });
    } finally {
      await step.dispose();
    }
  });
});
