import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { encodeCursor } from '../catalog/keyset-cursor';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';
import { textPosition } from './keyset-positions';
import { isStandingSale } from '../sales/sale-sql';
import { daysAgoStart } from '../../../shared/local-day';

const ORDER = 'lapsed';

/**
 * Walks orders from the cut-off back in time (IDX_orders_placed) and keeps each customer's very
 * last purchase: an order with no later purchase by the same customer, found by one probe of
 * IDX_orders_customer. So every lapsed customer appears once, at their last purchase, and the
 * page after a cursor resumes the walk where it stopped. The customer rows are read only for
 * the orders kept (archived customers are dropped by a probe inside the walk): joined inside
 * it, the planner may choose to scan every customer first.
 */
const LAST_PURCHASES = (after: string) => `
  SELECT ${SUMMARY_COLUMNS}, l."placed_at" AS "lastPurchaseAt", l."id" AS "lastOrderId",
         l."store_id" AS "lastPurchaseStoreId"
  FROM (
    SELECT o."id", o."placed_at", o."customer_id", o."store_id" FROM "orders" o
    WHERE o."placed_at" < @before ${after} AND ${isStandingSale('o')}
      AND (SELECT a."archived_at" IS NULL FROM "customers" a WHERE a."id" = o."customer_id")
      AND NOT EXISTS (
        SELECT 1 FROM "orders" later
        WHERE later."customer_id" = o."customer_id" AND later."placed_at" >= o."placed_at"
          AND (later."placed_at" > o."placed_at" OR later."id" > o."id") AND ${isStandingSale('later')})
    ORDER BY o."placed_at" DESC, o."id" DESC
    LIMIT @limit) l
  JOIN "customers" c ON c."id" = l."customer_id"
  ORDER BY l."placed_at" DESC, l."id" DESC`;

/**
 * Customers who bought before but not in the last `days` days (whole days of the store's zone,
 * today and the `days` before it), most recently lapsed first.
 */
export function lapsedCustomers(
  sql: Database.Database,
  clock: { now: Date; timeZone: string },
  input: CustomersInput<'customers.lapsed'>,
): ChannelOutput<'customers.lapsed'> {
  const params: Record<string, unknown> = {
    before: daysAgoStart(clock.timeZone, clock.now, input.days).toISOString(),
    limit: input.limit + 1,
  };
  let after = '';
  if (input.cursor !== undefined) {
    const position = textPosition(input.cursor, ORDER);
    after = 'AND (o."placed_at", o."id") < (@afterPlacedAt, @afterId)';
    Object.assign(params, { afterPlacedAt: position.value, afterId: position.id });
  }
  const rows = prepared(sql, LAST_PURCHASES(after)).all(params) as (RawSummary & {
    lastPurchaseAt: string;
    lastOrderId: number;
    lastPurchaseStoreId: number;
  })[];
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      ...toSummary(row),
      lastPurchaseAt: row.lastPurchaseAt,
      lastOrderId: row.lastOrderId,
      lastPurchaseStoreId: row.lastPurchaseStoreId,
    })),
    nextCursor:
      rows.length > input.limit && last
        ? encodeCursor({ value: last.lastPurchaseAt, id: last.lastOrderId }, ORDER)
        : null,
  };
}
