import type Database from 'better-sqlite3';
import type { PaymentMethod } from '../../../shared/contract/orders';
import { AppError } from '../../../shared/errors';
import { prepared } from '../../../database/prepared';

export interface Refund {
  method: PaymentMethod;
  amountCents: number;
}

/**
 * Splits a refund over the order's payments, latest payment first, never more than each paid.
 * Earlier refunds, wherever they went (store credit included), are counted against the latest
 * payments first by the same rule, so repeated returns never refund one payment twice. Each
 * method gets one refund row, in the order the split reached it.
 */
export function refundsToPayments(sql: Database.Database, orderId: number, amountCents: number): Refund[] {
  const rows = prepared(
    sql,
    `SELECT "method", "kind", "amount_cents" FROM "payments" WHERE "order_id" = ? ORDER BY "id" DESC`,
  ).all(orderId) as { method: PaymentMethod; kind: 'payment' | 'refund'; amount_cents: number }[];
  let alreadyRefunded = rows.reduce((sum, row) => sum + (row.kind === 'refund' ? row.amount_cents : 0), 0);
  let due = amountCents;
  const byMethod = new Map<PaymentMethod, number>();
  for (const payment of rows) {
    if (payment.kind !== 'payment' || due === 0) continue;
    const usedBefore = Math.min(payment.amount_cents, alreadyRefunded);
    alreadyRefunded -= usedBefore;
    const take = Math.min(payment.amount_cents - usedBefore, due);
    if (take === 0) continue;
    byMethod.set(payment.method, (byMethod.get(payment.method) ?? 0) + take);
    due -= take;
  }
  if (due > 0) {
    throw new AppError('CONFLICT', 'Refunds cannot exceed what was paid.', {
      refundCents: amountCents,
      uncoveredCents: due,
    });
  }
  return [...byMethod].map(([method, cents]) => ({ method, amountCents: cents }));
}
