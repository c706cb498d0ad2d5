import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import { refundForUnits } from '../../../shared/pricing';
import type { CredentialContext } from '../auth/credentials';
import { requireManagerApproval } from '../permissions/manager-approval';
import type { OrdersInput, SalesActor } from './inputs';
import { RETURNABLE_STATUSES } from './order-detail';
import { orderForChange, soldLines, type SoldLine } from './order-for-change';
import { readRefundApprovalThreshold } from './sales-settings';
import { writeReturn, type TakeBack, type WrittenReturn } from './write-return';

/**
 * Takes units back from a paid order and refunds each line's share of what was paid, its
 * discounts and tax included (shared/pricing refundForUnits): returning everything, in any
 * number of returns, refunds exactly the order's total. Checked here first for a clear message;
 * the database refuses over-returns and over-refunds as well. A clerk's refund above the admin's
 * threshold needs a manager's approval; `approvedBy` names the approver when one was needed.
 */
export async function returnItems(
  sql: Database.Database,
  actor: SalesActor,
  now: Date,
  input: OrdersInput<'orders.return'>,
  credentials: CredentialContext,
): Promise<WrittenReturn & { approvedBy: number | null }> {
  const order = orderForChange(sql, input.orderId, actor);
  if (order.status === 'cancelled') {
    throw new AppError('CONFLICT', 'This order was cancelled; everything paid was refunded then.');
  }
  if (!RETURNABLE_STATUSES.includes(order.status)) {
    throw new AppError('CONFLICT', 'This order is not paid yet; cancel it instead.', { status: order.status });
  }
  if (input.refundTo === 'store_credit' && order.customerId === null) {
    throw new AppError('VALIDATION', 'Refunding to store credit needs a customer on the order.');
  }

  const lines = new Map(soldLines(sql, order.id).map((line) => [line.id, line]));
  const unknown = input.lines.filter((entry) => !lines.has(entry.orderLineId)).map((entry) => entry.orderLineId);
  if (unknown.length > 0) {
    throw new AppError('VALIDATION', 'Some lines are not on this order.', { orderLineIds: unknown });
  }
  const takeBack = input.lines.map((entry): TakeBack => {
    const line = lines.get(entry.orderLineId)!;
    return {
      line,
      quantity: entry.quantity,
      restock: entry.restock,
      refundCents: refundForUnits(line, line.returned, entry.quantity),
    };
  });
  refuseOverReturn(takeBack);
  const refundCents = takeBack.reduce((sum, entry) => sum + entry.refundCents, 0);
  const thresholdCents = readRefundApprovalThreshold(sql);
  const approvedBy =
    refundCents > thresholdCents
      ? await requireManagerApproval(credentials, actor, input.approval, {
          storeId: order.storeId,
          purpose: 'orders.return',
          need: { reason: 'refund', valueCents: refundCents, thresholdCents },
        })
      : null;
  return { ...writeReturn(sql, actor, now, order, takeBack, input.refundTo, input.note ?? null), approvedBy };
}

function refuseOverReturn(takeBack: readonly TakeBack[]): void {
  const over = takeBack.filter(({ line, quantity }) => quantity > line.quantity - line.returned);
  if (over.length === 0) return;
  const describe = (line: SoldLine) =>
    line.returned === 0
      ? `${line.quantity} of ${line.name} were sold`
      : `${line.quantity - line.returned} of ${line.name} can still come back`;
  throw new AppError(
    'CONFLICT',
    `More would come back than was sold: ${over.map(({ line }) => describe(line)).join('; ')}.`,
    {
      lines: over.map(({ line, quantity }) => ({
        orderLineId: line.id,
        sold: line.quantity,
        returned: line.returned,
        requested: quantity,
      })),
    },
  );
}
