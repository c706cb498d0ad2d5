import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { ORDER_STATUS_TRANSITIONS, canTransition, type OrderStatus } from '../../../shared/order-status';
import { refundForUnits } from '../../../shared/pricing';
import { prepared } from '../../../database/prepared';
import type { OrdersInput, SalesActor } from './inputs';
import { orderForChange, soldLines, type OrderForChange } from './order-for-change';
import { recordStatusChange } from './order-rows';
import { checkPayments, writePayments } from './payments';
import { insertOrderMovement, saleUnitCost } from './stock-rows';
import { writeReturn } from './write-return';

type TransitionInput = OrdersInput<'orders.transition'>;

/**
 * Moves an order along its lifecycle (shared/order-status.ts; the database's trigger enforces
 * the same pairs). Paying takes payments adding up to the total; cancelling needs a manager,
 * puts back on the shelf what has not come back already and, for a paid order, refunds what is
 * left to the original payments as one return. Returns a note for the audit row.
 */
export function transitionOrder(
  sql: Database.Database,
  actor: SalesActor,
  now: Date,
  input: TransitionInput,
): { from: OrderStatus; returnId: number | null } {
  if (input.to === 'cancelled' && actor.role === 'clerk') {
    throw new AppError('FORBIDDEN', 'Cancelling an order needs a manager.', { required: 'manager' });
  }
  const order = orderForChange(sql, input.id, actor);
  if (!canTransition(order.status, input.to)) {
    throw new AppError('CONFLICT', `A ${order.status} order cannot become ${input.to}.`, {
      from: order.status,
      to: input.to,
      allowed: ORDER_STATUS_TRANSITIONS[order.status],
    });
  }
  if (input.to !== 'paid' && input.payments !== undefined && input.payments.length > 0) {
    throw new AppError('VALIDATION', 'Payments are taken only when paying an order.');
  }

  let returnId: number | null = null;
  if (input.to === 'paid') {
    const payments = input.payments ?? [];
    checkPayments(sql, order, payments);
    writePayments(sql, order, payments, actor.staffId, now);
  } else if (input.to === 'cancelled') {
    returnId = cancel(sql, actor, now, order, input.reason ?? null);
  }

  prepared(sql, 'UPDATE "orders" SET "status" = ?, "updated_at" = ? WHERE "id" = ?').run(
    input.to,
    now.toISOString(),
    order.id,
  );
  recordStatusChange(sql, { orderId: order.id, from: order.status, to: input.to, staffId: actor.staffId }, now);
  return { from: order.status, returnId };
}

function cancel(
  sql: Database.Database,
  actor: SalesActor,
  now: Date,
  order: OrderForChange,
  reason: string | null,
): number | null {
  const outstanding = soldLines(sql, order.id).filter((line) => line.returned < line.quantity);
  if (outstanding.length === 0) return null;
  const note = reason === null ? 'Order cancelled' : `Order cancelled: ${reason}`;
  if (order.status === 'paid') {
    const takeBack = outstanding.map((line) => {
      const quantity = line.quantity - line.returned;
      return { line, quantity, restock: true, refundCents: refundForUnits(line, line.returned, quantity) };
    });
    return writeReturn(sql, actor, now, order, takeBack, 'original', note).returnId;
  }
  // Nothing was paid, so nothing is refunded: the reserved units simply go back on the shelf.
  for (const line of outstanding) {
    insertOrderMovement(
      sql,
      {
        storeId: order.storeId,
        productId: line.productId,
        orderId: order.id,
        kind: 'return',
        quantity: line.quantity - line.returned,
        unitCostCents: saleUnitCost(sql, order.id, line.productId),
        staffId: actor.staffId,
        note,
      },
      now,
    );
  }
  return null;
}
