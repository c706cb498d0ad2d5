import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import { rebuildSalesRollups, writeStoreUtcOffsets } from '../../../database/sales-rollups';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { beforeMigration } from '../../helpers/migration-step';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory, writeStoresAndAdmin } from './trade-world';

const TABLES = [
  'sales_category_periods',
  'sales_brand_periods',
  'sales_category_brands',
  'sales_product_ranks',
  'sales_customer_ranks',
];

describe('migration 0011: coarser sales rollups', () => {
  it('builds category, brand, product and customer periods from the trade before it', async () => {
    const step = await beforeMigration('SalesRollupGrains1765000000000');
    try {
      const sql = sqliteOf(step.before);
      const { stores, staffId: staff } = writeStoresAndAdmin(sql, [
        { code: 'NYC', zone: 'America/New_York' },
        { code: 'UTC', zone: 'UTC' },
      ]);
      // The zones' offsets, as first run and setTimeZone write them, so 0010's triggers file the history.
      sql.prepare('DELETE FROM store_utc_offsets').run();
      for (const store of stores) writeStoreUtcOffsets(sql, store.id, store.zone);
      const category = Number(
        sql.prepare(`INSERT INTO categories (uid, name) VALUES (?, 'Food')`).run(newUid()).lastInsertRowid,
      );
      const brand = Number(
        sql.prepare(`INSERT INTO brands (uid, name) VALUES (?, 'Acme')`).run(newUid()).lastInsertRowid,
      );
      const products = [300, 1_999, 45, 870].map((price, index) =>
        Number(
          sql
            .prepare(
              `INSERT INTO products (uid, sku, name, price_cents, cost_cents, tax_rate_bp, category_id, brand_id) VALUES (?, ?, ?, ?, ?, 825, ?, ?)`,
            )
            .run(
              newUid(),
              `S${index}`,
              `Product ${index}`,
              price,
              100,
              index % 2 ? category : null,
              index < 2 ? brand : null,
            ).lastInsertRowid,
        ),
      );
      const customers = [1, 2, 3].map((index) =>
        Number(
          sql
            .prepare(`INSERT INTO customers (uid, first_name, last_name) VALUES (?, 'Client', ?)`)
            .run(newUid(), `No ${index}`).lastInsertRowid,
        ),
      );
      sql.transaction(() =>
        writeHistory(sql, new SeededRandom('5'), { stores, products, customers, staffId: staff, orders: 200 }),
      )();

      const after = sqliteOf(await step.migrate());
      for (const table of TABLES) {
        expect(after.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get()).toBeGreaterThan(0);
      }
      const filter = { fromDay: '2025-11-01', toDay: '2027-02-28' };
      for (const narrowed of [
        {},
        { categoryId: category },
        { brandId: brand },
        { categoryId: category, brandId: brand },
      ]) {
        const asked = { ...filter, ...narrowed };
        expect(rollup.tradeSeries(after, asked, 'month')).toEqual(raw.tradeSeries(after, asked, 'month'));
        expect(rollup.tradeByCategory(after, asked)).toEqual(raw.tradeByCategory(after, asked));
        expect(rollup.tradeByBrand(after, asked)).toEqual(raw.tradeByBrand(after, asked));
        expect(rollup.topProducts(after, asked, { by: 'revenue', limit: 3 })).toEqual(
          raw.topProducts(after, asked, { by: 'revenue', limit: 3 }),
        );
      }

      const snapshot = (sql: typeof after, tables = TABLES) =>
        Object.fromEntries(
          tables.map((table) => [table, sql.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2, 3`).all()]),
        );
      const built = snapshot(after);
      // The rebuild of today's code, once the later migrations have run, makes the same rows
      // (but the customer ranks: migration 0024 drops them).
      delete built['sales_customer_ranks'];
      const current = sqliteOf(await step.finish());
      expect(rollup.topCustomers(current, filter, 3)).toEqual(raw.topCustomers(current, filter, 3));
      expect(rollup.topCustomers(current, filter, 3)).toHaveLength(3);
      expect(
        current.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'sales_customer_ranks'`).pluck().get(),
      ).toBe(0);
      current.transaction(() => rebuildSalesRollups(current))();
      const rebuilt = snapshot(
        current,
        TABLES.filter((table) => table !== 'sales_customer_ranks'),
      );
      expect(rebuilt).toEqual(built);
    } finally {
      await step.dispose();
    }
  }, 120_000);
});
