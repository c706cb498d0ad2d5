import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { ParsedInput, StaffAtStore } from '../../stock/channel-input';
import { prepared } from '../../../../database/prepared';
import { insertOrderLines } from './order-lines';
import { bumpOrder, orderForChange } from './order-for-change';

/** Replaces a draft's lines, expected date and note; only drafts change, sent orders are with the supplier. */
export function updatePurchaseOrder(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'purchaseOrders.update'>,
): void {
  const order = orderForChange(sql, who, input.id, input.version);
  if (order.status !== 'draft') {
    throw new AppError('CONFLICT', 'Only a draft purchase order can be edited.', { status: order.status });
  }
  prepared(sql, 'DELETE FROM "purchase_order_lines" WHERE "purchase_order_id" = ?').run(order.id);
  insertOrderLines(sql, order.storeId, order.id, input.lines);
  prepared(sql, 'UPDATE "purchase_orders" SET "expected_at" = ?, "note" = ? WHERE "id" = ?').run(
    input.expectedAt ?? null,
    input.note ?? null,
    order.id,
  );
  bumpOrder(sql, order, 'draft', now);
}
