import type Database from 'better-sqlite3';
import { newUid } from '../../../database/ids';
import { prepared } from '../../../database/prepared';
import type { SalesActor } from './inputs';
import { insertPayment, insertStoreCredit } from './money-rows';
import type { OrderForChange, SoldLine } from './order-for-change';
import { refundsToPayments, type Refund } from './refunds';
import { insertOrderMovement, saleUnitCost } from './stock-rows';

export interface TakeBack {
  line: SoldLine;
  quantity: number;
  restock: boolean;
  refundCents: number;
}

export interface WrittenReturn {
  returnId: number;
  refundCents: number;
  refunds: Refund[];
}

const INSERT_RETURN = `
  INSERT INTO "order_returns" ("uid", "order_id", "staff_id", "refund_to", "refund_cents", "note", "created_at")
  VALUES (?, ?, ?, ?, ?, ?, ?)`;

const INSERT_RETURN_LINE = `
  INSERT INTO "order_return_lines" ("return_id", "order_line_id", "quantity", "restock", "refund_cents")
  VALUES (?, ?, ?, ?, ?)`;

/**
 * Books units coming back from an order: the return and its lines (a trigger refuses more than
 * was sold across all returns), 'return' movements for what goes back on the shelf at the cost
 * it left at, and the refund: to the order's payments, or as store credit. Every refund is a
 * refund row in payments, whatever its destination, so payments less refunds always equals what
 * the store kept; store credit refunds also credit the customer's ledger.
 */
export function writeReturn(
  sql: Database.Database,
  who: SalesActor,
  now: Date,
  order: OrderForChange,
  takeBack: readonly TakeBack[],
  refundTo: 'original' | 'store_credit',
  note: string | null,
): WrittenReturn {
  const refundCents = takeBack.reduce((sum, entry) => sum + entry.refundCents, 0);
  const returnId = Number(
    prepared(sql, INSERT_RETURN).run(
      newUid(now.getTime()),
      order.id,
      who.staffId,
      refundTo,
      refundCents,
      note,
      now.toISOString(),
    ).lastInsertRowid,
  );
  const insertLine = prepared(sql, INSERT_RETURN_LINE);
  for (const entry of takeBack) {
    insertLine.run(returnId, entry.line.id, entry.quantity, entry.restock ? 1 : 0, entry.refundCents);
    if (!entry.restock) continue;
    insertOrderMovement(
      sql,
      {
        storeId: order.storeId,
        productId: entry.line.productId,
        orderId: order.id,
        kind: 'return',
        quantity: entry.quantity,
        unitCostCents: saleUnitCost(sql, order.id, entry.line.productId),
        staffId: who.staffId,
      },
      now,
    );
  }

  const refunds: Refund[] =
    refundCents === 0
      ? []
      : refundTo === 'original'
        ? refundsToPayments(sql, order.id, refundCents)
        : [{ method: 'store_credit', amountCents: refundCents }];
  const linkRefund = prepared(sql, 'INSERT INTO "order_return_refunds" ("payment_id", "return_id") VALUES (?, ?)');
  for (const refund of refunds) {
    const paymentId = insertPayment(sql, { orderId: order.id, kind: 'refund', ...refund }, now);
    linkRefund.run(paymentId, returnId);
    if (refund.method === 'store_credit') {
      insertStoreCredit(
        sql,
        {
          customerId: order.customerId!,
          amountCents: refund.amountCents,
          reason: 'refund',
          orderId: order.id,
          returnId,
          staffId: who.staffId,
        },
        now,
      );
    }
  }
  return { returnId, refundCents, refunds };
}
