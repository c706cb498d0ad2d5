import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { OrderStatus } from '../../../shared/order-status';
import { prepared } from '../../../database/prepared';
import { assertStoreScope } from '../permissions/store-scope';
import { ORDER_LINES, type LineRow } from './receipt';
import type { SalesActor } from './inputs';

export interface OrderForChange {
  id: number;
  storeId: number;
  customerId: number | null;
  status: OrderStatus;
  totalCents: number;
}

export interface SoldLine {
  id: number;
  productId: number;
  name: string;
  quantity: number;
  totalCents: number;
  /** Units already brought back, across every return. */
  returned: number;
}

/**
 * The order a write is about. Orders change only in the store that placed them (or by an admin):
 * its stock, its drawer and its end of day are where the goods and the money are.
 */
export function orderForChange(sql: Database.Database, orderId: number, actor: SalesActor): OrderForChange {
  const row = prepared(
    sql,
    `SELECT "id", "store_id", "customer_id", "status", "total_cents" FROM "orders" WHERE "id" = ?`,
  ).get(orderId) as
    { id: number; store_id: number; customer_id: number | null; status: OrderStatus; total_cents: number } | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'That order does not exist.', { orderId });
  assertStoreScope(actor, row.store_id);
  return {
    id: row.id,
    storeId: row.store_id,
    customerId: row.customer_id,
    status: row.status,
    totalCents: row.total_cents,
  };
}

export function soldLines(sql: Database.Database, orderId: number): SoldLine[] {
  return (prepared(sql, ORDER_LINES).all(orderId) as LineRow[]).map((row) => ({
    id: row.id,
    productId: row.product_id,
    name: row.name,
    quantity: row.quantity,
    totalCents: row.total_cents,
    returned: row.returned,
  }));
}
