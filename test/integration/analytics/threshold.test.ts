import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { roundExactCents } from '../../../electron/services/analytics/measures';
import { topByThreshold } from '../../../electron/services/analytics/threshold';
import { openTempDatabase, type TempDatabase } from '../../helpers/database';

/**
 * The threshold read stops early; these rankings are drawn so it must read several pages and
 * stop in the middle of periods, with negative sums, ties in cents and keys missing from periods.
 */
describe('reading ranked periods best first', () => {
  let db: TempDatabase;
  let sql: Database.Database;
  beforeAll(async () => {
    db = await openTempDatabase();
    sql = sqliteOf(db.dataSource);
  });
  afterAll(async () => {
    await db.dispose();
  });

  const periods = ['2026-01', '2026-02-01/8', '2026-02-09', '2026-02-10', '2026-02-11'];
  const rows = fc.array(
    fc.record({
      period: fc.constantFrom(...periods),
      key: fc.integer({ min: 1, max: 150 }),
      value: fc.oneof(
        fc.integer({ min: -200_000, max: 2_000_000 }),
        fc.constantFrom(0, 5_000, 14_999, 15_000, 1_000_000),
      ),
    }),
    { minLength: 60, maxLength: 400 },
  );

  it('gives exactly the best keys that summing every key gives', () => {
    let ranked = 0;
    fc.assert(
      fc.property(
        rows,
        fc.integer({ min: 1, max: 12 }),
        fc.subarray(periods, { minLength: 1 }),
        fc.boolean(),
        (drawn, limit, asked, cents) => {
          const insert = sql.prepare(
            `INSERT INTO "sales_product_ranks" ("period", "product_id", "units", "net_revenue_exact") VALUES (?, ?, 1, ?)
             ON CONFLICT DO NOTHING`,
          );
          sql.transaction(() => {
            sql.prepare('DELETE FROM "sales_product_ranks"').run();
            for (const row of drawn) insert.run(row.period, row.key, row.value);
          })();
          const rank = cents ? roundExactCents : (value: number) => value;
          const sums = new Map<number, number>();
          for (const row of sql
            .prepare(
              `SELECT "period", "product_id" AS "key", "net_revenue_exact" AS "value" FROM "sales_product_ranks"`,
            )
            .all() as { period: string; key: number; value: number }[]) {
            if (asked.includes(row.period)) sums.set(row.key, (sums.get(row.key) ?? 0) + row.value);
          }
          const expected = [...sums]
            .map(([key, exact]) => ({ key, exact }))
            .sort((a, b) => rank(b.exact) - rank(a.exact) || a.key - b.key)
            .slice(0, limit);
          const got = topByThreshold(
            sql,
            {
              table: 'sales_product_ranks',
              key: 'product_id',
              value: 'net_revenue_exact',
              index: 'IDX_sales_product_ranks_revenue',
            },
            asked,
            limit,
            rank,
            { firstPage: 2 },
          );
          expect(got).toEqual(expected);
          if (got!.length === limit && sums.size > limit * 3) ranked += 1;
        },
      ),
      { seed: 7, numRuns: 200 },
    );
    expect(ranked).toBeGreaterThan(100);
  });
});
