import type Database from 'better-sqlite3';
import { CUSTOMER_SEGMENTS, type CustomerSegmentName } from '../../../shared/contract/customers';
import { encodeCursor } from '../catalog/keyset-cursor';
import { prepared } from '../../../database/prepared';
import { SUMMARY_COLUMNS, type RawSummary } from './customer-record';
import { numberPosition } from './keyset-positions';
import { RFM_COLUMNS, type RawRfm } from './rfm-record';

export type ScoredSort = 'lastPurchase' | 'spend';

export interface ScoredQuery {
  sort: ScoredSort;
  segment: CustomerSegmentName | undefined;
  /** An FTS5 query customers must match, or undefined for all. */
  match: string | undefined;
  cursor: string | undefined;
  limit: number;
}

interface Walk {
  column: 'recency_days' | 'monetary_cents';
  field: 'recencyDays' | 'monetaryCents';
  descending: boolean;
  /**
   * Spend is walked one segment at a time along IDX_customer_segments_segment (segment,
   * monetary_cents, customer_id as rowid), each walk stopping at a page, and the few rows merged:
   * a page costs nine short index walks instead of sorting every scored customer. Recency has
   * no index; its page sorts the narrow segments table alone (about 20 ms at 150,000 rows).
   */
  bySegment: boolean;
}

const WALKS: Record<ScoredSort, Walk> = {
  lastPurchase: { column: 'recency_days', field: 'recencyDays', descending: false, bySegment: false },
  spend: { column: 'monetary_cents', field: 'monetaryCents', descending: true, bySegment: true },
};

/**
 * A page of the customers the last recompute scored, by their recency or spend, by keyset.
 * Only active customers have scores (archiving drops them; the recompute skips archived ones),
 * so the walk never looks at the customers table until the page is chosen.
 */
export function scoredCustomers(sql: Database.Database, query: ScoredQuery): (RawSummary & RawRfm)[] {
  const walk = WALKS[query.sort];
  const direction = walk.descending ? 'DESC' : 'ASC';
  const orderBy = (table: string) => `${table}"${walk.column}" ${direction}, ${table}"customer_id" ${direction}`;
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: query.limit };
  if (query.match !== undefined) {
    where.push('s."customer_id" IN "matched"');
    params.match = query.match;
  }
  if (query.cursor !== undefined) {
    const position = numberPosition(query.cursor, query.sort);
    where.push(`(s."${walk.column}", s."customer_id") ${walk.descending ? '<' : '>'} (@afterValue, @afterId)`);
    Object.assign(params, { afterValue: position.value, afterId: position.id });
  }
  // Segment names come from the contract's fixed list; written into the text, each branch is
  // its own statement-cached index range.
  const segments = query.segment !== undefined ? [query.segment] : walk.bySegment ? CUSTOMER_SEGMENTS : [null];
  const branches = segments.map((segment) => {
    const conditions = segment === null ? where : [`s."segment" = '${segment}'`, ...where];
    return `SELECT * FROM (SELECT s.* FROM "customer_segments" s
      ${conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`} ORDER BY ${orderBy('s.')} LIMIT @limit)`;
  });
  const matched =
    query.match === undefined
      ? ''
      : `WITH "matched" AS MATERIALIZED (
      SELECT "rowid" FROM "customer_search" WHERE "customer_search" MATCH @match)`;
  return prepared(
    sql,
    `${matched}
     SELECT ${SUMMARY_COLUMNS}, ${RFM_COLUMNS}
     FROM (${branches.join(' UNION ALL ')} ORDER BY ${orderBy('')} LIMIT @limit) s
     JOIN "customers" c ON c."id" = s."customer_id"
     ORDER BY ${orderBy('s.')}`,
  ).all(params) as (RawSummary & RawRfm)[];
}

export function scoredCursor(sort: ScoredSort, row: RawSummary & RawRfm): string {
  return encodeCursor({ value: row[WALKS[sort].field], id: row.id }, sort);
}
