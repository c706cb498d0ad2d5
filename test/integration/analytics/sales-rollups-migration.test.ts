import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { newUid } from '../../../database/ids';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { beforeMigration } from '../../helpers/migration-step';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory, writeStoresAndAdmin } from './trade-world';

describe('migration 0010: sales rollups', () => {
  it('gives existing stores their offsets, lines their cost and builds the rollups from the orders', async () => {
    const step = await beforeMigration('SalesRollups1764900000000');
    try {
      const sql = sqliteOf(step.before);
      const { stores, staffId: staff } = writeStoresAndAdmin(sql, [
        { code: 'LON', zone: 'Europe/London' },
        { code: 'UTC', zone: 'UTC' },
      ]);
      const products = [300, 1_999, 45].map((price, index) =>
        Number(
          sql
            .prepare(
              `INSERT INTO products (uid, sku, name, price_cents, cost_cents, tax_rate_bp) VALUES (?, ?, ?, ?, ?, 825)`,
            )
            .run(newUid(), `S${index}`, `Product ${index}`, price, 100 + index).lastInsertRowid,
        ),
      );
      writeHistory(sql, new SeededRandom('11'), { stores, products, staffId: staff, orders: 150 });
      const sold = sql.prepare('SELECT "order_id", "product_id" FROM "order_lines" ORDER BY "id" LIMIT 1').get() as {
        order_id: number;
        product_id: number;
      };
      sql
        .prepare(
          `INSERT INTO stock_movements (uid, store_id, product_id, kind, quantity, unit_cost_cents, order_id, occurred_at)
           VALUES (?, ?, ?, 'receipt', 1000, 77, NULL, '2025-01-01T00:00:00.000Z'), (?, ?, ?, 'sale', -1, 77, ?, '2025-01-02T00:00:00.000Z')`,
        )
        .run(newUid(), stores[0]!.id, sold.product_id, newUid(), stores[0]!.id, sold.product_id, sold.order_id);

      const after = sqliteOf(await step.migrate());
      expect(
        after.prepare('SELECT COUNT(*) FROM store_utc_offsets WHERE store_id = ?').pluck().get(stores[0]!.id),
      ).toBeGreaterThan(200);
      expect(
        after.prepare('SELECT offset_seconds FROM store_utc_offsets WHERE store_id = ?').pluck().all(stores[1]!.id),
      ).toEqual([0]);
      const costs = after
        .prepare('SELECT "order_id", "product_id", "unit_cost_cents" FROM "order_lines" ORDER BY "id"')
        .all() as {
        order_id: number;
        product_id: number;
        unit_cost_cents: number;
      }[];
      expect(costs[0]!.unit_cost_cents).toBe(77);
      expect(
        costs
          .slice(1)
          .filter((line) => line.order_id !== sold.order_id)
          .every((line) => line.unit_cost_cents === 100 + products.indexOf(line.product_id)),
      ).toBe(true);

      const filter = { fromDay: '2025-11-01', toDay: '2027-02-28' };
      for (const grain of ['day', 'quarter'] as const) {
        expect(rollup.tradeSeries(after, filter, grain)).toEqual(raw.tradeSeries(after, filter, grain));
      }
      expect(rollup.tradeByStore(after, filter)).toEqual(raw.tradeByStore(after, filter));
      expect(rollup.paymentMix(after, filter)).toEqual(raw.paymentMix(after, filter));
      expect(rollup.tradeByStore(after, filter)).toHaveLength(2);
      // The hour chart reads this migration's hours through migration 0018's months of them.
      const current = sqliteOf(await step.finish());
      expect(rollup.salesByHour(current, filter)).toEqual(raw.salesByHour(current, filter));
      // One store's top products read this migration's product tables through migration 0023's
      // product-first indexes (every store's, migration 0011's ranks).
      const oneStore = { ...filter, storeIds: [stores[0]!.id] };
      expect(rollup.topProducts(current, oneStore, { by: 'units', limit: 3 })).toEqual(
        raw.topProducts(current, oneStore, { by: 'units', limit: 3 }),
      );
    } finally {
      await step.dispose();
    }
  }, 120_000);
});
