import type Database from 'better-sqlite3';
import { RFM_WINDOW_DAYS, type SegmentCounts } from '../../../shared/contract/customers';
import { prepared } from '../../../database/prepared';
import { isStandingSale, returnedCents } from '../sales/sale-sql';
import { segmentOf } from './rfm-segments';
import { countsBySegment } from './segment-counts';
import { daysAgoStart, localDaysBetween } from '../../../shared/local-day';

/**
 * Recency, frequency and spend of every active customer who bought in the window, with their
 * quintiles. NTILE(5) over rows ordered worst to best gives 1 to the worst fifth and 5 to the
 * best. Equal values are split by the other two measures, then by id, so every run over the
 * same data scores the same way. Recency orders by the exact last purchase, finer than days.
 * The window is read along IDX_orders_placed, close to storage order: left to itself the
 * planner walks IDX_orders_customer instead, a row lookup per order, about twice as slow.
 */
const SCORED_CUSTOMERS = `
  WITH "bought" AS (
    SELECT o."customer_id", MAX(o."placed_at") AS "last_at", COUNT(*) AS "frequency",
           SUM(o."total_cents" - ${returnedCents('o')}) AS "monetary"
    FROM "orders" o INDEXED BY "IDX_orders_placed"
    WHERE o."placed_at" > @from AND o."placed_at" <= @to AND o."customer_id" IS NOT NULL AND ${isStandingSale('o')}
    GROUP BY o."customer_id"
  )
  SELECT b."customer_id" AS "customerId", b."last_at" AS "lastAt", b."frequency", b."monetary",
         NTILE(5) OVER (ORDER BY b."last_at", b."frequency", b."monetary", b."customer_id") AS "rScore",
         NTILE(5) OVER (ORDER BY b."frequency", b."monetary", b."last_at", b."customer_id") AS "fScore",
         NTILE(5) OVER (ORDER BY b."monetary", b."frequency", b."last_at", b."customer_id") AS "mScore"
  FROM "bought" b JOIN "customers" c ON c."id" = b."customer_id"
  WHERE c."archived_at" IS NULL`;

interface ScoredCustomer {
  customerId: number;
  lastAt: string;
  frequency: number;
  monetary: number;
  rScore: number;
  fScore: number;
  mScore: number;
}

/**
 * RFM over the last RFM_WINDOW_DAYS days of the store's calendar up to `now` (recency counted in
 * the store's days too), replacing every segment row at once inside the
 * caller's transaction: one aggregate statement, then one prepared insert bound per customer.
 * Customers who did not buy in the window are left unscored.
 */
export function recomputeSegments(
  sql: Database.Database,
  { now, timeZone }: { now: Date; timeZone: string },
): SegmentCounts {
  const computedAt = now.toISOString();
  const scored = prepared(sql, SCORED_CUSTOMERS).all({
    from: daysAgoStart(timeZone, now, RFM_WINDOW_DAYS).toISOString(),
    to: computedAt,
  }) as ScoredCustomer[];

  prepared(sql, 'DELETE FROM "customer_segments"').run();
  const insert = prepared(
    sql,
    `INSERT INTO "customer_segments" ("customer_id", "recency_days", "frequency", "monetary_cents", "r_score", "f_score",
       "m_score", "segment", "computed_at")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = new Map<string, number>();
  for (const row of scored) {
    const segment = segmentOf(row.rScore, row.fScore);
    const recencyDays = localDaysBetween(timeZone, row.lastAt, now);
    insert.run(
      row.customerId,
      recencyDays,
      row.frequency,
      row.monetary,
      row.rScore,
      row.fScore,
      row.mScore,
      segment,
      computedAt,
    );
    counts.set(segment, (counts.get(segment) ?? 0) + 1);
  }
  return countsBySegment(scored.length === 0 ? null : computedAt, counts);
}
