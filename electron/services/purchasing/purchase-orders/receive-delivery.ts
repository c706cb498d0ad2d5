import type Database from 'better-sqlite3';
import { AppError } from '../../../../shared/errors';
import type { ParsedInput, StaffAtStore } from '../../stock/channel-input';
import { insertMovements } from '../../stock/movements';
import { prepared } from '../../../../database/prepared';
import type { CredentialContext } from '../../auth/credentials';
import { requireManagerApproval } from '../../permissions/manager-approval';
import { updateAverageCosts } from './average-costs';
import { bumpOrder, orderForChange } from './order-for-change';

export interface OverReceipt {
  productId: number;
  outstanding: number;
  requested: number;
}

export interface Receipt {
  units: number;
  overReceived: OverReceipt[];
  costChanges: number;
  /** Who approved the over-receipt; null when nothing was over-received. */
  approvedBy: number | null;
}

interface OrderedLine {
  id: number;
  product_id: number;
  quantity_ordered: number;
  quantity_received: number;
  unit_cost_cents: number;
}

const ORDER_LINES = `
  SELECT "id", "product_id", "quantity_ordered", "quantity_received", "unit_cost_cents"
  FROM "purchase_order_lines" WHERE "purchase_order_id" = ?`;

/** By line id, so the plan walks the JSON once and finds each line by its primary key. */
const ADD_RECEIVED = `
  UPDATE "purchase_order_lines" SET "quantity_received" = "quantity_received" + (j."value" ->> '$.quantity')
  FROM json_each(?) j
  WHERE "purchase_order_lines"."id" = j."value" ->> '$.lineId'`;

/**
 * Books a delivery against a sent purchase order, at the order's store: each product's moving
 * average cost (its change recorded in price_changes by trigger, with who and when), one
 * 'receipt' movement per line at the order's unit cost, the lines' received quantities and the
 * order's status. Every check happens before the first write, and the dispatcher's one
 * transaction holds it all. Each kind of row is written by one bound statement over the lines as
 * JSON: a 200-line delivery is a handful of statements, not hundreds of TypeORM saves. A
 * confirmed over-receipt adds stock nobody ordered, so a clerk's needs a manager's approval.
 */
export async function receiveDelivery(
  sql: Database.Database,
  who: StaffAtStore,
  now: Date,
  input: ParsedInput<'purchaseOrders.receive'>,
  credentials: CredentialContext,
): Promise<Receipt> {
  const order = orderForChange(sql, who, input.id, input.version);
  if (order.status === 'draft') throw new AppError('CONFLICT', 'Send this purchase order before receiving against it.');
  if (order.status !== 'sent' && order.status !== 'partially_received') {
    throw new AppError('CONFLICT', `A ${order.status} purchase order cannot be received against.`, {
      status: order.status,
    });
  }
  const ordered = new Map(
    (prepared(sql, ORDER_LINES).all(order.id) as OrderedLine[]).map((line) => [line.product_id, line]),
  );
  const overReceived = checkLines(ordered, input.lines, input.confirmOverReceipt);
  const approvedBy =
    overReceived.length > 0
      ? await requireManagerApproval(credentials, who, input.approval, {
          storeId: order.storeId,
          purpose: 'purchaseOrders.receive',
          need: { reason: 'overReceipt' },
        })
      : null;

  const arrivals = input.lines.map((line) => ({
    ...line,
    unitCostCents: ordered.get(line.productId)!.unit_cost_cents,
  }));
  const costChanges = updateAverageCosts(sql, who.staffId, now, arrivals);
  insertMovements(
    sql,
    { storeId: order.storeId, kind: 'receipt', purchaseOrderId: order.id, staffId: who.staffId },
    arrivals,
    now,
  );
  const received = input.lines.map((line) => ({ lineId: ordered.get(line.productId)!.id, quantity: line.quantity }));
  prepared(sql, ADD_RECEIVED).run(JSON.stringify(received));

  const receivedNow = new Map(input.lines.map((line) => [line.productId, line.quantity]));
  const complete = [...ordered.values()].every(
    (line) => line.quantity_received + (receivedNow.get(line.product_id) ?? 0) >= line.quantity_ordered,
  );
  bumpOrder(sql, order, complete ? 'received' : 'partially_received', now);
  const units = input.lines.reduce((total, line) => total + line.quantity, 0);
  return { units, overReceived, costChanges, approvedBy };
}

/**
 * A product not on the order is refused (VALIDATION). More than is outstanding is refused
 * (CONFLICT, with every such line) unless the person confirmed it, so a slip of the finger on a
 * quantity cannot silently inflate stock.
 */
function checkLines(
  ordered: ReadonlyMap<number, OrderedLine>,
  lines: readonly { productId: number; quantity: number }[],
  confirmOverReceipt: boolean,
): OverReceipt[] {
  const notOnOrder = lines.filter((line) => !ordered.has(line.productId)).map((line) => line.productId);
  if (notOnOrder.length > 0) {
    throw new AppError('VALIDATION', 'Some products are not on this purchase order.', {
      productIds: notOnOrder.slice(0, 100),
    });
  }
  const over = lines.flatMap((line) => {
    const { quantity_ordered, quantity_received } = ordered.get(line.productId)!;
    const outstanding = Math.max(quantity_ordered - quantity_received, 0);
    return line.quantity > outstanding ? [{ productId: line.productId, outstanding, requested: line.quantity }] : [];
  });
  if (over.length > 0 && !confirmOverReceipt) {
    throw new AppError('CONFLICT', 'More than was ordered would be received; confirm the over-receipt to book it.', {
      lines: over,
    });
  }
  return over;
}
