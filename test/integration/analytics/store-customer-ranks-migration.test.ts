import { describe, expect, it } from 'vitest';
import { sqliteOf } from '../../../database/data-source';
import { SeededRandom } from '../../../database/seed/random';
import * as raw from '../../../electron/services/analytics/raw-answers';
import * as rollup from '../../../electron/services/analytics/rollup-answers';
import { beforeMigration } from '../../helpers/migration-step';
import { writeZonedTrade } from './trade-world';

describe('migration 0014: customers per store', () => {
  it("builds each store's customer periods from the trade before it", async () => {
    const step = await beforeMigration('StoreCustomerRanks1765250000000');
    try {
      const sql = sqliteOf(step.before);
      const { stores } = writeZonedTrade(sql, new SeededRandom('14'), 300);

      const after = sqliteOf(await step.migrate());
      const periods = after
        .prepare(`SELECT DISTINCT length("period") FROM "sales_store_customer_ranks" ORDER BY 1`)
        .pluck()
        .all();
      expect(periods).toEqual([4, 7, 10, 12]);
      const current = sqliteOf(await step.finish());
      for (const storeIds of [[stores[0]!.id], [stores[1]!.id, stores[2]!.id], undefined]) {
        for (const range of [
          { fromDay: '2025-11-01', toDay: '2027-02-28' },
          { fromDay: '2026-03-05', toDay: '2026-08-19' },
        ]) {
          const filter = { ...range, storeIds };
          const expected = raw.topCustomers(current, filter, 3);
          expect(expected.length).toBeGreaterThan(0);
          // Read from the day rows this migration built.
          expect(rollup.topCustomers(current, filter, 3)).toEqual(expected);
        }
      }
    } finally {
      await step.dispose();
    }
  }, 120_000);
});
