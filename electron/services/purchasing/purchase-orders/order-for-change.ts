import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import { PURCHASE_ORDER_TRANSITIONS, type PurchaseOrderStatus } from '../../../../shared/purchase-order-status';
import type { StaffAtStore } from '../../stock/channel-input';
import { prepared } from '../../../../database/prepared';
import { assertStoreScope } from '../../permissions/store-scope';

export interface OrderForChange {
  id: number;
  storeId: number;
  status: PurchaseOrderStatus;
  version: number;
}

/**
 * A purchase order about to change, refused unless it exists (NOT_FOUND), belongs to the acting
 * staff member's store or they are an admin (FORBIDDEN: its stock and its supplier are that
 * store's business) and,
 * when a version is given, nobody changed it since it was read (CONFLICT).
 */
export function orderForChange(
  sql: Database.Database,
  who: StaffAtStore,
  purchaseOrderId: number,
  expectedVersion?: number,
): OrderForChange {
  const order = prepared(
    sql,
    'SELECT "id", "store_id" AS "storeId", "status", "version" FROM "purchase_orders" WHERE "id" = ?',
  ).get(purchaseOrderId) as OrderForChange | undefined;
  if (!order) throw new AppError('NOT_FOUND', 'That purchase order does not exist.', { id: purchaseOrderId });
  assertStoreScope(who, order.storeId);
  if (expectedVersion !== undefined && order.version !== expectedVersion) {
    throw new AppError(
      'CONFLICT',
      'Someone changed this purchase order since you opened it; reload it and try again.',
      {
        version: order.version,
      },
    );
  }
  return order;
}

/** Checks a status change against the lifecycle first, to refuse it with a message a person reads. */
export function refuseUnlessTransition(order: OrderForChange, to: PurchaseOrderStatus, action: string): void {
  if (PURCHASE_ORDER_TRANSITIONS[order.status].includes(to)) return;
  throw new AppError('CONFLICT', `A ${order.status.replace('_', ' ')} purchase order cannot be ${action}.`, {
    status: order.status,
  });
}

const BUMP = `
  UPDATE "purchase_orders" SET "status" = ?, "version" = "version" + 1, "updated_at" = ?
  WHERE "id" = ? AND "version" = ?`;

/** Moves the order to `status` and a new version; every change of a purchase order goes through here. */
export function bumpOrder(sql: Database.Database, order: OrderForChange, status: PurchaseOrderStatus, now: Date): void {
  prepared(sql, BUMP).run(status, now.toISOString(), order.id, order.version);
}
