import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { insertClerk, insertStore } from './raw-rows';

describe('integrity rules in the database', () => {
  let db: TempDatabase;
  let sql: ReturnType<typeof sqliteOf>;
  beforeEach(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
  });
  afterEach(async () => {
    await db.dispose();
  });

  function insertOrder(status: string): number {
    const store = insertStore(sql, 'S1');
    const staff = insertClerk(sql, store, 'a');
    return Number(
      sql
        .prepare(
          `INSERT INTO orders (uid, store_id, order_number, staff_id, status, subtotal_cents, discount_cents, tax_cents, total_cents, placed_at)
           VALUES (?, ?, 1, ?, ?, 1000, 100, 74, 974, '2026-11-25T10:00:00Z')`,
        )
        .run(newUid(), store, staff, status).lastInsertRowid,
    );
  }

  it('follows the order lifecycle defined in shared/order-status', () => {
    const order = insertOrder('pending');
    const setStatus = (status: string) => sql.prepare('UPDATE orders SET status = ? WHERE id = ?').run(status, order);
    expect(() => setStatus('delivered')).toThrow(/not allowed/);
    setStatus('paid');
    setStatus('fulfilled');
    expect(() => setStatus('cancelled')).toThrow(/not allowed/);
    setStatus('delivered');
  });

  it('refuses an order that starts beyond pending or paid', () => {
    expect(() => insertOrder('delivered')).toThrow(/pending or paid/);
  });

  it('refuses totals that do not add up', () => {
    const order = insertOrder('paid');
    expect(() => sql.prepare('UPDATE orders SET total_cents = 975 WHERE id = ?').run(order)).toThrow(
      /CHECK constraint/,
    );
  });

  it('keeps the audit log append-only', () => {
    sql.prepare(`INSERT INTO audit_log (action, result) VALUES ('x.y', 'ok')`).run();
    expect(() => sql.prepare(`UPDATE audit_log SET result = 'error'`).run()).toThrow(/append-only/);
    expect(() => sql.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('queues a changed syncable row in the outbox once, by its global identity', () => {
    const uid = newUid();
    sql.prepare(`INSERT INTO brands (uid, name) VALUES (?, 'Acme')`).run(uid);
    sql.prepare(`UPDATE brands SET name = 'Acme Foods' WHERE uid = ?`).run(uid);
    expect(sql.prepare('SELECT entity, entity_uid, op FROM sync_outbox ORDER BY seq').all()).toEqual([
      { entity: 'brands', entity_uid: uid, op: 'insert' },
    ]);
    // Deleted before any push read it: nothing left to send.
    sql.prepare(`DELETE FROM brands WHERE uid = ?`).run(uid);
    expect(sql.prepare('SELECT COUNT(*) FROM sync_outbox').pluck().get()).toBe(0);
  });

  it('refuses product attributes that are not a JSON object, and duplicate SKUs in any case', () => {
    const insert = (sku: string, attributes: string) =>
      sql
        .prepare(`INSERT INTO products (uid, sku, name, price_cents, attributes) VALUES (?, ?, 'Milk', 100, ?)`)
        .run(newUid(), sku, attributes);
    expect(() => insert('A1', '[1,2]')).toThrow(/CHECK constraint/);
    expect(() => insert('A1', '{not json')).toThrow(/CHECK constraint/);
    insert('A1', '{"fat": "2%"}');
    expect(() => insert('a1', '{}')).toThrow(/UNIQUE constraint/);
  });

  it('refuses sibling categories with the same name but allows it under another parent', () => {
    const add = (name: string, parent: number | null) =>
      Number(
        sql.prepare(`INSERT INTO categories (uid, name, parent_id) VALUES (?, ?, ?)`).run(newUid(), name, parent)
          .lastInsertRowid,
      );
    const dairy = add('Dairy', null);
    const bakery = add('Bakery', null);
    add('Organic', dairy);
    add('Organic', bakery);
    expect(() => add('organic', dairy)).toThrow(/UNIQUE constraint/);
    expect(() => add('DAIRY', null)).toThrow(/UNIQUE constraint/);
  });

  it('keeps product search in step with renames', () => {
    const brand = sql.prepare(`INSERT INTO brands (uid, name) VALUES (?, 'Greenfield')`).run(newUid()).lastInsertRowid;
    sql
      .prepare(`INSERT INTO products (uid, sku, name, price_cents, brand_id) VALUES (?, 'M1', 'Whole Milk', 100, ?)`)
      .run(newUid(), brand);
    const search = (q: string) => sql.prepare(`SELECT rowid FROM product_search WHERE product_search MATCH ?`).all(q);
    expect(search('"green"*')).toHaveLength(1);
    sql.prepare(`UPDATE brands SET name = 'Bluefield' WHERE id = ?`).run(brand);
    expect(search('"green"*')).toHaveLength(0);
    expect(search('"blue"*')).toHaveLength(1);
  });
});
