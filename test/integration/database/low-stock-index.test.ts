import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';
import { insertStore } from './raw-rows';

describe('effective reorder point and the low-stock index', () => {
  let db: TempDatabase;
  let sql: ReturnType<typeof sqliteOf>;
  beforeEach(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
  });
  afterEach(async () => {
    await db.dispose();
  });

  const store = (code: string) => insertStore(sql, code);
  const effective = (storeId: number, productId: number) =>
    (
      sql
        .prepare(`SELECT effective_reorder_point AS e FROM stock_levels WHERE store_id = ? AND product_id = ?`)
        .get(storeId, productId) as { e: number }
    ).e;

  it("follows the product's reorder point unless the store sets its own", () => {
    const north = store('N1');
    const product = Number(
      sql
        .prepare(`INSERT INTO products (uid, sku, name, price_cents, reorder_point) VALUES (?, 'P', 'Pears', 100, 5)`)
        .run(newUid()).lastInsertRowid,
    );
    const south = store('S1');
    expect([effective(north, product), effective(south, product)]).toEqual([5, 5]);

    sql.prepare(`UPDATE stock_levels SET reorder_point = 2 WHERE store_id = ? AND product_id = ?`).run(south, product);
    sql.prepare(`UPDATE products SET reorder_point = 7 WHERE id = ?`).run(product);
    expect([effective(north, product), effective(south, product)]).toEqual([7, 2]);

    sql
      .prepare(`UPDATE stock_levels SET reorder_point = NULL WHERE store_id = ? AND product_id = ?`)
      .run(south, product);
    expect(effective(south, product)).toBe(7);
  });

  it('answers "at or below the reorder point" from the partial index', () => {
    const plan = sql
      .prepare(
        `EXPLAIN QUERY PLAN SELECT product_id FROM stock_levels
         WHERE store_id = 1 AND on_hand <= effective_reorder_point AND effective_reorder_point > 0`,
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('IDX_stock_levels_low');
  });
});
