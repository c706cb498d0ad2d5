import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { sqliteOf } from '../../../database/data-source';
import { roundExactCents } from '../../../electron/services/analytics/measures';
import { bestFirst, topByThreshold, type RankedRow } from '../../../electron/services/analytics/threshold';
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

  it('leaves out unsummed only keys whose bound ranks below the best, and gives the same best', () => {
    let leftOut = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer({ min: -50_000, max: 900_000 }), fc.constantFrom(0, 14_999, 15_000, 300_000)), {
            minLength: 1,
            maxLength: 4,
          }),
          {
            minLength: 3,
            maxLength: 120,
          },
        ),
        fc.array(fc.oneof(fc.constant(0), fc.nat(400_000)), { minLength: 120, maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        (values, slack, limit, cents) => {
          // Key k + 1 has values[k][i] in list i; its bound adds some slack to its sum.
          const lists = [0, 1, 2, 3].map((index) =>
            values
              .flatMap((row, key) => (index < row.length ? [{ key: key + 1, value: row[index]! }] : []))
              .sort((a, b) => b.value - a.value || b.key - a.key),
          );
          const total = (key: number) => values[key - 1]!.reduce((sum, value) => sum + value, 0);
          const rank = cents ? roundExactCents : (value: number) => value;
          const summed: number[] = [];
          const got = bestFirst(
            lists.map(
              (rows) => (after: RankedRow | null, size: number) =>
                rows
                  .filter(
                    (row) =>
                      after === null || row.value < after.value || (row.value === after.value && row.key < after.key),
                  )
                  .slice(0, size),
            ),
            (keys) => {
              summed.push(...keys);
              return keys.map((key) => ({ key, exact: total(key) }));
            },
            limit,
            rank,
            {
              complete: true,
              firstPage: 1,
              boundsOf: (keys) => keys.map((key) => ({ key, bound: total(key) + slack[key - 1]! })),
            },
          );
          const expected = values
            .map((_, index) => ({ key: index + 1, exact: total(index + 1) }))
            .sort((a, b) => rank(b.exact) - rank(a.exact) || a.key - b.key)
            .slice(0, limit);
          expect(got).toEqual(expected);
          leftOut += values.length - new Set(summed).size;
        },
      ),
      { seed: 11, numRuns: 200 },
    );
    expect(leftOut).toBeGreaterThan(0);
  });
});
