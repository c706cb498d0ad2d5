import type Database from 'better-sqlite3';
import type { ChannelOutput } from '../../../shared/contract';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { SUMMARY_COLUMNS, toSummary, type RawSummary } from './customer-record';
import { AFTER_NAME, NAME_ORDER, afterName, nameCursor } from './name-keyset';
import { isStandingSale } from '../sales/sale-sql';

const NEVER_PURCHASED = (after: string) => `
  SELECT ${SUMMARY_COLUMNS}, c."created_at" AS "createdAt"
  FROM "customers" c
  WHERE c."archived_at" IS NULL ${after}
    AND NOT EXISTS (SELECT 1 FROM "orders" o WHERE o."customer_id" = c."id" AND ${isStandingSale('o')})
  ORDER BY ${NAME_ORDER}
  LIMIT @limit`;

/**
 * Active customers with no purchase (a standing sale, shared/sales.ts), A→Z: a walk along the name index
 * with one IDX_orders_customer probe per customer, so a page costs the same at any depth.
 */
export function neverPurchased(
  sql: Database.Database,
  input: CustomersInput<'customers.neverPurchased'>,
): ChannelOutput<'customers.neverPurchased'> {
  const text = NEVER_PURCHASED(input.cursor === undefined ? '' : `AND ${AFTER_NAME}`);
  const params = { limit: input.limit + 1, ...(input.cursor === undefined ? {} : afterName(input.cursor)) };
  const rows = prepared(sql, text).all(params) as (RawSummary & { createdAt: string })[];
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({ ...toSummary(row), createdAt: row.createdAt })),
    nextCursor: rows.length > input.limit && last ? nameCursor(last) : null,
  };
}
