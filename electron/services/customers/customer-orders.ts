import type Database from 'better-sqlite3';
import type { CustomerOrderRow } from '../../../shared/contract/customers';
import { encodeCursor } from '../catalog/keyset-cursor';
import { prepared } from '../../../database/prepared';
import type { CustomersInput } from './channel-input';
import { requireCustomer } from './customer-record';
import { textPosition } from './keyset-positions';
import { returnedCents } from '../sales/sale-sql';

const ORDER = 'placedAt';

const ORDER_ROWS = (after: string) => `
  SELECT o."id", o."order_number" AS "number", o."store_id" AS "storeId", st."name" AS "storeName", o."channel",
         o."status", o."placed_at" AS "placedAt", o."total_cents" AS "totalCents", ${returnedCents('o')} AS "refundedCents"
  FROM "orders" o JOIN "stores" st ON st."id" = o."store_id"
  WHERE o."customer_id" = @customerId ${after}
  ORDER BY o."placed_at" DESC, o."id" DESC
  LIMIT @limit`;

const FIRST_PAGE = ORDER_ROWS('');
const LATER_PAGE = ORDER_ROWS(`AND (o."placed_at", o."id") < (@placedAt, @id)`);

/** The customer's newest orders, every status: the history as it happened. */
export function recentOrders(sql: Database.Database, customerId: number, limit: number): CustomerOrderRow[] {
  return prepared(sql, FIRST_PAGE).all({ customerId, limit }) as CustomerOrderRow[];
}

/** One page of a customer's orders, newest first, by keyset on (placed_at, id) along IDX_orders_customer. */
export function listCustomerOrders(
  sql: Database.Database,
  query: CustomersInput<'customers.listOrders'>,
): { items: CustomerOrderRow[]; nextCursor: string | null } {
  requireCustomer(sql, query.customerId);
  const params = { customerId: query.customerId, limit: query.limit + 1 };
  let rows: CustomerOrderRow[];
  if (query.cursor === undefined) {
    rows = prepared(sql, FIRST_PAGE).all(params) as CustomerOrderRow[];
  } else {
    const after = textPosition(query.cursor, ORDER);
    rows = prepared(sql, LATER_PAGE).all({ ...params, placedAt: after.value, id: after.id }) as CustomerOrderRow[];
  }
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page,
    nextCursor: rows.length > query.limit && last ? encodeCursor({ value: last.placedAt, id: last.id }, ORDER) : null,
  };
}
