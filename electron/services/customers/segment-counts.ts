import type Database from 'better-sqlite3';
import { CUSTOMER_SEGMENTS, type SegmentCounts } from '../../../shared/contract/customers';
import { prepared } from '../../../database/prepared';

/**
 * Customers per segment as of the last recompute, counted off IDX_customer_segments_segment.
 * Only a recompute writes segment rows, all with its own time, so any row tells when that was.
 */
export function segmentCounts(sql: Database.Database): SegmentCounts {
  const rows = prepared(
    sql,
    'SELECT "segment", COUNT(*) AS "customers" FROM "customer_segments" GROUP BY "segment"',
  ).all() as {
    segment: string;
    customers: number;
  }[];
  const computedAt = prepared(sql, 'SELECT "computed_at" FROM "customer_segments" LIMIT 1').pluck().get() as
    string | undefined;
  return countsBySegment(computedAt ?? null, new Map(rows.map((row) => [row.segment, row.customers])));
}

/** Every segment in their defined order, zero where nobody is in it. */
export function countsBySegment(computedAt: string | null, counts: ReadonlyMap<string, number>): SegmentCounts {
  return {
    computedAt,
    segments: CUSTOMER_SEGMENTS.map((segment) => ({ segment, customers: counts.get(segment) ?? 0 })),
  };
}
