import type Database from 'better-sqlite3';
import type { StaffAtStore } from '../../stock/channel-input';
import { prepared } from '../../../../database/prepared';
import { bumpOrder, orderForChange, refuseUnlessTransition } from './order-for-change';

interface VersionedId {
  id: number;
  version: number;
}

/** Draft → sent: the order is with the supplier now and can no longer be edited. */
export function sendPurchaseOrder(sql: Database.Database, who: StaffAtStore, now: Date, input: VersionedId): void {
  const order = orderForChange(sql, who, input.id, input.version);
  refuseUnlessTransition(order, 'sent', 'sent');
  prepared(sql, 'UPDATE "purchase_orders" SET "sent_at" = ? WHERE "id" = ?').run(now.toISOString(), order.id);
  bumpOrder(sql, order, 'sent', now);
}

/**
 * Draft, sent or partially received → cancelled. A partially received order is closed this way:
 * what arrived stays in stock and on the order, the rest stops counting as on order.
 */
export function cancelPurchaseOrder(sql: Database.Database, who: StaffAtStore, now: Date, input: VersionedId): void {
  const order = orderForChange(sql, who, input.id, input.version);
  refuseUnlessTransition(order, 'cancelled', 'cancelled');
  bumpOrder(sql, order, 'cancelled', now);
}
