import type Database from 'better-sqlite3';
import { TRANSITION_TARGETS, type OrderDetail, type Receipt } from '../../../shared/contract/orders';
import { ORDER_STATUS_TRANSITIONS, type OrderStatus } from '../../../shared/order-status';
import { prepared } from '../../../database/prepared';
import { inStoreScope } from '../../../shared/store-scope';
import type { SalesActor } from './inputs';
import { readReceipt } from './receipt';

interface ChangeRow {
  from_status: OrderStatus | null;
  to_status: OrderStatus;
  changed_at: string;
  staff_id: number | null;
  staff_name: string | null;
}

const CHANGES = `
  SELECT c."from_status", c."to_status", c."changed_at", c."staff_id", s."display_name" AS "staff_name"
  FROM "order_status_changes" c LEFT JOIN "staff_members" s ON s."id" = c."staff_id"
  WHERE c."order_id" = ? ORDER BY c."id"`;

/** Statuses whose goods left with the customer and can come back. */
export const RETURNABLE_STATUSES: readonly OrderStatus[] = ['paid', 'fulfilled', 'delivered'];

type TransitionTarget = (typeof TRANSITION_TARGETS)[number];

/** The receipt plus the order's timeline and what the caller may do with it next. */
export function readOrderDetail(sql: Database.Database, orderId: number, actor: SalesActor): OrderDetail {
  const receipt = readReceipt(sql, orderId);
  return { ...receipt, history: history(sql, receipt), allowedActions: allowedActions(receipt, actor) };
}

/**
 * Oldest first, starting with the creation. Orders placed through orders.place record their
 * creation as a change from null; imported history may not, so the creation is then rebuilt from
 * the order itself (its first recorded status, else its current one).
 */
function history(sql: Database.Database, receipt: Receipt): OrderDetail['history'] {
  const changes = (prepared(sql, CHANGES).all(receipt.id) as ChangeRow[]).map((row) => ({
    from: row.from_status,
    to: row.to_status,
    at: row.changed_at,
    staff: row.staff_id === null ? null : { id: row.staff_id, name: row.staff_name ?? '' },
  }));
  if (changes[0]?.from === null) return changes;
  const created = { from: null, to: changes[0]?.from ?? receipt.status, at: receipt.placedAt, staff: receipt.staff };
  return [created, ...changes];
}

/** Changes happen in the order's own store (or by an admin); cancelling needs a manager. */
function allowedActions(receipt: Receipt, actor: SalesActor): OrderDetail['allowedActions'] {
  if (!inStoreScope(actor, receipt.store.id)) return { transitions: [], canReturn: false };
  const transitions = ORDER_STATUS_TRANSITIONS[receipt.status].filter(
    (to): to is TransitionTarget =>
      (TRANSITION_TARGETS as readonly string[]).includes(to) && (to !== 'cancelled' || actor.role !== 'clerk'),
  );
  const canReturn =
    RETURNABLE_STATUSES.includes(receipt.status) && receipt.lines.some((line) => line.returnedQuantity < line.quantity);
  return { transitions, canReturn };
}
