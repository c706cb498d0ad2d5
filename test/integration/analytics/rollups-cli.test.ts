import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backroom } from '../../helpers/cli';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory } from './trade-world';

const TABLES = [
  'sales_store_days',
  'sales_store_hours',
  'sales_store_payments',
  'sales_product_days',
  'sales_product_months',
];

describe('backroom rollups rebuild', () => {
  let db: TempDatabase;
  let sql: Database.Database;

  beforeAll(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
    const store = Number(
      sql.prepare(`INSERT INTO "stores" ("uid", "code", "name") VALUES (?, 'ONE', 'One')`).run(newUid())
        .lastInsertRowid,
    );
    const staff = Number(
      sql
        .prepare(
          `INSERT INTO "staff_members" ("uid", "store_id", "username", "display_name", "password_hash", "role") VALUES (?, ?, 'ada', 'Ada', 'x', 'admin')`,
        )
        .run(newUid(), store).lastInsertRowid,
    );
    const product = Number(
      sql
        .prepare(
          `INSERT INTO "products" ("uid", "sku", "name", "price_cents", "cost_cents") VALUES (?, 'P1', 'One', 1234, 500)`,
        )
        .run(newUid()).lastInsertRowid,
    );
    sql.transaction(() =>
      writeHistory(sql, new SeededRandom('3'), {
        stores: [{ id: store, zone: 'UTC' }],
        products: [product],
        staffId: staff,
        orders: 60,
      }),
    )();
  });
  afterAll(async () => {
    await db.dispose();
  });

  const rows = () =>
    Object.fromEntries(TABLES.map((table) => [table, sql.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2, 3`).all()]));

  it('puts back what a writer around the triggers left out, in one transaction', async () => {
    const kept = rows();
    expect(kept.sales_store_days!.length).toBeGreaterThan(5);
    for (const table of TABLES) sql.prepare(`DELETE FROM "${table}"`).run();

    const { code, out } = await backroom('rollups', 'rebuild', '--db', db.path);
    expect(code).toBe(0);
    expect(out).toMatch(/Rebuilt in .*sales_store_days \d+/);
    expect(rows()).toEqual(kept);
  });

  it('refuses an unknown action with the usage', async () => {
    const { code, err } = await backroom('rollups', 'repair', '--db', db.path);
    expect(code).toBe(2);
    expect(err).toMatch(/only action is "rebuild"/);
  });
});
