import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { entities } from '../../../database/entities';
import { newUid } from '../../../database/ids';
import { migrations } from '../../../database/migrations';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { insertClerk, insertStore } from './raw-rows';

type Sql = ReturnType<typeof sqliteOf>;

/** A store, a clerk, a product with stock and one paid order of 3 units at $2.00; returns the ids. */
function sellThree(sql: Sql) {
  const store = insertStore(sql, 'S1');
  const staff = insertClerk(sql, store, 'c');
  const product = sql
    .prepare(`INSERT INTO products (uid, sku, name, price_cents) VALUES (?, 'P1', 'Bread', 200)`)
    .run(newUid()).lastInsertRowid;
  const customer = sql
    .prepare(`INSERT INTO customers (uid, first_name, last_name) VALUES (?, 'Ann', 'Lee')`)
    .run(newUid()).lastInsertRowid;
  const order = sql
    .prepare(
      `INSERT INTO orders (uid, store_id, order_number, customer_id, staff_id, status, subtotal_cents, tax_cents, total_cents, placed_at)
       VALUES (?, ?, 1, ?, ?, 'paid', 600, 0, 600, '2026-11-25T10:00:00Z')`,
    )
    .run(newUid(), store, customer, staff).lastInsertRowid;
  const line = sql
    .prepare(
      `INSERT INTO order_lines (order_id, line_no, product_id, quantity, unit_price_cents, tax_rate_bp, tax_cents, total_cents)
       VALUES (?, 1, ?, 3, 200, 0, 0, 600)`,
    )
    .run(order, product).lastInsertRowid;
  sql
    .prepare(`INSERT INTO payments (uid, order_id, method, amount_cents) VALUES (?, ?, 'card', 600)`)
    .run(newUid(), order);
  return { store, staff, product, customer, order, line };
}

describe('sales and customers schema (migration 0002)', () => {
  let db: TempDatabase;
  let sql: Sql;
  beforeEach(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
  });
  afterEach(async () => {
    await db.dispose();
  });

  const returnLine = (order: number | bigint, line: number | bigint, staff: number | bigint, quantity: number) => {
    const ret = sql
      .prepare(
        `INSERT INTO order_returns (uid, order_id, staff_id, refund_to, refund_cents) VALUES (?, ?, ?, 'original', ?)`,
      )
      .run(newUid(), order, staff, quantity * 200).lastInsertRowid;
    sql
      .prepare(
        `INSERT INTO order_return_lines (return_id, order_line_id, quantity, restock, refund_cents) VALUES (?, ?, ?, 1, ?)`,
      )
      .run(ret, line, quantity, quantity * 200);
  };

  it('never lets more come back than was sold, across several returns', () => {
    const { order, line, staff } = sellThree(sql);
    returnLine(order, line, staff, 2);
    expect(() => returnLine(order, line, staff, 2)).toThrow(/more would come back than was sold/);
    returnLine(order, line, staff, 1);
  });

  it('never refunds more than was paid', () => {
    const { order } = sellThree(sql);
    const refund = (cents: number) =>
      sql
        .prepare(`INSERT INTO payments (uid, order_id, method, kind, amount_cents) VALUES (?, ?, 'card', 'refund', ?)`)
        .run(newUid(), order, cents);
    refund(400);
    expect(() => refund(201)).toThrow(/refunds cannot exceed what was paid/);
    refund(200);
  });

  it('keeps store credit at or above zero', () => {
    const { customer } = sellThree(sql);
    const credit = (cents: number, reason: string) =>
      sql
        .prepare(`INSERT INTO store_credit_entries (uid, customer_id, amount_cents, reason) VALUES (?, ?, ?, ?)`)
        .run(newUid(), customer, cents, reason);
    credit(500, 'refund');
    credit(-300, 'redeemed');
    expect(() => credit(-201, 'redeemed')).toThrow(/store credit cannot go below zero/);
    expect(() => sql.prepare('DELETE FROM store_credit_entries').run()).toThrow(/append-only/);
  });
});

describe('migrating a version 1 file to version 2', () => {
  it('keeps its rows and adds the new rules', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'backroom-migrate-'));
    const path = join(folder, 'backroom.sqlite');
    try {
      const v1 = new DataSource({
        type: 'better-sqlite3',
        database: path,
        entities,
        migrations: migrations.slice(0, 1),
      });
      await v1.initialize();
      await v1.runMigrations();
      const ids = sellThree(sqliteOf(v1));
      await v1.destroy();

      const v2 = new DataSource({ type: 'better-sqlite3', database: path, entities, migrations });
      await v2.initialize();
      const ran = await v2.runMigrations({ transaction: 'each' });
      expect(ran.map((migration) => migration.name)).toEqual(
        migrations.slice(1).map((migration) => new migration().name),
      );
      const sql = sqliteOf(v2);
      expect(sql.prepare('SELECT total_cents FROM orders WHERE id = ?').get(ids.order)).toEqual({ total_cents: 600 });
      expect(() =>
        sql
          .prepare(
            `INSERT INTO payments (uid, order_id, method, kind, amount_cents) VALUES (?, ?, 'card', 'refund', 601)`,
          )
          .run(newUid(), ids.order),
      ).toThrow(/refunds cannot exceed/);
      await v2.destroy();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
