import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { rebuildSalesRollups } from '../../../database/sales-rollups';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { beforeMigration } from '../../helpers/migration-step';
import { SeededRandom } from '../../../database/seed/random';
import { writeHistory, writeZonedTrade } from './trade-world';

const DAYS = `SELECT * FROM "sales_store_customer_ranks" WHERE length("period") = 10 ORDER BY 1, 2, 3`;
const VERSIONS = `SELECT * FROM "sales_store_customer_day_versions" ORDER BY 1, 2`;

describe('migration 0024: customers kept by the day only', () => {
  it('drops the customer ranks and the coarser customer periods, keeps the days, and keeps them by day after', async () => {
    const step = await beforeMigration('CustomerDaysOnly1766100000000');
    try {
      const sql = sqliteOf(step.before);
      const random = new SeededRandom('24');
      const world = writeZonedTrade(sql, random, 300);
      const { stores, customers } = world;
      const coarser = sql
        .prepare(`SELECT COUNT(*) FROM "sales_store_customer_ranks" WHERE length("period") <> 10`)
        .pluck()
        .get() as number;
      expect(coarser).toBeGreaterThan(0);
      const days = sql.prepare(DAYS).all();
      const versions = sql.prepare(VERSIONS).all();

      const after = sqliteOf(await step.migrate());
      const named = (name: string) =>
        after.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = ?`).pluck().get(name) as number;
      expect(named('sales_customer_ranks')).toBe(0);
      expect(named('IDX_sales_store_customer_ranks_sales')).toBe(0);
      expect(named('IDX_sales_store_customer_ranks_days')).toBe(1);
      // The days as they were, nothing else, and no version raised: readers reload nothing.
      expect(after.prepare(`SELECT * FROM "sales_store_customer_ranks" ORDER BY 1, 2, 3`).all()).toEqual(days);
      expect(after.prepare(VERSIONS).all()).toEqual(versions);
      expect(() =>
        after
          .prepare(
            `INSERT INTO "sales_store_customer_ranks" ("store_id", "period", "customer_id") VALUES (?, '2026-03', ?)`,
          )
          .run(stores[0]!.id, customers[0]),
      ).toThrow(/CHECK constraint failed/);

      // Sales, returns and cancellations after it are kept by the day alone, as a rebuild makes them.
      after.transaction(() => writeHistory(after, random, { ...world, orders: 200 }))();
      const kept = after.prepare(`SELECT * FROM "sales_store_customer_ranks" ORDER BY 1, 2, 3`).all();
      expect(kept.length).toBeGreaterThan(days.length);
      after.transaction(() => rebuildSalesRollups(after))();
      expect(after.prepare(`SELECT * FROM "sales_store_customer_ranks" ORDER BY 1, 2, 3`).all()).toEqual(kept);
      for (const storeIds of [[stores[0]!.id], [stores[1]!.id, stores[2]!.id], undefined]) {
        const filter = { fromDay: '2025-11-01', toDay: '2027-02-28', storeIds };
        const expected = raw.topCustomers(after, filter, 3);
        expect(expected.length).toBeGreaterThan(0);
        expect(rollup.topCustomers(after, filter, 3)).toEqual(expected);
      }
    } finally {
      await step.dispose();
    }
  }, 120_000);
});
